import { useState } from 'react';
import { clampRate } from '../../../common/speaking-time';
import { loadRate, saveRate } from './speaking-rate';

/** The user's speaking rate, read once from this machine's storage and written back on every change. */
export function useSpeakingRate(user: string): [number, (rate: number) => void] {
  const [rate, setRate] = useState(() => loadRate(globalThis.localStorage, user));
  const change = (next: number) => {
    const clamped = clampRate(next);
    setRate(clamped);
    saveRate(globalThis.localStorage, user, clamped);
  };
  return [rate, change];
}
