// Rebuilds the object index of a cartridge file by walking its frame headers once, on load.
// It tells three endings apart:
//  - clean: the last frame ends exactly at the end of the file;
//  - torn tail: the writer died in the middle of its last write (frame header or payload cut
//    short, a zero-filled tail, or a last record whose payload checksum fails): everything
//    before it is intact and the tail is cut off;
//  - damage: a frame header in the middle is corrupt. Nothing after it can be trusted or even
//    found, so the index stops there and the drive answers EIO when it gets there.
import type { FileHandle } from 'node:fs/promises';
import { TapeError } from '../tape/tape-error.js';
import { FRAME_SIZE, FormatError, HEADER_SIZE, FORMAT_VERSION, decodeFrame, decodeHeader, payloadChecksum, type CartridgeHeader } from './format.js';
import { ObjectIndex } from './object-index.js';

export interface TornTail {
  /** File offset where the incomplete object starts; the file is cut there. */
  offset: number;
  /** Bytes dropped. */
  bytes: number;
  reason: string;
}

export interface Damage {
  /** Address of the first object that cannot be read. */
  address: number;
  /** File offset of its frame. */
  offset: number;
  reason: string;
}

export interface ScanResult {
  header: CartridgeHeader;
  index: ObjectIndex;
  tornTail: TornTail | null;
  damage: Damage | null;
}

/**
 * Frame headers are read through a window, so that small records cost one read per window; after
 * a large record only a page is read, since the next frame is unlikely to be in the same window.
 */
const WINDOW = 64 * 1024;
const PAGE = 4096;

export function cartridgeDeviceName(file: string): string {
  return `vtape:${file}`;
}

export async function readHeader(fh: FileHandle, file: string): Promise<CartridgeHeader> {
  const b = Buffer.alloc(HEADER_SIZE);
  const { bytesRead } = await fh.read(b, 0, HEADER_SIZE, 0);
  try {
    return decodeHeader(b.subarray(0, bytesRead));
  } catch (e) {
    if (e instanceof FormatError) throw new TapeError('EIO', cartridgeDeviceName(file), `${file}: ${e.message}`);
    throw e;
  }
}

export async function scanCartridge(fh: FileHandle, file: string): Promise<ScanResult> {
  const header = await readHeader(fh, file);
  const version = header.formatVersion ?? FORMAT_VERSION;
  const fileSize = (await fh.stat()).size;
  const index = new ObjectIndex();
  const window = Buffer.allocUnsafe(WINDOW);
  let windowStart = 0;
  let windowLength = 0;
  let offset = HEADER_SIZE;
  let lastLength = 0;
  const result: ScanResult = { header, index, tornTail: null, damage: null };

  while (offset < fileSize) {
    if (fileSize - offset < FRAME_SIZE) {
      result.tornTail = { offset, bytes: fileSize - offset, reason: 'incomplete frame header' };
      break;
    }
    if (offset < windowStart || offset + FRAME_SIZE > windowStart + windowLength) {
      windowStart = offset;
      const wanted = lastLength >= WINDOW / 2 ? PAGE : WINDOW;
      windowLength = (await fh.read(window, 0, Math.min(wanted, fileSize - offset), offset)).bytesRead;
    }
    let frame;
    try {
      frame = decodeFrame(window, offset - windowStart, version);
    } catch (e) {
      if (!(e instanceof FormatError)) throw e;
      result.damage = { address: index.count, offset, reason: e.message };
      break;
    }
    if (frame === null) {
      if (await isZeroFrom(fh, offset, fileSize)) {
        result.tornTail = { offset, bytes: fileSize - offset, reason: 'zero-filled tail' };
      } else {
        result.damage = { address: index.count, offset, reason: 'object frame header checksum mismatch' };
      }
      break;
    }
    if (frame.address !== index.count) {
      result.damage = { address: index.count, offset, reason: `object frame claims address ${frame.address}` };
      break;
    }
    if (offset + FRAME_SIZE + frame.length > fileSize) {
      result.tornTail = { offset, bytes: fileSize - offset, reason: 'incomplete record payload' };
      break;
    }
    index.append(frame.kind === 'filemark' ? 'filemark' : frame.length, frame.payloadChecksum);
    offset += FRAME_SIZE + frame.length;
    lastLength = frame.length;
  }

  if (result.damage === null) await checkLastRecord(fh, result, fileSize);
  return result;
}

/**
 * A crash of the machine (not just of the writer) can leave a last frame whose header reached the
 * disk but whose payload did not, possibly before a torn or zero-filled tail. Checking the one
 * last payload catches that at the cost of one read; the torn tail then starts at that record.
 */
async function checkLastRecord(fh: FileHandle, result: ScanResult, fileSize: number): Promise<void> {
  const { index } = result;
  const last = index.count - 1;
  if (last < 0 || index.isFilemark(last)) return;
  const payload = Buffer.allocUnsafe(index.recordLength(last));
  await fh.read(payload, 0, payload.length, index.payloadOffset(last));
  if (payloadChecksum(result.header.formatVersion ?? FORMAT_VERSION, payload) !== index.payloadChecksum(last)) {
    const offset = index.frameOffset(last);
    const reason = 'last record payload checksum mismatch' + (result.tornTail ? `, then ${result.tornTail.reason}` : '');
    result.tornTail = { offset, bytes: fileSize - offset, reason };
    index.truncate(last);
  }
}

async function isZeroFrom(fh: FileHandle, start: number, end: number): Promise<boolean> {
  const b = Buffer.allocUnsafe(WINDOW);
  for (let at = start; at < end; ) {
    const { bytesRead } = await fh.read(b, 0, Math.min(WINDOW, end - at), at);
    if (bytesRead === 0) return true;
    for (let i = 0; i < bytesRead; i++) if (b[i] !== 0) return false;
    at += bytesRead;
  }
  return true;
}
