// Encodes the protobuf EntryHeader (archive.proto) straight into bytes. protobufjs builds a
// list of operation objects per field (and Long objects for the 64-bit times) before writing
// anything; for one header per file that was a large share of the packer's work and garbage.
// The bytes are exactly protobufjs's (test/archive/header-encode.test.ts compares them): fields
// in field-number order, proto3 defaults (0, "", empty bytes) left out, `optional` fields
// written whenever set.
import type { EntryMeta } from './entry.js';

/** What the header holds besides EntryMeta: the wire numbers of the type and codec. */
export interface HeaderFields {
  type: number;
  codec: number;
  codecLevel: number;
  filterCommand: string;
  restoreCommand: string;
  flags: number;
}

// Field keys: field number << 3 | wire type (0 varint, 2 length-delimited).
const NAME = 10, TYPE = 16, MODE = 24, UID = 32, GID = 40, USER = 50, GROUP = 58;
const MTIME = 64, CTIME = 72, ATIME = 80, SIZE = 88, LINK = 98, DEV_MAJOR = 104, DEV_MINOR = 112;
const XATTR = 122, ACL_ACCESS = 130, ACL_DEFAULT = 138, CODEC = 144, CODEC_LEVEL = 152;
const FILTER_COMMAND = 162, RESTORE_COMMAND = 170, COMMAND = 178, FLAGS = 184;
// Inside Xattr and CommandSpec.
const SUB1 = 10, SUB2 = 18, SUB3 = 26;

/** Bytes of a key plus a length-delimited field's length prefix, at most. */
const FIELD_OVERHEAD = 2 + 5;
/** Bytes of all fixed-size fields at most (varints of up to 10 bytes plus keys). */
const FIXED_BOUND = 256;

/** Reused for every header that fits (all but those with large xattrs or ACLs). */
const scratch = Buffer.allocUnsafeSlow(1 << 16);

function varintLen(v: number): number {
  let n = 1;
  for (v >>>= 0; v > 127; v >>>= 7) n++;
  return n;
}

function putVarint(b: Buffer, pos: number, v: number): number {
  for (v >>>= 0; v > 127; v >>>= 7) b[pos++] = (v & 127) | 128;
  b[pos++] = v;
  return pos;
}

// 64-bit values are taken apart through this view: one store of the bigint and two 32-bit
// loads, where BigInt arithmetic makes a new BigInt at every step. Most headers are encoded by
// code V8 has not optimised yet (a small incremental's few hundred), where each of those steps
// is a call into the runtime: some 5 ms of such a run went to the three times of each header.
const wide = new DataView(new ArrayBuffer(8));

/** A varint of the unsigned 64-bit value hi * 2^32 + lo. */
function putVarint64(b: Buffer, pos: number, lo: number, hi: number): number {
  while (hi) {
    b[pos++] = (lo & 127) | 128;
    lo = ((lo >>> 7) | (hi << 25)) >>> 0;
    hi >>>= 7;
  }
  return putVarint(b, pos, lo);
}

function putUint(b: Buffer, pos: number, key: number, v: number): number {
  return putVarint(b, putVarint(b, pos, key), v);
}

function putBytes(b: Buffer, pos: number, key: number, data: Uint8Array): number {
  pos = putVarint(b, putVarint(b, pos, key), data.length);
  b.set(data, pos);
  return pos + data.length;
}

function putString(b: Buffer, pos: number, key: number, s: string): number {
  const len = Buffer.byteLength(s);
  pos = putVarint(b, putVarint(b, pos, key), len);
  return pos + b.write(s, pos, len, 'utf8');
}

/** sint64: zigzag of the value as a signed 64-bit number (wrapped as BigInt.asIntN(64) would); left out when 0. */
function putSint64(b: Buffer, pos: number, key: number, v: bigint): number {
  wide.setBigInt64(0, v, true);
  const lo = wide.getUint32(0, true);
  const hi = wide.getUint32(4, true);
  if (lo === 0 && hi === 0) return pos;
  // (v << 1) ^ (v >> 63), a half at a time: `sign` is all ones for a negative value.
  const sign = hi >> 31;
  return putVarint64(b, putVarint(b, pos, key), ((lo << 1) ^ sign) >>> 0, (((hi << 1) | (lo >>> 31)) ^ sign) >>> 0);
}

/** uint64 (wrapped as BigInt.asUintN(64) would); left out when 0. */
function putUint64(b: Buffer, pos: number, key: number, v: bigint): number {
  wide.setBigUint64(0, v, true);
  const lo = wide.getUint32(0, true);
  const hi = wide.getUint32(4, true);
  if (lo === 0 && hi === 0) return pos;
  return putVarint64(b, putVarint(b, pos, key), lo, hi);
}

/** Byte length of the strings' length-delimited sub-fields (Xattr, CommandSpec), empty ones left out. */
function subLen(...parts: Array<string | Uint8Array>): number {
  let n = 0;
  for (const p of parts) {
    const len = typeof p === 'string' ? Buffer.byteLength(p) : p.length;
    if (len) n += 1 + varintLen(len) + len;
  }
  return n;
}

function bound(meta: EntryMeta, f: HeaderFields): number {
  let n = FIXED_BOUND + meta.name.length + 3 * (meta.user.length + meta.group.length);
  n += 3 * (f.filterCommand.length + f.restoreCommand.length) + 4 * FIELD_OVERHEAD;
  if (meta.linkTarget) n += FIELD_OVERHEAD + meta.linkTarget.length;
  if (meta.aclAccess) n += FIELD_OVERHEAD + meta.aclAccess.length;
  if (meta.aclDefault) n += FIELD_OVERHEAD + meta.aclDefault.length;
  for (const x of meta.xattrs ?? []) n += 3 * FIELD_OVERHEAD + 3 * x.name.length + x.value.length;
  const c = meta.command;
  if (c) n += 4 * FIELD_OVERHEAD + 3 * (c.dump.length + c.restore.length + c.comment.length);
  return n;
}

/** With `shared`, the bytes usually are a view of memory that the next call reuses (no copy). */
export function encodeHeaderFields(meta: EntryMeta, f: HeaderFields, shared = false): Buffer {
  const need = bound(meta, f);
  // A larger one-off buffer is not kept: memory stays bounded after an entry with huge xattrs.
  const b = need <= scratch.length ? scratch : Buffer.allocUnsafe(need);
  let p = 0;
  if (meta.name.length) p = putBytes(b, p, NAME, meta.name);
  if (f.type !== 0) p = putUint(b, p, TYPE, f.type);
  if (meta.mode !== 0) p = putUint(b, p, MODE, meta.mode);
  if (meta.uid !== 0) p = putUint(b, p, UID, meta.uid);
  if (meta.gid !== 0) p = putUint(b, p, GID, meta.gid);
  if (meta.user !== '') p = putString(b, p, USER, meta.user);
  if (meta.group !== '') p = putString(b, p, GROUP, meta.group);
  p = putSint64(b, p, MTIME, meta.mtimeNs);
  p = putSint64(b, p, CTIME, meta.ctimeNs);
  p = putSint64(b, p, ATIME, meta.atimeNs);
  p = putUint64(b, p, SIZE, meta.size);
  if (meta.linkTarget !== undefined) p = putBytes(b, p, LINK, meta.linkTarget);
  if (meta.devMajor !== undefined) p = putUint(b, p, DEV_MAJOR, meta.devMajor);
  if (meta.devMinor !== undefined) p = putUint(b, p, DEV_MINOR, meta.devMinor);
  for (const x of meta.xattrs ?? []) {
    p = putUint(b, p, XATTR, subLen(x.name, x.value));
    if (x.name !== '') p = putString(b, p, SUB1, x.name);
    if (x.value.length) p = putBytes(b, p, SUB2, x.value);
  }
  if (meta.aclAccess !== undefined) p = putBytes(b, p, ACL_ACCESS, meta.aclAccess);
  if (meta.aclDefault !== undefined) p = putBytes(b, p, ACL_DEFAULT, meta.aclDefault);
  if (f.codec !== 0) p = putUint(b, p, CODEC, f.codec);
  if (f.codecLevel !== 0) p = putUint(b, p, CODEC_LEVEL, (f.codecLevel << 1) ^ (f.codecLevel >> 31));
  if (f.filterCommand !== '') p = putString(b, p, FILTER_COMMAND, f.filterCommand);
  if (f.restoreCommand !== '') p = putString(b, p, RESTORE_COMMAND, f.restoreCommand);
  const c = meta.command;
  if (c) {
    p = putUint(b, p, COMMAND, subLen(c.dump, c.restore, c.comment));
    if (c.dump !== '') p = putString(b, p, SUB1, c.dump);
    if (c.restore !== '') p = putString(b, p, SUB2, c.restore);
    if (c.comment !== '') p = putString(b, p, SUB3, c.comment);
  }
  if (f.flags !== 0) p = putUint(b, p, FLAGS, f.flags);
  // Unless shared: a copy, as the scratch buffer is reused by the next header.
  return b === scratch && !shared ? Buffer.from(b.subarray(0, p)) : b.subarray(0, p);
}
