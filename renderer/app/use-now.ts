import { useEffect, useState } from 'react';

/** The current time, refreshed every minute, so that "5 分钟前" does not go stale on a screen left open. */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
