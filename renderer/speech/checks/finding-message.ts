import type { TFunction } from 'i18next';
import type { Finding } from '../../../common/checks/finding';

/** A finding in the UI's language, from its kind and parameters (the English `message` is the CLI's). */
export function findingMessage(t: TFunction, finding: Finding): string {
  return t(`checks.messages.${finding.kind}`, finding.params);
}
