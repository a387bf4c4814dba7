// Restore safety, step 1: which names may be written at all. A stored name is re-rooted below
// the target when it is absolute (like tar's strip of leading '/'), and refused when it contains
// '..' or a NUL byte: nothing in an archive may name a place outside the target directory.
import { joinName, splitName } from '../names.js';

export type SafeName = { ok: true; parts: Buffer[]; rerooted: boolean } | { ok: false; reason: string };

export function safeName(name: Buffer): SafeName {
  if (name.includes(0)) return { ok: false, reason: 'refusing a name with a NUL byte' };
  const { parts, absolute, dotdot } = splitName(name);
  if (dotdot) return { ok: false, reason: "refusing a name with a '..' component (it could point outside the target directory)" };
  return { ok: true, parts, rerooted: absolute };
}

/** The key a restored name is remembered under (for hard links): its normalised form. */
export function nameKey(parts: readonly Buffer[]): string {
  return joinName(parts).toString('latin1');
}
