import { startHostProcess } from './host-process';

/** One host for the whole run; specs reach it through SPEECHDESK_URL and SPEECHDESK_TOKEN. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const host = await startHostProcess();
  process.env.SPEECHDESK_URL = host.url;
  process.env.SPEECHDESK_TOKEN = host.token;
  return () => host.stop();
}
