// copy_tape's staging folder: with one drive the source and the target cannot be loaded at the
// same time, so tape files go through the disk. Each tape file is staged as one file of raw
// records in copy-records.ts' form, so that the copy gets the very same records and filemarks,
// whatever they hold (damaged blocks included).
import fs from 'node:fs/promises';
import path from 'node:path';
import type { TapeDevice } from '../../drivers/tape/tape-device.js';
import { isTapeError } from '../../drivers/tape/tape-error.js';
import type { TapeRecordWriter } from '../../drivers/tape/tape-writer.js';
import { LENGTH_BYTES } from './copy-records.js';

export interface StagedTapeFile {
  tapeFile: number;
  file: string;
  records: number;
  /** Record bytes, without the length prefixes. */
  bytes: number;
  /** false: the tape file ended at end of data without a filemark (a cartridge written up to its physical end). */
  filemark: boolean;
}

/** The copy read back does not match what was staged. */
export class CopyMismatchError extends Error {
  override readonly name = 'CopyMismatchError';
}

/** Room a tape file of `bytes` bytes in `records` records takes in the staging folder. */
export function stagedSize(bytes: number, records: number): number {
  return bytes + records * LENGTH_BYTES;
}

export async function freeBytes(dir: string): Promise<number> {
  const s = await fs.statfs(dir);
  return s.bavail * s.bsize;
}

/** Throws a clear error unless `dir` has `needed` bytes free for `what`. */
export async function requireRoom(dir: string, needed: number, what: string): Promise<void> {
  const free = await freeBytes(dir);
  if (free < needed) {
    throw new Error(`the staging folder ${dir} has ${free} bytes free, but ${what} needs ${needed}: free some space there or name a roomier folder with -T`);
  }
}

/** The next record's length; 0 for a filemark; null at end of data. */
export async function readRecord(dev: TapeDevice, buf: Buffer): Promise<number | null> {
  try {
    return await dev.read(buf);
  } catch (e) {
    // EIO is also what a drive reports for an unreadable spot: only EOD ends the tape file quietly.
    if (isTapeError(e, 'EIO') && (await dev.status()).eod) return null;
    throw e;
  }
}

/**
 * Reads the tape file at the drive's position up to its filemark (or end of data) into the
 * staging folder. A tape file that starts at end of data comes back with 0 records.
 */
export async function stageTapeFile(dev: TapeDevice, dir: string, tapeFile: number, buf: Buffer): Promise<StagedTapeFile> {
  const staged: StagedTapeFile = { tapeFile, file: path.join(dir, `tape-file-${tapeFile}.records`), records: 0, bytes: 0, filemark: false };
  const out = await fs.open(staged.file, 'wx', 0o600);
  try {
    const length = Buffer.alloc(LENGTH_BYTES);
    for (;;) {
      const n = await readRecord(dev, buf);
      if (n === null || n === 0) {
        staged.filemark = n === 0;
        return staged;
      }
      length.writeUInt32LE(n);
      await out.writev([length, buf.subarray(0, n)]);
      staged.records++;
      staged.bytes += n;
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOSPC') {
      throw new Error(`the staging folder ${dir} filled up while tape file ${tapeFile} was staged (${staged.bytes} bytes so far): free some space there or name a roomier folder with -T`);
    }
    throw e;
  } finally {
    await out.close();
  }
}

async function readExactly(fh: fs.FileHandle, buf: Buffer, length: number, position: number, file: string): Promise<void> {
  let done = 0;
  while (done < length) {
    const { bytesRead } = await fh.read(buf, done, length - done, position + done);
    if (bytesRead === 0) throw new Error(`the staging file ${file} is shorter than it was written; was the staging folder cleaned up meanwhile?`);
    done += bytesRead;
  }
}

/** The staged records in order, each in `buf` (valid until the next one is read). */
async function* stagedRecords(s: StagedTapeFile, buf: Buffer): AsyncGenerator<Buffer> {
  const fh = await fs.open(s.file, 'r');
  try {
    const length = Buffer.alloc(LENGTH_BYTES);
    let position = 0;
    for (let i = 0; i < s.records; i++) {
      await readExactly(fh, length, LENGTH_BYTES, position, s.file);
      const n = length.readUInt32LE(0);
      await readExactly(fh, buf, n, position + LENGTH_BYTES, s.file);
      position += LENGTH_BYTES + n;
      yield buf.subarray(0, n);
    }
  } finally {
    await fh.close();
  }
}

/** Writes a staged tape file at the writer's position: its records, then its filemark if it had one. */
export async function writeStaged(writer: TapeRecordWriter, s: StagedTapeFile, buf: Buffer, flush: boolean): Promise<void> {
  for await (const record of stagedRecords(s, buf)) await writer.writeRecord(record);
  if (s.filemark) await writer.writeFilemark({ flush });
}

/** Reads the tape file at the drive's position and compares it record for record with what was staged. */
export async function verifyStaged(dev: TapeDevice, s: StagedTapeFile, stagedBuf: Buffer, tapeBuf: Buffer): Promise<void> {
  const where = `tape file ${s.tapeFile} of the copy`;
  let i = 0;
  for await (const record of stagedRecords(s, stagedBuf)) {
    const n = await readRecord(dev, tapeBuf);
    if (n === null || n === 0) throw new CopyMismatchError(`${where} ends after ${i} records; the original has ${s.records}`);
    if (n !== record.length) throw new CopyMismatchError(`record ${i} of ${where} is ${n} bytes long; the original's is ${record.length}`);
    if (!tapeBuf.subarray(0, n).equals(record)) throw new CopyMismatchError(`record ${i} of ${where} differs from the original's`);
    i++;
  }
  const end = await readRecord(dev, tapeBuf);
  // After a tape file without filemark the drive may have closed the copy with one: both are its end.
  if (s.filemark ? end !== 0 : end !== 0 && end !== null) {
    throw new CopyMismatchError(`${where} has more records than the original's ${s.records}, or no filemark where the original has one`);
  }
}
