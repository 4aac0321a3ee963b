import * as Y from 'yjs';
import type { Finding } from './finding';

/**
 * Findings a writer has looked at and let stand (a repeat that is meant, a meeting named on purpose). They are
 * kept per speech in its settings map, so co-editors and the CLI hide them too. A finding is known by its kind and
 * text, not its place: it stays dismissed while the text around it changes.
 *
 * Each dismissal is a key of its own in the settings map (`dismissed:<kind>:<text>`). A nested map would have to
 * be created by the first writer who dismisses something; two writers doing that at once would each create one,
 * and Yjs keeps only one of them, losing the other's dismissal. Keys of the top-level map always merge.
 */
export const DISMISSED_PREFIX = 'dismissed:';

/** Where dismissals were kept before: a nested Y.Map of keys. Still read, so that they stay dismissed. */
export const LEGACY_DISMISSED_FINDINGS = 'dismissedFindings';

export const findingKey = (finding: Pick<Finding, 'kind' | 'text'>): string => `${finding.kind}:${finding.text}`;

function legacyKeys(settings: Y.Map<unknown>): string[] {
  const value = settings.get(LEGACY_DISMISSED_FINDINGS);
  return value instanceof Y.Map ? [...value.keys()] : [];
}

export function dismissedKeys(settings: Y.Map<unknown>): string[] {
  const own = [...settings.keys()].filter((key) => key.startsWith(DISMISSED_PREFIX)).map((key) => key.slice(DISMISSED_PREFIX.length));
  return [...new Set([...own, ...legacyKeys(settings)])].sort();
}

export function dismissFinding(settings: Y.Map<unknown>, key: string): void {
  settings.set(`${DISMISSED_PREFIX}${key}`, true);
}

export function visibleFindings(findings: readonly Finding[], dismissed: Iterable<string>): Finding[] {
  const hidden = new Set(dismissed);
  return findings.filter((finding) => !hidden.has(findingKey(finding)));
}
