// Messages between the pack worker (pack-worker.ts) and the thread that writes the archive
// (worker-packer.ts). File data travels in slabs (slabs.ts) that are transferred, not copied.
import type { EntryMeta } from '../../protocol/archive/entry.js';
import type { Selection } from '../select.js';

export interface WorkerPackOptions {
  root: string;
  inputs: Buffer[];
  selection: Selection;
  noCompressPatterns: string[];
  keepAtime: boolean;
  exclude?: { dev: bigint; ino: bigint };
}

export type WireMsg =
  | { t: 'item'; meta: EntryMeta; compress: boolean; content: boolean }
  /** File data: `length` bytes at `at` in `slab`, logically at `offset` in the file. */
  | { t: 'seg'; offset: bigint; slab: ArrayBuffer; at: number; length: number }
  | { t: 'end' }
  | { t: 'error'; message: string }
  | { t: 'problem' | 'note'; name: Uint8Array | string; message: string }
  | { t: 'done' };

/** From the worker: messages in order, and the slabs their 'seg's point into (transferred). */
export interface Batch {
  msgs: WireMsg[];
  slabs: ArrayBuffer[];
}

/** From the writing thread: slabs whose data has been consumed. */
export interface ReturnMsg {
  slabs: ArrayBuffer[];
}

/** A batch is posted when it holds this many messages, or when a slab is full. */
export const BATCH_MESSAGES = 256;

export const asBuffer = (u: Uint8Array): Buffer => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

/** Structured clone turns Buffers into Uint8Arrays; this turns them back. */
export function reviveMeta(m: EntryMeta): EntryMeta {
  const meta: EntryMeta = { ...m, name: asBuffer(m.name) };
  if (m.linkTarget) meta.linkTarget = asBuffer(m.linkTarget);
  if (m.aclAccess) meta.aclAccess = asBuffer(m.aclAccess);
  if (m.aclDefault) meta.aclDefault = asBuffer(m.aclDefault);
  if (m.xattrs) meta.xattrs = m.xattrs.map((x) => ({ name: x.name, value: asBuffer(x.value) }));
  return meta;
}

export function reviveName(n: Uint8Array | string): Buffer | string {
  return typeof n === 'string' ? n : asBuffer(n);
}
