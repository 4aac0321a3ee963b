/** Deep equality of plain data (what a snapshot holds: primitives, arrays, plain objects), identity first. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => key in right && sameValue(left[key], right[key]));
}

/**
 * The next value with every field that did not change taken from the previous one (the previous object
 * itself when nothing changed), so subscribers can compare slices by identity.
 */
export function keepUnchanged<T extends object>(previous: T | null, next: T): T {
  if (previous === null) return next;
  let changed = false;
  const merged = { ...next };
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (sameValue(previous[key], next[key])) merged[key] = previous[key];
    else changed = true;
  }
  return changed || Object.keys(previous).length !== Object.keys(next).length ? merged : previous;
}
