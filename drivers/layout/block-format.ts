// The header every data block carries (FORMAT.md §4): encoding and verification. One block is
// one tape record of exactly the tape file's block size.
import { crc32 } from '../../native/vtio.js';

export const BLOCK_MAGIC = 0x4b424641; // "AFBK" read as a little-endian u32
export const BLOCK_FORMAT_VERSION = 1;
export const BLOCK_HEADER_LENGTH = 32;
export const DEFAULT_BLOCK_SIZE = 256 * 1024;
/** Smallest block worth having: room for the header, a tape file header and some data. */
export const MIN_BLOCK_SIZE = 4096;

/** Bits of the header's flags word. */
export const BlockFlag = {
  /** The last block of its tape file; a filemark follows. */
  lastBlock: 1,
  /** The stream ends in this block. */
  endOfStream: 2,
  /** The stream goes on in a tape file on another cartridge. */
  continued: 4,
  /** The payload starts with the tape file header (FORMAT.md §5); set on block 0 only. */
  tapeFileHeader: 8,
} as const;

export interface BlockHeader {
  version: number;
  flags: number;
  /** Length of the whole record, header included. */
  recordLength: number;
  /** Block number within the tape file, from 0. */
  block: number;
  /** Valid payload bytes after the header; the rest of the record is zero padding. */
  payloadLength: number;
}

/** Fills in the header at the start of `record` and its checksum over header and payload. */
export function sealBlock(record: Buffer, block: number, flags: number, payloadLength: number): void {
  record.writeUInt32LE(BLOCK_MAGIC, 0);
  record.writeUInt16LE(BLOCK_FORMAT_VERSION, 4);
  record.writeUInt16LE(BLOCK_HEADER_LENGTH, 6);
  record.writeUInt32LE(flags, 8);
  record.writeUInt32LE(record.length, 12);
  record.writeUInt32LE(block % 0x1_0000_0000, 16);
  record.writeUInt32LE(Math.floor(block / 0x1_0000_0000), 20);
  record.writeUInt32LE(payloadLength, 24);
  const crc = crc32(record.subarray(BLOCK_HEADER_LENGTH, BLOCK_HEADER_LENGTH + payloadLength), crc32(record.subarray(0, 28)));
  record.writeUInt32LE(crc, 28);
}

export function looksLikeBlock(record: Uint8Array): boolean {
  return record.length >= 4 && Buffer.from(record.buffer, record.byteOffset, 4).readUInt32LE(0) === BLOCK_MAGIC;
}

/** Verifies a record read from tape; returns its header or why it is not a good block. */
export function openBlock(record: Buffer): { ok: true; header: BlockHeader } | { ok: false; reason: string } {
  if (record.length < BLOCK_HEADER_LENGTH) return { ok: false, reason: `record of ${record.length} bytes is too short for a block` };
  if (record.readUInt32LE(0) !== BLOCK_MAGIC) return { ok: false, reason: 'no block magic (not an afbackup data block, or overwritten)' };
  const version = record.readUInt16LE(4);
  const headerLength = record.readUInt16LE(6);
  if (version !== BLOCK_FORMAT_VERSION || headerLength !== BLOCK_HEADER_LENGTH) {
    return { ok: false, reason: `block format version ${version} (header ${headerLength} bytes) is not supported by this reader` };
  }
  const recordLength = record.readUInt32LE(12);
  const payloadLength = record.readUInt32LE(24);
  if (recordLength !== record.length) {
    return { ok: false, reason: `record is ${record.length} bytes but the block says ${recordLength} (truncated record)` };
  }
  if (payloadLength > recordLength - BLOCK_HEADER_LENGTH) return { ok: false, reason: `payload length ${payloadLength} exceeds the block` };
  const crc = crc32(record.subarray(BLOCK_HEADER_LENGTH, BLOCK_HEADER_LENGTH + payloadLength), crc32(record.subarray(0, 28)));
  if (crc !== record.readUInt32LE(28)) return { ok: false, reason: 'checksum mismatch (block damaged)' };
  const block = record.readUInt32LE(16) + record.readUInt32LE(20) * 0x1_0000_0000;
  return { ok: true, header: { version, flags: record.readUInt32LE(8), recordLength, block, payloadLength } };
}

export function checkBlockSize(blockSize: number, maxBlock: number, device: string): void {
  if (!Number.isInteger(blockSize) || blockSize < MIN_BLOCK_SIZE || blockSize % 512 !== 0) {
    throw new RangeError(`block size ${blockSize} is invalid: use a multiple of 512 bytes, at least ${MIN_BLOCK_SIZE}`);
  }
  if (blockSize > maxBlock) {
    throw new RangeError(`block size ${blockSize} exceeds the largest record ${device} accepts (${maxBlock} bytes); configure a smaller block size`);
  }
}
