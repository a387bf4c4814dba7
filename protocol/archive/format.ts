// Byte layout of the archive stream (FORMAT.md is the specification; this file is its code).
// Everything here is shared by the writer, the compression workers and the reader, so the
// layout lives in exactly one place.
import { createHash } from 'node:crypto';
import { crc32 as nativeCrc32 } from '../../native/vtio.js';

export const FORMAT_MAJOR = 1;
export const FORMAT_MINOR = 0;

/** Starts every record; a reader that lost its place searches for it. */
export const SYNC = Buffer.from([
  0xaf, 0xb4, 0x5e, 0x71, 0x0d, 0x0a, 0x1a, 0x0a, 0x41, 0x46, 0x42, 0x4b, 0x52, 0x45, 0x43, 0x93,
]);
export const SYNC_LEN = SYNC.length;
/** Sync marker plus the record frame. */
export const RECORD_HEAD_LEN = SYNC_LEN + 16;
/** Every body frame (chunk, extent, trailer) has this fixed size, followed by its payload. */
export const BODY_FRAME_LEN = 28;

export const KIND_ENTRY = 1;
export const KIND_END = 2;

export const TAG_CHUNK = 0x43; // 'C'
export const TAG_EXTENT = 0x58; // 'X'
export const TAG_TRAILER = 0x54; // 'T'

export const CHUNK_ZSTD = 1;
export const CHUNK_FILTERED = 2;
export const TRAILER_INCOMPLETE = 1;
export const HEADER_NO_VERIFY = 1;

/** Bounds: a length field beyond them is damage, never an allocation. */
export const MAX_HEADER_LEN = 16 << 20;
export const MAX_CHUNK_LEN = 4 << 20;
export const DEFAULT_CHUNK_SIZE = 4 << 20;
export const EXTENT_PAYLOAD_LEN = 16;
export const TRAILER_PAYLOAD_LEN = 8 + 32;
export const CHECKSUM_LEN = 32;
/** The content checksum of an entry without data. */
export const EMPTY_SHA256 = createHash('sha256').digest();
/** Digest of one piece of content (XXH64, big-endian); the entry checksum is made of them. */
export const PIECE_DIGEST_LEN = 8;

// zlib's CRC-32, computed natively with carry-less multiplication: several times faster than
// node:zlib's, and every chunk's payload passes through it.
export const crc32 = (data: Uint8Array, seed = 0): number => nativeCrc32(data, seed);

const TWO32 = 2 ** 32;

function putU64(b: Buffer, pos: number, v: number): void {
  b.writeUInt32BE(Math.floor(v / TWO32), pos);
  b.writeUInt32BE(v >>> 0, pos + 4);
}

function getU64(b: Buffer, pos: number): number {
  return b.readUInt32BE(pos) * TWO32 + b.readUInt32BE(pos + 4);
}

/** Sync marker + record frame + header, ready to write. */
export function encodeRecordHead(kind: number, header: Uint8Array): Buffer {
  const b = Buffer.allocUnsafe(RECORD_HEAD_LEN + header.length);
  putRecordHead(b, 0, kind, header);
  return b;
}

/** Writes sync marker + record frame + header at `pos` of `b`; returns the position after them. */
export function putRecordHead(b: Buffer, pos: number, kind: number, header: Uint8Array): number {
  b.set(SYNC, pos);
  const f = pos + SYNC_LEN;
  b[f] = FORMAT_MAJOR;
  b[f + 1] = FORMAT_MINOR;
  b[f + 2] = kind;
  b[f + 3] = 0;
  b.writeUInt32BE(header.length, f + 4);
  b.writeUInt32BE(crc32(header), f + 8);
  b.writeUInt32BE(crc32(b.subarray(f, f + 12)), f + 12);
  b.set(header, pos + RECORD_HEAD_LEN);
  return pos + RECORD_HEAD_LEN + header.length;
}

export interface RecordFrame {
  major: number;
  minor: number;
  kind: number;
  headerLen: number;
  headerCrc: number;
}

/** Decodes the 16 frame bytes after a sync marker; null when the frame CRC does not match. */
export function decodeRecordFrame(f: Buffer): RecordFrame | null {
  if (crc32(f.subarray(0, 12)) !== f.readUInt32BE(12)) return null;
  return { major: f[0]!, minor: f[1]!, kind: f[2]!, headerLen: f.readUInt32BE(4), headerCrc: f.readUInt32BE(8) };
}

/** Writes one body frame at `pos` of `b`; the payload (if any) follows it. */
export function putBodyFrame(
  b: Buffer,
  pos: number,
  tag: number,
  flags: number,
  payloadLen: number,
  a: number,
  big: number,
  payloadCrc: number,
): void {
  b[pos] = tag;
  b[pos + 1] = flags;
  b[pos + 2] = 0;
  b[pos + 3] = 0;
  b.writeUInt32BE(payloadLen, pos + 4);
  b.writeUInt32BE(a, pos + 8);
  putU64(b, pos + 12, big);
  b.writeUInt32BE(payloadCrc, pos + 20);
  b.writeUInt32BE(crc32(b.subarray(pos, pos + 24)), pos + 24);
}

export interface BodyFrame {
  tag: number;
  flags: number;
  payloadLen: number;
  /** Chunk: original length. Trailer: chunk count. */
  a: number;
  /** Chunk: logical offset (filtered: offset in the filter output). Trailer: data bytes. */
  big: number;
  payloadCrc: number;
}

export function decodeBodyFrame(b: Buffer): BodyFrame | null {
  if (crc32(b.subarray(0, 24)) !== b.readUInt32BE(24)) return null;
  return {
    tag: b[0]!,
    flags: b[1]!,
    payloadLen: b.readUInt32BE(4),
    a: b.readUInt32BE(8),
    big: getU64(b, 12),
    payloadCrc: b.readUInt32BE(20),
  };
}

/** An extent frame (external filters only): the next `length` unfiltered bytes start at `offset`. */
export function encodeExtent(offset: number, length: number): Buffer {
  const b = Buffer.allocUnsafe(BODY_FRAME_LEN + EXTENT_PAYLOAD_LEN);
  putU64(b, BODY_FRAME_LEN, offset);
  putU64(b, BODY_FRAME_LEN + 8, length);
  const payload = b.subarray(BODY_FRAME_LEN);
  putBodyFrame(b, 0, TAG_EXTENT, 0, EXTENT_PAYLOAD_LEN, 0, 0, crc32(payload));
  return b;
}

export function decodeExtent(payload: Buffer): { offset: number; length: number } {
  return { offset: getU64(payload, 0), length: getU64(payload, 8) };
}

export interface TrailerInfo {
  chunks: number;
  dataBytes: number;
  logicalEnd: number;
  checksum: Buffer;
  incomplete: boolean;
}

export const TRAILER_LEN = BODY_FRAME_LEN + TRAILER_PAYLOAD_LEN;

/** Writes a trailer frame with its payload at `pos` of `b`. */
export function putTrailer(b: Buffer, pos: number, t: TrailerInfo): void {
  const payload = pos + BODY_FRAME_LEN;
  putU64(b, payload, t.logicalEnd);
  b.set(t.checksum, payload + 8);
  const flags = t.incomplete ? TRAILER_INCOMPLETE : 0;
  putBodyFrame(b, pos, TAG_TRAILER, flags, TRAILER_PAYLOAD_LEN, t.chunks, t.dataBytes, crc32(b.subarray(payload, payload + TRAILER_PAYLOAD_LEN)));
}

/** Fills in the checksum of a trailer encoded at `pos` of `b` (CRCs included). */
export function patchTrailerChecksum(b: Buffer, pos: number, checksum: Uint8Array): void {
  const payload = b.subarray(pos + BODY_FRAME_LEN, pos + BODY_FRAME_LEN + TRAILER_PAYLOAD_LEN);
  payload.set(checksum, 8);
  b.writeUInt32BE(crc32(payload), pos + 20);
  b.writeUInt32BE(crc32(b.subarray(pos, pos + 24)), pos + 24);
}

export function decodeTrailer(frame: BodyFrame, payload: Buffer): TrailerInfo {
  return {
    chunks: frame.a,
    dataBytes: frame.big,
    logicalEnd: getU64(payload, 0),
    checksum: Buffer.from(payload.subarray(8, 8 + CHECKSUM_LEN)),
    incomplete: (frame.flags & TRAILER_INCOMPLETE) !== 0,
  };
}
