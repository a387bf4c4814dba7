// A small regular file (at most CHUNK bytes, no holes) read straight into the archive writer's
// memory by one native call (native/packio.c: open, read, fstat, close). The usual outcome, a
// file read whole or one that changed while read, is handled here; anything unusual (it cannot
// be opened, a read error, it is no longer the file the walk found) is read once more through
// FileSource, which reports it exactly as for every other file. full_backup and incr_backup have
// it read by the encoding thread that compresses it (request(), afclient/codec/file-reads.ts), and
// report what that thread collected (replayReports).
import { getSystemErrorName } from 'node:util';
import type { FileOutcome, FileRead } from '../codec/file-reads.js';
import type { DataSegment } from '../../protocol/archive/entry.js';
import type { Reporter } from '../report.js';
import { FileSource, reportChange, type ReadOptions, type WalkedStats } from './file-source.js';
import { FALLBACK, KEEP_ATIME, MODIFIED, packio, SHRANK, UNCHANGED } from './packio.js';

// Arguments and results of the native call, reused: it runs once per small file.
const expect = new BigInt64Array(5);
const out = new Float64Array(3);

export class SmallFile implements AsyncIterable<DataSegment> {
  constructor(
    private readonly path: Buffer,
    private readonly name: Buffer,
    private readonly st: WalkedStats,
    private readonly opts: ReadOptions,
    private readonly report: Reporter,
  ) {}

  /**
   * Reads the file into `dst` at `at` (room for its walk-time size); returns the bytes placed,
   * or null when it is not stored (vanished or replaced: reported). A read error is thrown.
   */
  readInto(dst: Buffer, at: number): number | null {
    const { st } = this;
    expect[0] = st.ino;
    expect[1] = st.dev;
    expect[2] = st.size;
    expect[3] = st.mtimeNs;
    expect[4] = st.atimeNs;
    const status = packio().readSmall(this.path, dst, at, expect, this.opts.keepAtime ? KEEP_ATIME : 0, out);
    return this.outcome(status, out, 0, dst, at);
  }

  /**
   * What the native read's `status` and its three numbers at out[o ..] mean for the file read
   * into dst[at..]: the bytes placed, or null when it is not stored; a read error is thrown.
   */
  outcome(status: number, out: Float64Array, o: number, dst: Buffer, at: number): number | null {
    if (status === FALLBACK) return this.readAgain(dst, at);
    const got = out[o]!;
    if (status !== UNCHANGED) reportChange(this.report, this.name, this.st, BigInt(out[o + 1]!), status === SHRANK, status === MODIFIED);
    if (out[o + 2]) this.report.note(this.name, `cannot restore the access time: ${getSystemErrorName(-out[o + 2]!)}`);
    return got;
  }

  /** The file for an encoding thread to read (ArchiveWriter.writeFile). */
  request(): FileRead {
    return { path: this.path, st: this.st, keepAtime: this.opts.keepAtime };
  }

  /** Through FileSource, which tells what went wrong: null when not stored, a read error thrown. */
  private readAgain(dst: Buffer, at: number): number | null {
    const segments = FileSource.readSmall(this.path, this.name, this.st, this.opts, this.report);
    if (!segments) return null;
    // Without holes (checked at walk time, which FileSource reads by) the content is at most one
    // run from offset 0.
    const run = segments[0];
    run?.data.copy(dst, at);
    return run?.data.length ?? 0;
  }

  /** The content for consumers other than the archive writer: read whole when iterated. */
  async *[Symbol.asyncIterator](): AsyncGenerator<DataSegment> {
    const segments = FileSource.readSmall(this.path, this.name, this.st, this.opts, this.report);
    if (segments) yield* segments;
  }
}

/** Reports, under the file's name, what the encoding thread that read it reported. */
export function replayReports(o: FileOutcome, name: Buffer, report: Reporter): void {
  for (const r of o.reports) report[r.kind](name, r.message);
}
