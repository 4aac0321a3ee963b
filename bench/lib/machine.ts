import { cpus, totalmem } from 'node:os';

/** One line naming the machine a run was taken on, for docs/benchmarks.md. */
export function describeMachine(browserVersion: string | undefined): string {
  const cpu = cpus();
  return [
    `${cpu.length} cores (${cpu[0]?.model ?? 'unknown CPU'})`,
    `${(totalmem() / 1024 ** 3).toFixed(1)} GiB RAM`,
    `Node ${process.version}`,
    browserVersion ? `Chromium ${browserVersion}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
}
