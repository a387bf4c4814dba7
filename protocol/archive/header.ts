// EntryMeta + codec <-> the protobuf EntryHeader of a record.
import Long from 'long';
import type { CodecSpec } from '../../afclient/codec/spec.js';
import type { EntryMeta, EntryType } from './entry.js';
import { HEADER_NO_VERIFY } from './format.js';
import { afbackup } from './generated/archive.js';

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

function toLong(v: bigint, unsigned: boolean): Long {
  return Long.fromBits(Number(v & 0xffffffffn), Number((v >> 32n) & 0xffffffffn), unsigned);
}

function fromLong(v: Long | number, unsigned: boolean): bigint {
  if (typeof v === 'number') return BigInt(v);
  const n = (BigInt(v.high >>> 0) << 32n) | BigInt(v.low >>> 0);
  return unsigned ? n : BigInt.asIntN(64, n);
}

export function encodeHeader(meta: EntryMeta, codec: CodecSpec): Uint8Array {
  const type = typeNumber.get(meta.type);
  if (type === undefined) throw new TypeError(`unknown entry type "${String(meta.type)}"`);
  const h: afbackup.archive.EntryHeader.$Properties = {
    name: meta.name,
    type,
    mode: meta.mode,
    uid: meta.uid,
    gid: meta.gid,
    user: meta.user,
    group: meta.group,
    mtimeNs: toLong(meta.mtimeNs, false),
    ctimeNs: toLong(meta.ctimeNs, false),
    atimeNs: toLong(meta.atimeNs, false),
    size: toLong(meta.size, true),
    xattrs: meta.xattrs ?? [],
    flags: meta.noVerify ? HEADER_NO_VERIFY : 0,
  };
  if (meta.linkTarget !== undefined) h.linkTarget = meta.linkTarget;
  if (meta.devMajor !== undefined) h.devMajor = meta.devMajor;
  if (meta.devMinor !== undefined) h.devMinor = meta.devMinor;
  if (meta.aclAccess !== undefined) h.aclAccess = meta.aclAccess;
  if (meta.aclDefault !== undefined) h.aclDefault = meta.aclDefault;
  if (meta.command !== undefined) h.command = meta.command;
  if (codec.kind === 'zstd') {
    h.codec = pb.Codec.CODEC_ZSTD;
    h.codecLevel = codec.level;
  } else if (codec.kind === 'filter') {
    h.codec = pb.Codec.CODEC_FILTER;
    h.filterCommand = codec.command;
    h.restoreCommand = codec.restoreCommand;
  }
  return pb.EntryHeader.encode(h).finish();
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
