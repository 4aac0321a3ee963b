/** The part of a DOM element that parse rules read; keeps common/ free of the DOM library. */
interface AttributeSource {
  getAttribute(name: string): string | null;
}

export function readIntAttribute(dom: AttributeSource, name: string, fallback: number): number {
  const raw = dom.getAttribute(name);
  if (raw === null) return fallback;
  const value = Number.parseInt(raw, 10);
  return Number.isInteger(value) ? value : fallback;
}
