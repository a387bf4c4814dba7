// afrestore's listings: -l in the filelist's line form, -F with afbackup's % codes, -t the
// cartridges a restore needs, one line per server.
import { cartridgesNeeded } from '../afclient/backup/filelist/selection.js';
import { FULL_LEVEL, type FileVersion } from '../afclient/backup/filelist/types.js';
import { userName } from '../afclient/ids.js';
import { timeString } from '../afclient/list.js';
import { cEscape } from '../afclient/names.js';
import { filelistLine } from '../afclient/remote/positions.js';

/** -l: `host%port!cart.file|uid~mtime: name`. */
export function listLine(v: FileVersion): string {
  return filelistLine(v.serverHost, v.serverPort, v, v);
}

const seconds = (ns: bigint): string => String(ns / 1_000_000_000n - (ns < 0n && ns % 1_000_000_000n !== 0n ? 1n : 0n));

/** The -F codes (documented in man/afrestore.8). */
const CODES: Record<string, (v: FileVersion) => string> = {
  n: (v) => cEscape(v.name),
  h: (v) => v.serverHost,
  p: (v) => String(v.serverPort),
  c: (v) => String(v.cartridge),
  f: (v) => String(v.tapeFile),
  k: (v) => String(v.block),
  o: (v) => String(v.uid),
  O: (v) => userName(v.uid) || String(v.uid),
  M: (v) => seconds(v.mtimeNs),
  m: (v) => timeString(v.mtimeNs),
  B: (v) => seconds(v.backupNs),
  b: (v) => timeString(v.backupNs),
  s: (v) => String(v.size),
  t: (v) => v.type,
  T: (v) => (v.level === FULL_LEVEL ? 'full' : `level ${v.level}`),
  '%': () => '%',
};

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', '\\': '\\' };

/** Checks FORMAT once and returns the line maker; an unknown code is a usage error. */
export function formatter(format: string): (v: FileVersion) => string {
  const parts: ((v: FileVersion) => string)[] = [];
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    const next = format[i + 1];
    if (ch === '%' || (ch === '\\' && next !== undefined && ESCAPES[next] !== undefined)) {
      if (next === undefined) throw new Error(`-F '${format}': '%' at the end; write '%%' for a percent sign`);
      const code = ch === '%' ? CODES[next] : () => ESCAPES[next]!;
      if (!code) throw new Error(`-F '${format}': unknown code %${next}; known: ${Object.keys(CODES).map((c) => '%' + c).join(' ')}`);
      parts.push(code);
      i++;
    } else parts.push(() => ch);
  }
  return (v) => parts.map((p) => p(v)).join('');
}

/** -t: `host%port: cart cart ...` per server, in tape order. */
export function cartridgeLines(selection: readonly FileVersion[]): string[] {
  return cartridgesNeeded(selection).map((u) => `${u.host}%${u.port}: ${u.cartridges.join(' ')}`);
}
