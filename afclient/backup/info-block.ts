// The minimum restore information as it goes on tape: three copies in the first block of a
// run's first tape file, so a scan (afrestore -E) finds it by reading one block per tape file,
// and damage to one or two copies does not matter. The copies are spread over the area so a
// local defect hits at most one. Each copy: magic, length, the line (UTF-8), CRC-32.
import zlib from 'node:zlib';
import { formatMinInfo, parseMinInfoLine, type MinInfo } from './min-restore-info.js';

const MAGIC = Buffer.from('AFBMINF2', 'latin1');
const HEADER = MAGIC.length + 2;
const TRAILER = 4;
const COPIES = 3;

/** Default size of the area holding the copies (fits any block size the server allows). */
export const INFO_BLOCK_SIZE = 4096;

export function encodeInfoBlock(info: MinInfo, size = INFO_BLOCK_SIZE): Buffer {
  const payload = Buffer.from(formatMinInfo(info), 'utf8');
  const copy = Buffer.alloc(HEADER + payload.length + TRAILER);
  MAGIC.copy(copy, 0);
  copy.writeUInt16BE(payload.length, MAGIC.length);
  payload.copy(copy, HEADER);
  copy.writeUInt32BE(zlib.crc32(copy.subarray(0, HEADER + payload.length)), HEADER + payload.length);
  const stride = Math.floor(size / COPIES);
  if (copy.length > stride) throw new RangeError(`an info block of ${size} bytes cannot hold three copies of ${copy.length} bytes; use at least ${copy.length * COPIES}`);
  const block = Buffer.alloc(size);
  for (let i = 0; i < COPIES; i++) copy.copy(block, i * stride);
  return block;
}

export interface InfoBlockScan {
  info: MinInfo;
  validCopies: number;
  damagedCopies: number;
}

/**
 * Looks for the copies anywhere in `bytes` (a tape file's first block). Undefined when there
 * are none (an ordinary data block); throws when every copy found is damaged.
 */
export function findInfoBlock(bytes: Buffer): InfoBlockScan | undefined {
  let info: MinInfo | undefined;
  let valid = 0;
  let damaged = 0;
  let problem = '';
  for (let at = bytes.indexOf(MAGIC); at >= 0; at = bytes.indexOf(MAGIC, at + 1)) {
    const length = at + HEADER <= bytes.length ? bytes.readUInt16BE(at + MAGIC.length) : -1;
    const end = at + HEADER + length;
    if (length < 0 || end + TRAILER > bytes.length || zlib.crc32(bytes.subarray(at, end)) !== bytes.readUInt32BE(end)) {
      damaged++;
      problem = 'length or CRC mismatch';
      continue;
    }
    try {
      const parsed = parseMinInfoLine(bytes.subarray(at + HEADER, end).toString('utf8'));
      if (parsed.version !== 2) throw new Error('not a version 2 line');
      info ??= parsed;
      valid++;
    } catch (e) {
      damaged++;
      problem = (e as Error).message;
    }
  }
  if (info) return { info, validCopies: valid, damagedCopies: damaged };
  if (damaged > 0) throw new Error(`all ${damaged} copies of the minimum restore information in this block are damaged (${problem})`);
  return undefined;
}
