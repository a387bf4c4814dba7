// The bytes of a cartridge file (see FORMAT.md beside this file): one fixed-size header, then
// framed objects (records and filemarks). Only encoding and decoding live here, no I/O, so the
// layout can be read and changed in one place.
import { crc32 } from 'node:zlib';
import { payloadChecksum as nativePayloadChecksum } from '../../native/vtio.js';

export const CARTRIDGE_MAGIC = 'AFVTAPE\0';
/**
 * The version new cartridges get. 1: payload checksum CRC-32; 2: XXH64, about three times faster
 * to verify than the table-driven CRC-32 of its day; 3: CRC-64/XZ, folded with carry-less
 * multiplication, about three times faster than XXH64 again, and as long. A cartridge keeps its
 * version for life: records appended to a version 1 or 2 cartridge get CRC-32 or XXH64 frames,
 * so that the afbackup that made it still reads it.
 */
export const FORMAT_VERSION = 3;
export const HEADER_SIZE = 128;
export const FRAME_SIZE = 32;
export const FRAME_MAGIC = 'AFOB';
export const MAX_BARCODE_LENGTH = 32;
/**
 * Medium consumed by one filemark, counted against capacityBytes like record payload. Small, so
 * that tests can make tiny media, but not zero, so that a full medium has no room for one.
 */
export const FILEMARK_COST_BYTES = 32;

const FLAG_WRITE_PROTECTED = 1;
const HEADER_CRC_AT = HEADER_SIZE - 4;
const FRAME_CRC_AT = FRAME_SIZE - 4;

export interface CartridgeHeader {
  /** Format version (FORMAT.md); FORMAT_VERSION when not given. */
  formatVersion?: number;
  capacityBytes: number;
  earlyWarningBytes: number;
  writeProtected: boolean;
  barcode?: string;
}

export type ObjectKind = 'record' | 'filemark';

export interface FrameHeader {
  kind: ObjectKind;
  /** Payload bytes following the frame header (0 for a filemark). */
  length: number;
  /** Checksum of the payload (0 for a filemark): CRC-32 in format version 1, XXH64 in 2, CRC-64/XZ in 3. */
  payloadChecksum: bigint;
  /** Logical block address of this object: a cross-check against misplaced frames. */
  address: number;
}

/** Why bytes could not be decoded; the caller adds the file name and offset. */
export class FormatError extends Error {}

export function validateHeader(h: CartridgeHeader): void {
  if (h.formatVersion !== undefined && (!Number.isInteger(h.formatVersion) || h.formatVersion < 1 || h.formatVersion > FORMAT_VERSION)) {
    throw new FormatError(`format version must be 1 to ${FORMAT_VERSION}, not ${h.formatVersion}`);
  }
  if (!Number.isSafeInteger(h.capacityBytes) || h.capacityBytes <= 0) {
    throw new FormatError(`capacityBytes must be a positive integer, not ${h.capacityBytes}`);
  }
  if (!Number.isSafeInteger(h.earlyWarningBytes) || h.earlyWarningBytes < 0 || h.earlyWarningBytes >= h.capacityBytes) {
    throw new FormatError(`earlyWarningBytes must be an integer in [0, capacityBytes), not ${h.earlyWarningBytes}`);
  }
  if (h.barcode !== undefined && !/^[\x21-\x7e]{1,32}$/.test(h.barcode)) {
    throw new FormatError(`barcode must be 1 to ${MAX_BARCODE_LENGTH} printable ASCII characters without spaces, not ${JSON.stringify(h.barcode)}`);
  }
}

export function encodeHeader(h: CartridgeHeader): Buffer {
  validateHeader(h);
  const b = Buffer.alloc(HEADER_SIZE);
  b.write(CARTRIDGE_MAGIC, 0, 'latin1');
  b.writeUInt16LE(h.formatVersion ?? FORMAT_VERSION, 8);
  b.writeUInt16LE(HEADER_SIZE, 10);
  b.writeUInt32LE(h.writeProtected ? FLAG_WRITE_PROTECTED : 0, 12);
  b.writeBigUInt64LE(BigInt(h.capacityBytes), 16);
  b.writeBigUInt64LE(BigInt(h.earlyWarningBytes), 24);
  const barcode = h.barcode ?? '';
  b.writeUInt8(barcode.length, 32);
  b.write(barcode, 33, 'latin1');
  b.writeUInt32LE(crc32(b.subarray(0, HEADER_CRC_AT)), HEADER_CRC_AT);
  return b;
}

export function decodeHeader(b: Buffer): CartridgeHeader {
  if (b.length < HEADER_SIZE || b.toString('latin1', 0, 8) !== CARTRIDGE_MAGIC) {
    throw new FormatError('not a virtual tape cartridge (no AFVTAPE header)');
  }
  const version = b.readUInt16LE(8);
  if (version > FORMAT_VERSION) {
    throw new FormatError(`cartridge format version ${version} is newer than this afbackup reads (${FORMAT_VERSION}); use a newer afbackup`);
  }
  if (version < 1 || b.readUInt16LE(10) !== HEADER_SIZE) {
    throw new FormatError(`cartridge header is malformed (version ${version}, size ${b.readUInt16LE(10)})`);
  }
  if (crc32(b.subarray(0, HEADER_CRC_AT)) !== b.readUInt32LE(HEADER_CRC_AT)) {
    throw new FormatError('cartridge header checksum mismatch: the header is damaged');
  }
  const barcodeLength = b.readUInt8(32);
  const h: CartridgeHeader = {
    formatVersion: version,
    capacityBytes: Number(b.readBigUInt64LE(16)),
    earlyWarningBytes: Number(b.readBigUInt64LE(24)),
    writeProtected: (b.readUInt32LE(12) & FLAG_WRITE_PROTECTED) !== 0,
  };
  if (barcodeLength > 0) h.barcode = b.toString('latin1', 33, 33 + Math.min(barcodeLength, MAX_BARCODE_LENGTH));
  validateHeader(h);
  return h;
}

/** Encodes a frame header of a cartridge of format `version` into `into` at `at`. */
export function encodeFrame(f: FrameHeader, version: number, into: Buffer = Buffer.allocUnsafe(FRAME_SIZE), at = 0): Buffer {
  into.write(FRAME_MAGIC, at, 'latin1');
  into.writeUInt32LE(f.kind === 'record' ? 1 : 2, at + 4);
  into.writeUInt32LE(f.length, at + 8);
  into.writeUInt32LE(Number(f.payloadChecksum & 0xffff_ffffn), at + 12);
  into.writeUInt32LE(f.address % 0x1_0000_0000, at + 16);
  into.writeUInt32LE(Math.floor(f.address / 0x1_0000_0000), at + 20);
  into.writeUInt32LE(version >= 2 ? Number(f.payloadChecksum >> 32n) : 0, at + 24);
  into.writeUInt32LE(crc32(into.subarray(at, at + FRAME_CRC_AT)), at + FRAME_CRC_AT);
  return into;
}

/**
 * Decodes the frame header at b[at..at+FRAME_SIZE) of a cartridge of format `version`. Returns
 * null when its checksum does not match (torn or damaged: the caller decides which); throws
 * FormatError when the checksum matches but the content is impossible, which only a bug or a
 * deliberate edit can produce.
 */
export function decodeFrame(b: Buffer, at: number, version: number): FrameHeader | null {
  if (crc32(b.subarray(at, at + FRAME_CRC_AT)) !== b.readUInt32LE(at + FRAME_CRC_AT)) return null;
  if (b.toString('latin1', at, at + 4) !== FRAME_MAGIC) throw new FormatError('object frame has no AFOB magic');
  const kindCode = b.readUInt32LE(at + 4);
  if (kindCode !== 1 && kindCode !== 2) throw new FormatError(`object frame has unknown kind ${kindCode}`);
  const length = b.readUInt32LE(at + 8);
  if (kindCode === 2 && length !== 0) throw new FormatError(`filemark frame with a payload of ${length} bytes`);
  if (kindCode === 1 && length === 0) throw new FormatError('record frame with an empty payload');
  const high = version >= 2 ? BigInt(b.readUInt32LE(at + 24)) << 32n : 0n;
  return {
    kind: kindCode === 1 ? 'record' : 'filemark',
    length,
    payloadChecksum: high | BigInt(b.readUInt32LE(at + 12)),
    address: b.readUInt32LE(at + 16) + b.readUInt32LE(at + 20) * 0x1_0000_0000,
  };
}

/**
 * The payload checksum of format `version`: CRC-32 (1), XXH64 (2) or CRC-64/XZ (3). In version 2
 * a payload larger than 4 MiB is hashed piece by piece, and its checksum is the XXH64 of the
 * pieces' digests (FORMAT.md).
 */
export function payloadChecksum(version: number, payload: Uint8Array): bigint {
  return nativePayloadChecksum(version, payload);
}
