// Stored names: raw bytes, relative, '/'-separated. Odd names (control characters, backslashes,
// bytes that are not UTF-8) are shown and read C-escaped, like afbackup's indexes and name lists.

const SLASH = 0x2f;

function isUtf8(b: Buffer): boolean {
  return Buffer.from(b.toString('utf8'), 'utf8').equals(b);
}

/** The name as one printable line: \\, \n, \t, \r, other control bytes and non-UTF-8 bytes as \ooo. */
export function cEscape(name: Buffer): string {
  if (isUtf8(name)) return name.toString('utf8').replace(/[\\\x00-\x1f\x7f]/g, (c) => escapeByte(c.charCodeAt(0)));
  let out = '';
  for (const b of name) out += b >= 0x20 && b < 0x7f && b !== 0x5c ? String.fromCharCode(b) : escapeByte(b);
  return out;
}

function escapeByte(b: number): string {
  switch (b) {
    case 0x5c:
      return '\\\\';
    case 0x0a:
      return '\\n';
    case 0x09:
      return '\\t';
    case 0x0d:
      return '\\r';
    default:
      return '\\' + b.toString(8).padStart(3, '0');
  }
}

/** Reverses cEscape (also accepts \a \b \f \v and 1-3 digit octal escapes). */
export function cUnescape(line: string | Buffer): Buffer {
  const raw = typeof line === 'string' ? Buffer.from(line, 'utf8') : line;
  const out: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i]!;
    if (b !== 0x5c || i + 1 >= raw.length) {
      out.push(b);
      continue;
    }
    const n = raw[++i]!;
    const simple: Record<number, number> = { 0x6e: 10, 0x74: 9, 0x72: 13, 0x61: 7, 0x62: 8, 0x66: 12, 0x76: 11, 0x5c: 0x5c };
    if (n in simple) out.push(simple[n]!);
    else if (n >= 0x30 && n <= 0x37) {
      let v = n - 0x30;
      for (let k = 0; k < 2 && i + 1 < raw.length && raw[i + 1]! >= 0x30 && raw[i + 1]! <= 0x37; k++) v = v * 8 + (raw[++i]! - 0x30);
      out.push(v & 0xff);
    } else out.push(n);
  }
  return Buffer.from(out);
}

export interface SplitName {
  /** Components without empty and '.' parts. */
  parts: Buffer[];
  absolute: boolean;
  /** Some component is '..'. */
  dotdot: boolean;
}

export function splitName(name: Buffer): SplitName {
  const parts: Buffer[] = [];
  let dotdot = false;
  let start = 0;
  for (let i = 0; i <= name.length; i++) {
    if (i < name.length && name[i] !== SLASH) continue;
    const part = name.subarray(start, i);
    start = i + 1;
    if (part.length === 0 || (part.length === 1 && part[0] === 0x2e)) continue;
    if (part.length === 2 && part[0] === 0x2e && part[1] === 0x2e) dotdot = true;
    parts.push(part);
  }
  return { parts, absolute: name.length > 0 && name[0] === SLASH, dotdot };
}

export function joinName(parts: readonly Buffer[]): Buffer {
  const out: Buffer[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(Buffer.from('/'));
    out.push(p);
  });
  return Buffer.concat(out);
}

/**
 * The name to store for a path given at create time: like tar, leading '/' and '../' are removed
 * (an archive must restore below its target), duplicate and trailing slashes are dropped.
 * Returns null when nothing is left (the path was '/' or '..').
 */
export function storedName(given: Buffer): { name: Buffer; stripped: string } | null {
  const { parts, absolute } = splitName(given);
  let lead = 0;
  while (lead < parts.length && parts[lead]!.equals(Buffer.from('..'))) lead++;
  const rest = parts.slice(lead);
  if (rest.some((p) => p.equals(Buffer.from('..')))) return null;
  if (rest.length === 0) return given.equals(Buffer.from('.')) ? { name: Buffer.from('.'), stripped: '' } : null;
  const stripped = (absolute ? '/' : '') + '../'.repeat(lead);
  return { name: joinName(rest), stripped };
}

/** True when `name` equals `prefix` or lies below it (component-wise). */
export function isWithin(name: Buffer, prefix: Buffer): boolean {
  if (prefix.equals(Buffer.from('.'))) return true;
  return name.equals(prefix) || (name.length > prefix.length && name[prefix.length] === SLASH && name.subarray(0, prefix.length).equals(prefix));
}
