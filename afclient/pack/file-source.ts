// Reads one regular file for the archive: holes are found with SEEK_DATA/SEEK_HOLE and left out
// (the DataSegments have gaps), exactly the bytes up to the size seen at walk time are stored, a
// file that changes meanwhile is stored consistently and reported, and its atime is left as it
// was (O_NOATIME where the kernel allows it, otherwise the old atime is written back).
// Metadata calls and small reads are synchronous: they are short syscalls, and a promise round
// trip through the thread pool costs more than the call itself.
import fs, { type BigIntStats } from 'node:fs';
import { promisify } from 'node:util';
import type { DataSegment } from '../../protocol/archive/entry.js';
import type { DirectSource } from '../../protocol/archive/index.js';
import { errnoCode, fsx } from '../fsx.js';
import type { Reporter } from '../report.js';
import { packio } from './packio.js';

export const CHUNK = 1 << 20;
const { O_RDONLY, O_NOFOLLOW, O_NONBLOCK, O_NOATIME } = fs.constants;
const readAsync = promisify(fs.read);

/** What reading needs of the walk's lstat (an EntryStat, a BigIntStats, or these fields sent to an encoding thread). */
export type WalkedStats = Pick<BigIntStats, 'ino' | 'dev' | 'size' | 'blocks' | 'mtimeNs' | 'atimeNs'>;

export interface ReadOptions {
  /** Leave the file's atime as it was (afbackup's default; -K turns it off). */
  keepAtime: boolean;
  /** Memory for data read (at most CHUNK bytes at a time); default: a new buffer each time. */
  alloc?: (size: number) => Buffer;
}

export interface OpenedForReading {
  fd: number;
  /** The atime could not be left alone (O_NOATIME refused): write it back before closing. */
  writeBackAtime: boolean;
}

/**
 * Opens a file to read it without following a final symlink, and without waiting for a writer if
 * a FIFO was put in its place; with `keepAtime`, O_NOATIME where the kernel allows it (the owner
 * or root).
 */
export function openForReading(path: Buffer, keepAtime: boolean): OpenedForReading {
  const flags = O_RDONLY | O_NOFOLLOW | O_NONBLOCK;
  if (keepAtime) {
    try {
      return { fd: fs.openSync(path, flags | O_NOATIME), writeBackAtime: false };
    } catch (err) {
      if (errnoCode(err) !== 'EPERM') throw err;
    }
  }
  return { fd: fs.openSync(path, flags), writeBackAtime: keepAtime };
}

export class FileSource {
  private fd: number;
  private used = false;
  /** The segments() generator while it runs (release() ends it). */
  private reading: AsyncGenerator<DataSegment> | undefined;
  /** Set by direct reads when the file ended before its walk-time size. */
  private shrank = false;

  private constructor(
    fd: number,
    private readonly name: Buffer,
    private readonly st: WalkedStats,
    private readonly writeBackAtime: boolean,
    private readonly report: Reporter,
    private readonly alloc: (size: number) => Buffer,
  ) {
    this.fd = fd;
  }

  /** Opens the file found by the walk; null (reported) when it vanished or is no longer that file. */
  static open(path: Buffer, name: Buffer, st: WalkedStats, opts: ReadOptions, report: Reporter): FileSource | null {
    const src = FileSource.openUnchecked(path, name, st, opts, report);
    if (src && !src.isWalked(fs.fstatSync(src.fd, { bigint: true }))) {
      src.close();
      return null;
    }
    return src;
  }

  /**
   * Reads a small file (at most CHUNK bytes) whole and closes it: open, read, one fstat, close.
   * The fstat after reading tells both whether it was the file the walk found and whether it
   * changed meanwhile. Null (reported) when it vanished or was replaced; a read error is thrown.
   */
  static readSmall(path: Buffer, name: Buffer, st: WalkedStats, opts: ReadOptions, report: Reporter): DataSegment[] | null {
    const src = FileSource.openUnchecked(path, name, st, opts, report);
    if (!src) return null;
    try {
      let read: { segments: DataSegment[]; shrank: boolean };
      try {
        read = src.readRegions();
      } catch (err) {
        // Reading a directory or socket put in the file's place fails: that is a replacement.
        if (!src.isWalked(fs.fstatSync(src.fd, { bigint: true }))) return null;
        throw err;
      }
      const now = fs.fstatSync(src.fd, { bigint: true });
      if (!src.isWalked(now)) return null;
      src.checkUnchanged(read.shrank, now);
      return read.segments;
    } finally {
      src.close();
    }
  }

  private static openUnchecked(path: Buffer, name: Buffer, st: WalkedStats, opts: ReadOptions, report: Reporter): FileSource | null {
    let opened: OpenedForReading;
    try {
      opened = openForReading(path, opts.keepAtime);
    } catch (err) {
      const code = errnoCode(err);
      if (code === 'ENOENT') report.problem(name, 'vanished before it could be read; not stored');
      else if (code === 'ELOOP') report.problem(name, 'was replaced by a symbolic link before it could be read; not stored');
      else report.problem(name, `cannot open for reading (${(err as Error).message}); not stored`);
      return null;
    }
    return new FileSource(opened.fd, name, st, opened.writeBackAtime, report, opts.alloc ?? Buffer.allocUnsafe);
  }

  /** Whether the open file is the one the walk found; reported when it is not. */
  private isWalked(now: BigIntStats): boolean {
    if (now.isFile() && now.ino === this.st.ino && now.dev === this.st.dev) return true;
    this.report.problem(this.name, 'was replaced by another file before it could be read; not stored');
    return false;
  }

  /** The data regions [start, end) below the walk-time size: the whole file, or the data between holes. */
  *regions(): Generator<[number, number]> {
    const size = Number(this.st.size);
    if (this.st.blocks * 512n >= this.st.size) {
      if (size > 0) yield [0, size];
      return;
    }
    for (let pos = 0; pos < size; ) {
      const d = fsx.seekData(this.fd, pos);
      if (d < 0 || d >= size) return;
      const h = fsx.seekHole(this.fd, d);
      pos = h < 0 ? size : Math.min(h, size);
      yield [d, pos];
    }
  }

  private claim(): void {
    if (this.used) throw new Error('file content was already read');
    this.used = true;
  }

  /** Reads the data regions into memory at once (small files, up to CHUNK bytes). */
  private readRegions(): { segments: DataSegment[]; shrank: boolean } {
    const segments: DataSegment[] = [];
    let shrank = false;
    for (const [start, end] of this.regions()) {
      const buf = this.alloc(end - start);
      let got = 0;
      while (got < buf.length && !shrank) {
        const n = fs.readSync(this.fd, buf, got, buf.length - got, start + got);
        shrank = n === 0; // the rest up to the walk-time size stays a hole: zeros on restore
        got += n;
      }
      if (got) segments.push({ offset: BigInt(start), data: got === buf.length ? buf : buf.subarray(0, got) });
      if (shrank) break;
    }
    return { segments, shrank };
  }

  [Symbol.asyncIterator](): AsyncGenerator<DataSegment> {
    return (this.reading = this.segments());
  }

  /**
   * The content for ArchiveWriter.writeSource, read straight into the writer's memory. Call
   * finish() once it has been written whole, and release() in any case.
   */
  direct(): DirectSource {
    this.claim();
    return {
      regions: () => this.regions(),
      read: async (dst, at, position, length) => {
        const { bytesRead } = await readAsync(this.fd, dst, at, length, position);
        // The next chunk is on its way from the disk while this one is compressed.
        if (bytesRead === length) packio().willNeed(this.fd, position + length, length);
        // A short read is the end of a file that shrank: the rest up to the walk-time size stays a hole (zeros on restore).
        if (bytesRead < length) this.shrank = true;
        return bytesRead;
      },
    };
  }

  /** After direct reads of the whole content: reports a file that changed meanwhile. */
  finish(): void {
    this.checkUnchanged(this.shrank);
  }

  /** Ends reading wherever it is (the consumer is done with the content) and closes the file. */
  async release(): Promise<void> {
    await this.reading?.return(undefined);
    this.close();
  }

  /** The reads of a large file: [offset, length] of each chunk of each data region. */
  private *chunks(): Generator<[number, number]> {
    for (const [start, end] of this.regions()) for (let off = start; off < end; off += CHUNK) yield [off, Math.min(CHUNK, end - off)];
  }

  /**
   * Reads chunk by chunk (large files), one chunk ahead: the next chunk is read by the thread
   * pool while the consumer handles this one, so at most two chunks from `alloc` are in use.
   */
  async *segments(): AsyncGenerator<DataSegment> {
    this.claim();
    let shrank = false;
    const read = (off: number, want: number): Promise<DataSegment> => {
      const buf = this.alloc(want);
      const p = readAsync(this.fd, buf, 0, want, off).then(({ bytesRead }) => ({ offset: BigInt(off), data: bytesRead === want ? buf : buf.subarray(0, bytesRead) }));
      p.catch(() => undefined); // a read that fails while the consumer works is rethrown when awaited
      return p;
    };
    let ahead: Promise<DataSegment> | undefined;
    try {
      const plan = this.chunks();
      let next = plan.next();
      ahead = next.done ? undefined : read(...next.value);
      while (ahead) {
        const seg = await ahead;
        const wanted = next.value as [number, number];
        next = plan.next();
        // A short read is the end of a file that shrank: the rest up to the walk-time size stays a hole (zeros on restore).
        shrank = seg.data.length < wanted[1];
        ahead = next.done || shrank ? undefined : read(...next.value);
        if (seg.data.length) yield seg;
      }
      this.checkUnchanged(shrank);
    } finally {
      // Left early: the read in flight must finish before its descriptor is closed.
      await ahead?.catch(() => undefined);
      this.close();
    }
  }

  private checkUnchanged(shrank: boolean, now = fs.fstatSync(this.fd, { bigint: true })): void {
    reportChange(this.report, this.name, this.st, now.size, shrank, now.mtimeNs !== this.st.mtimeNs);
  }

  close(): void {
    if (this.fd < 0) return;
    if (this.writeBackAtime) {
      try {
        fsx.futimens(this.fd, this.st.atimeNs, -1n);
      } catch (err) {
        this.report.note(this.name, `cannot restore the access time: ${(err as Error).message}`);
      }
    }
    fs.closeSync(this.fd);
    this.fd = -1;
  }
}

/**
 * Reports a file that changed while it was read: `walked` is its lstat from the walk, `nowSize`
 * its size after reading, `shrank` whether reading ended before the walk-time size.
 */
export function reportChange(report: Reporter, name: Buffer, walked: WalkedStats, nowSize: bigint, shrank: boolean, modified: boolean): void {
  if (shrank || nowSize < walked.size) {
    report.problem(name, `shrank while being read (from ${walked.size} to ${nowSize} bytes); the missing end is stored as zeros`);
  } else if (nowSize !== walked.size) {
    report.problem(name, `grew while being read (from ${walked.size} to ${nowSize} bytes); stored the first ${walked.size} bytes`);
  } else if (modified) {
    report.problem(name, 'was modified while being read; the stored content may mix old and new data');
  }
}
