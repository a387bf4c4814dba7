// Opening one data tape file for writing or reading: the tape file header in block 0, blocks in
// variable block mode (one block = one record), and block-precise positioning for restores.
import type { TapeDevice } from '../tape/tape-device.js';
import { TapeError, isTapeError } from '../tape/tape-error.js';
import { TapeRecordWriter } from '../tape/tape-writer.js';
import { BlockFlag, DEFAULT_BLOCK_SIZE } from './block-format.js';
import { BlockedReader, type BlockDamage } from './blocked-reader.js';
import { BlockedWriter } from './blocked-writer.js';
import { type TapeFileHeader, decodeTapeFileHeader, encodeTapeFileHeader } from './tape-file-header.js';

/**
 * Starts a data tape file at the current position (which the caller chose: after the label's
 * filemark, after the previous tape file's filemark, or at end of data). Pass the cartridge's
 * TapeRecordWriter rather than the device when writing several tape files in a row, so the
 * early-warning state carries over.
 */
export async function openTapeFileForWrite(
  target: TapeDevice | TapeRecordWriter,
  header: TapeFileHeader,
  opts: { blockSize?: number } = {},
): Promise<BlockedWriter> {
  const recordWriter = target instanceof TapeRecordWriter ? target : new TapeRecordWriter(target);
  const encoded = encodeTapeFileHeader(header);
  const writer = new BlockedWriter(recordWriter, { blockSize: opts.blockSize ?? DEFAULT_BLOCK_SIZE, tapeFileHeader: encoded });
  const dev = recordWriter.dev;
  if ((await dev.status()).blockSize !== 0) {
    await dev.op('setblk', 0);
    recordWriter.resync();
  }
  return writer;
}

export interface OpenForReadOptions {
  /** Expected block size, when known from the label (saves one step back on the first block). */
  blockSize?: number;
  /** Start reading at this block of the tape file (from BlockedWriter.tell()). */
  startBlock?: number;
  offsetInBlock?: number;
  onDamage?: (d: BlockDamage) => void;
}

export interface OpenedTapeFile {
  /** undefined when block 0 is damaged; the reader still reads the blocks after it. */
  header: TapeFileHeader | undefined;
  reader: BlockedReader;
}

/**
 * Reads the tape file that starts at the current position (just after a filemark, or at BOT of a
 * tape whose label was skipped): its header from block 0, then a reader from `startBlock`.
 */
export async function openTapeFileForRead(dev: TapeDevice, opts: OpenForReadOptions = {}): Promise<OpenedTapeFile> {
  if ((await dev.status()).blockSize !== 0) await dev.op('setblk', 0);
  const start = opts.startBlock ?? 0;
  const reader = new BlockedReader(dev, {
    blockSize: opts.blockSize,
    firstBlock: 0,
    offsetInBlock: start === 0 ? opts.offsetInBlock : undefined,
    onDamage: opts.onDamage,
  });
  const first = await reader.nextBlock();
  if (first === undefined) {
    throw new TapeError('EIO', dev.name, 'no data tape file here (filemark or end of data at its start); check the tape file number');
  }
  let header: TapeFileHeader | undefined;
  if (first.kind === 'data') {
    try {
      header = decodeTapeFileHeader(first.payload);
    } catch (e) {
      opts.onDamage?.({ block: 0, reason: (e as Error).message });
    }
  }
  if (start === 0) {
    // block 0 is handed out again by the reader, damage and all
    reader.unshift(first);
    return { header, reader };
  }
  if (first.kind === 'damaged') opts.onDamage?.({ block: first.block, reason: first.reason });
  if (first.kind === 'data' && (first.flags & BlockFlag.lastBlock) !== 0) {
    throw new RangeError(`block ${start} is past the end of this tape file (it has only block 0)`);
  }
  if (start > 1) {
    try {
      await dev.op('fsr', start - 1);
    } catch (e) {
      if (isTapeError(e, 'EIO')) throw new RangeError(`block ${start} is past the end of this tape file (a filemark came first)`);
      throw e;
    }
  }
  reader.repositioned(start, opts.offsetInBlock ?? 0);
  return { header, reader };
}
