/**
 * Who this user is to the others editing a speech: the name and colour shown at their cursor.
 * Chosen once on first start and kept in localStorage; the colour is 6-digit hex because
 * y-prosemirror's cursor plugin accepts no other form.
 */
import { z } from 'zod';
import type { CollaborationUser } from '../../editor/types';

export const IDENTITY_STORAGE_KEY = 'speechdesk.identity';
export const MAX_NAME_LENGTH = 40;

/** Distinct on a white page and readable with white text on top, for cursor labels. */
export const IDENTITY_COLORS = [
  { name: 'blue', hex: '#1f6feb' },
  { name: 'orange', hex: '#c2410c' },
  { name: 'green', hex: '#15803d' },
  { name: 'purple', hex: '#a21caf' },
  { name: 'red', hex: '#b91c1c' },
  { name: 'teal', hex: '#0e7490' },
  { name: 'amber', hex: '#a16207' },
  { name: 'indigo', hex: '#4338ca' },
] as const;

const identitySchema = z.object({
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
});

export type NameProblem = 'empty' | 'too-long';

export function nameProblem(name: string): NameProblem | null {
  const trimmed = name.trim();
  if (trimmed.length === 0) return 'empty';
  if (trimmed.length > MAX_NAME_LENGTH) return 'too-long';
  return null;
}

export function loadIdentity(storage: Pick<Storage, 'getItem'>): CollaborationUser | null {
  try {
    const raw = storage.getItem(IDENTITY_STORAGE_KEY);
    if (raw === null) return null;
    const parsed = identitySchema.safeParse(JSON.parse(raw));
    return parsed.success ? { name: parsed.data.name, color: parsed.data.color.toLowerCase() } : null;
  } catch {
    return null;
  }
}

export function saveIdentity(storage: Pick<Storage, 'setItem'>, identity: CollaborationUser): CollaborationUser {
  const clean = identitySchema.parse(identity);
  const stored = { name: clean.name, color: clean.color.toLowerCase() };
  storage.setItem(IDENTITY_STORAGE_KEY, JSON.stringify(stored));
  return stored;
}

/** A colour for a new user, so that two first-time users in one meeting rarely look alike. */
export function suggestColor(random: () => number = Math.random): string {
  return (IDENTITY_COLORS[Math.floor(random() * IDENTITY_COLORS.length)] ?? IDENTITY_COLORS[0]).hex;
}

/** A typed colour as the cursor plugin needs it (#rrggbb, lower case), with or without the #; null when it is not one. */
export function parseHexColor(text: string): string | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(text.trim());
  return match?.[1] ? `#${match[1].toLowerCase()}` : null;
}

/**
 * Whether white text on this colour (the cursor label) is hard to read: a contrast ratio below 3:1, the
 * WCAG minimum for large or bold text. Computed from the sRGB relative luminance.
 */
export function tooLightForLabel(hex: string): boolean {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (luminance + 0.05) < 3;
}
