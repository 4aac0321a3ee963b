import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { HostChild } from './host-child';
import { bodyText } from './test-host';

const TYPED = '我们要坚持以人民为中心的发展思想2025年目标任务全面完成';

/**
 * Types in bursts of one to four characters, each character its own update, the next burst as soon as the
 * previous one is acknowledged. Once `minimum` characters are in, it records the text at the moment everything
 * is acknowledged, sends one more burst (left unacknowledged) and kills the host while it receives it.
 */
export function typeUntilKilled(provider: HocuspocusProvider, host: HostChild, minimum: number): Promise<string> {
  const text = bodyText(provider.document);
  let typed = 0;
  const burst = () => {
    const size = 1 + (typed % 4);
    for (let i = 0; i < size; i++, typed++) text.insert(text.length, TYPED[typed % TYPED.length] ?? '字');
  };
  return new Promise((resolve) => {
    const onAcknowledged = ({ number }: { number: number }) => {
      if (number !== 0) return;
      if (typed < minimum) return setImmediate(burst);
      provider.off('unsyncedChanges', onAcknowledged);
      const acknowledged = text.toString();
      burst();
      host.child.kill('SIGKILL');
      resolve(acknowledged);
    };
    provider.on('unsyncedChanges', onAcknowledged);
    burst();
  });
}
