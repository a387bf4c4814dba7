// Which entries an operation takes: owner (-o), newer than a file (-N), a modification-time
// window (-A after, -B before). Time filters skip files, never directories, so the tree that holds
// the selected files is always there to restore them into (like tar --newer).
import type { EntryMeta } from '../protocol/archive/entry.js';

export interface Selection {
  owner?: number;
  newerThanNs?: bigint;
  afterNs?: bigint;
  beforeNs?: bigint;
}

export function isSelected(meta: EntryMeta, sel: Selection): boolean {
  if (sel.owner !== undefined && meta.uid !== sel.owner) return false;
  if (meta.type === 'directory' || meta.type === 'command') return true;
  if (sel.newerThanNs !== undefined && meta.mtimeNs <= sel.newerThanNs) return false;
  if (sel.afterNs !== undefined && meta.mtimeNs < sel.afterNs) return false;
  if (sel.beforeNs !== undefined && meta.mtimeNs >= sel.beforeNs) return false;
  return true;
}

/** A time for -A/-B: seconds since the epoch, or a date that Date.parse understands. */
export function parseTimeNs(text: string): bigint | undefined {
  if (/^\d+(\.\d+)?$/.test(text)) return BigInt(Math.round(Number(text) * 1e6)) * 1000n;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : BigInt(ms) * 1_000_000n;
}
