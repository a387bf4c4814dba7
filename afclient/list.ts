// One line per entry for `afclient -t`: the name (C-escaped when odd); with -v also the type and
// mode, owner, size and modification time, in the style of `tar -tv`.
import type { EntryMeta, EntryType } from '../protocol/archive/entry.js';
import { cEscape } from './names.js';

const TYPE_CHAR: Record<EntryType, string> = {
  file: '-',
  directory: 'd',
  symlink: 'l',
  hardlink: 'h',
  fifo: 'p',
  socket: 's',
  chardev: 'c',
  blockdev: 'b',
  command: '|',
};

export function modeString(type: EntryType, mode: number): string {
  const rwx = (bits: number, special: boolean, s: string): string =>
    (bits & 4 ? 'r' : '-') + (bits & 2 ? 'w' : '-') + (special ? (bits & 1 ? s : s.toUpperCase()) : bits & 1 ? 'x' : '-');
  return (
    TYPE_CHAR[type] +
    rwx((mode >> 6) & 7, (mode & 0o4000) !== 0, 's') +
    rwx((mode >> 3) & 7, (mode & 0o2000) !== 0, 's') +
    rwx(mode & 7, (mode & 0o1000) !== 0, 't')
  );
}

/** A time as UTC "YYYY-MM-DD hh:mm:ss", with the nanoseconds when `precise`. */
export function timeString(ns: bigint, precise = false): string {
  const s = new Date(Number(ns / 1_000_000n)).toISOString().slice(0, 19).replace('T', ' ');
  return precise ? `${s}.${String(((ns % 1_000_000_000n) + 1_000_000_000n) % 1_000_000_000n).padStart(9, '0')}` : s;
}

export function listLine(meta: EntryMeta, verbose: boolean): string {
  const name = cEscape(meta.name);
  if (!verbose) return name;
  const owner = `${meta.user || meta.uid}/${meta.group || meta.gid}`;
  const size = meta.type === 'chardev' || meta.type === 'blockdev' ? `${meta.devMajor},${meta.devMinor}` : String(meta.size);
  let line = `${modeString(meta.type, meta.mode)} ${owner} ${size.padStart(10)} ${timeString(meta.mtimeNs)} ${name}`;
  if (meta.type === 'symlink') line += ` -> ${cEscape(meta.linkTarget ?? Buffer.alloc(0))}`;
  if (meta.type === 'hardlink') line += ` link to ${cEscape(meta.linkTarget ?? Buffer.alloc(0))}`;
  return line;
}
