import * as Y from 'yjs';
import type { Finding } from './finding';

/**
 * Findings a writer has looked at and let stand (a repeat that is meant, a meeting named on purpose). They are
 * kept per speech in its settings map, so co-editors and the CLI hide them too. A finding is known by its kind and
 * text, not its place: it stays dismissed while the text around it changes.
 */
export const DISMISSED_FINDINGS = 'dismissedFindings';

export const findingKey = (finding: Pick<Finding, 'kind' | 'text'>): string => `${finding.kind}:${finding.text}`;

/** A Y.Map of keys, so that two writers dismissing at once both keep theirs. */
function dismissedMap(settings: Y.Map<unknown>): Y.Map<unknown> | undefined {
  const value = settings.get(DISMISSED_FINDINGS);
  return value instanceof Y.Map ? value : undefined;
}

export function dismissedKeys(settings: Y.Map<unknown>): string[] {
  return [...(dismissedMap(settings)?.keys() ?? [])].sort();
}

export function dismissFinding(settings: Y.Map<unknown>, key: string): void {
  const run = () => {
    let map = dismissedMap(settings);
    if (!map) {
      map = new Y.Map<unknown>();
      settings.set(DISMISSED_FINDINGS, map);
    }
    map.set(key, true);
  };
  if (settings.doc) settings.doc.transact(run);
  else run();
}

export function visibleFindings(findings: readonly Finding[], dismissed: Iterable<string>): Finding[] {
  const hidden = new Set(dismissed);
  return findings.filter((finding) => !hidden.has(findingKey(finding)));
}
