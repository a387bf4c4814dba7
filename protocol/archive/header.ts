// EntryMeta + codec <-> the protobuf EntryHeader of a record.
import type Long from 'long';
import type { CodecSpec } from '../../afclient/codec/spec.js';
import type { EntryMeta, EntryType } from './entry.js';
import { HEADER_NO_VERIFY } from './format.js';
import { afbackup } from './generated/archive.js';
import { encodeHeaderFields } from './header-encode.js';

const pb = afbackup.archive;

const TYPES: readonly EntryType[] = [
  'file',
  'directory',
  'symlink',
  'hardlink',
  'fifo',
  'socket',
  'chardev',
  'blockdev',
  'command',
];
// Wire numbers are the index in TYPES plus one (0 = unspecified).
const typeNumber = new Map<EntryType, number>(TYPES.map((t, i) => [t, i + 1]));

function fromLong(v: Long | number, unsigned: boolean): bigint {
  if (typeof v === 'number') return BigInt(v);
  const n = (BigInt(v.high >>> 0) << 32n) | BigInt(v.low >>> 0);
  return unsigned ? n : BigInt.asIntN(64, n);
}

/** With `shared`, the bytes may be a view of memory that the next call reuses (the writer copies them at once). */
export function encodeHeader(meta: EntryMeta, codec: CodecSpec, shared = false): Buffer {
  const type = typeNumber.get(meta.type);
  if (type === undefined) throw new TypeError(`unknown entry type "${String(meta.type)}"`);
  return encodeHeaderFields(meta, {
    type,
    codec: codec.kind === 'zstd' ? pb.Codec.CODEC_ZSTD : codec.kind === 'filter' ? pb.Codec.CODEC_FILTER : pb.Codec.CODEC_NONE,
    codecLevel: codec.kind === 'zstd' ? codec.level : 0,
    filterCommand: codec.kind === 'filter' ? codec.command : '',
    restoreCommand: codec.kind === 'filter' ? codec.restoreCommand : '',
    flags: meta.noVerify ? HEADER_NO_VERIFY : 0,
  }, shared);
}

const buf = (u: Uint8Array): Buffer => Buffer.from(u.buffer, u.byteOffset, u.length);

/** Throws (a protobuf or a plain Error) when the bytes are not a header this version understands. */
export function decodeHeader(bytes: Uint8Array): { meta: EntryMeta; codec: CodecSpec } {
  const h = pb.EntryHeader.decode(bytes);
  const type = TYPES[h.type - 1];
  if (type === undefined) throw new Error(`unknown entry type number ${h.type}`);
  const meta: EntryMeta = {
    name: buf(h.name),
    type,
    mode: h.mode,
    uid: h.uid,
    gid: h.gid,
    user: h.user,
    group: h.group,
    mtimeNs: fromLong(h.mtimeNs, false),
    ctimeNs: fromLong(h.ctimeNs, false),
    atimeNs: fromLong(h.atimeNs, false),
    size: fromLong(h.size, true),
  };
  if (h.linkTarget != null) meta.linkTarget = buf(h.linkTarget);
  if (h.devMajor != null) meta.devMajor = h.devMajor;
  if (h.devMinor != null) meta.devMinor = h.devMinor;
  if (h.xattrs.length > 0) meta.xattrs = h.xattrs.map((x) => ({ name: x.name ?? '', value: buf(x.value ?? new Uint8Array()) }));
  if (h.aclAccess != null) meta.aclAccess = buf(h.aclAccess);
  if (h.aclDefault != null) meta.aclDefault = buf(h.aclDefault);
  if (h.command != null) meta.command = { dump: h.command.dump ?? '', restore: h.command.restore ?? '', comment: h.command.comment ?? '' };
  if (h.flags & HEADER_NO_VERIFY) meta.noVerify = true;
  let codec: CodecSpec;
  switch (h.codec) {
    case pb.Codec.CODEC_NONE:
      codec = { kind: 'none' };
      break;
    case pb.Codec.CODEC_ZSTD:
      codec = { kind: 'zstd', level: h.codecLevel };
      break;
    case pb.Codec.CODEC_FILTER:
      codec = { kind: 'filter', command: h.filterCommand, restoreCommand: h.restoreCommand };
      break;
    default:
      throw new Error(`unknown codec number ${String(h.codec)}`);
  }
  return { meta, codec };
}
