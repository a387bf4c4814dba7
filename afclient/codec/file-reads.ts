// Small regular files read on the thread that encodes their batch (full_backup and
// incr_backup). The packer's thread puts the record in the batch with room for the file's
// walk-time size, and beside it the file's path and walk-time identity; the encoding reads the
// file into that room (native/packio-read.h, on an encoding thread) just before
// compressing it. The packer's thread keeps its lstat, header and metadata work, while the
// opening and copying of thousands of files runs beside it. A file found otherwise than whole
// and unchanged is settled on the writer's thread by SmallFile (node:fs for anything unusual),
// whose reports are collected and handed back with the batch, to be reported by the packer's
// thread under the entry's name, before the writer announces the entry as written.
import { UNCHANGED } from '../pack/packio.js';
import { SmallFile } from '../pack/small-file.js';
import type { WalkedStats } from '../pack/file-source.js';
import type { Reporter } from '../report.js';

/** A file to read in the encoding thread: its path, the walk's lstat fields, whether to leave its atime alone. */
export interface FileRead {
  path: Buffer;
  st: WalkedStats;
  keepAtime: boolean;
}

/** One message SmallFile gave about a file, in order. */
export interface FileReport {
  kind: 'problem' | 'note';
  message: string;
}

/**
 * What became of a file read in the encoding thread: not stored (it vanished or was replaced), or
 * stored, maybe cut short by a read error (the record is marked incomplete); with the reports.
 */
export interface FileOutcome {
  stored: boolean;
  readError?: string;
  reports: readonly FileReport[];
}

// Fields of a file's identity in FileReads.stats, in this order.
const STAT_FIELDS = 6;

/** The files of one batch as they go to an encoding thread: a few typed arrays, which encodeBatch copies. */
export interface FileReads {
  /** The paths, one after the other. */
  paths: Uint8Array;
  /** End of each file's path in `paths`. */
  pathEnds: Float64Array;
  /** STAT_FIELDS per file: ino, dev, size, blocks, mtime ns, atime ns. */
  stats: BigInt64Array;
  /** 1 where the file's atime is to be left alone. */
  keepAtime: Uint8Array;
}

/** Collects a batch's FileReads on the packer's thread. */
export class FileReadList {
  private paths: Buffer[] = [];
  private stats: bigint[] = [];
  private keepAtime: number[] = [];

  get count(): number {
    return this.paths.length;
  }

  add(f: FileRead): void {
    this.paths.push(f.path);
    this.stats.push(f.st.ino, f.st.dev, f.st.size, f.st.blocks, f.st.mtimeNs, f.st.atimeNs);
    this.keepAtime.push(f.keepAtime ? 1 : 0);
  }

  /**
   * The list as it travels; the list itself is left empty, so that the batch, which waits until
   * it is written, no longer keeps every file's path and numbers alive.
   */
  pack(): FileReads {
    const pathEnds = new Float64Array(this.paths.length);
    let end = 0;
    this.paths.forEach((p, i) => (pathEnds[i] = end += p.length));
    const reads = { paths: Buffer.concat(this.paths, end), pathEnds, stats: BigInt64Array.from(this.stats), keepAtime: Uint8Array.from(this.keepAtime) };
    this.paths = [];
    this.stats = [];
    this.keepAtime = [];
    return reads;
  }
}

/** The outcomes of a batch's files, as they travel back: bytes placed per file (-1: not stored), and the messages. */
export interface FileResults {
  got: Float64Array;
  events: { file: number; kind: FileReport['kind'] | 'readError'; message: string }[];
}

/** Collects SmallFile's messages about the file being read. */
export class Collector implements Reporter {
  file = 0;
  problems = 0;
  constructor(private readonly events: FileResults['events']) {}
  problem(_name: Buffer | string, message: string): void {
    this.events.push({ file: this.file, kind: 'problem', message });
  }
  note(_name: Buffer | string, message: string): void {
    this.events.push({ file: this.file, kind: 'note', message });
  }
}

const NO_NAME = Buffer.alloc(0);

/** Numbers per file in the reads' `out` (packio: bytes read, size after reading, errno of a failed atime restore). */
export const READ_OUT_LEN = 3;

/**
 * Settles the reads of `reads`' files into their room, dst[ats[i]..] (room for its walk-time
 * size), from what packio's native reads found (status[i] and out[READ_OUT_LEN * i ..]): sets
 * results.got[i], the bytes placed, -1 when the file is not stored, 0 when a read error stopped
 * it (recorded in `results`). A file read otherwise than whole and unchanged is settled by
 * SmallFile, which reads it again through node:fs where needed and says why. Returns 1 for each
 * file a read error stopped.
 */
export function settleReads(reads: FileReads, dst: Buffer, ats: Float64Array, status: Int32Array, out: Float64Array, results: FileResults, collector: Collector): Uint8Array {
  const n = reads.pathEnds.length;
  const failed = new Uint8Array(n);
  for (let f = 0; f < n; f++) {
    // The usual outcome, read whole and unchanged with nothing to tell, needs no SmallFile.
    if (status[f] === UNCHANGED && out[READ_OUT_LEN * f + 2] === 0) {
      results.got[f] = out[READ_OUT_LEN * f]!;
      continue;
    }
    collector.file = f;
    try {
      results.got[f] = smallFile(reads, f, collector).outcome(status[f]!, out, READ_OUT_LEN * f, dst, ats[f]!) ?? -1;
    } catch (err) {
      results.events.push({ file: f, kind: 'readError', message: (err as Error).message });
      results.got[f] = 0;
      failed[f] = 1;
    }
  }
  return failed;
}

/** File `file` of `reads` as a SmallFile that reports to `collector`. */
function smallFile(reads: FileReads, file: number, collector: Collector): SmallFile {
  const start = file === 0 ? 0 : reads.pathEnds[file - 1]!;
  const path = Buffer.from(reads.paths.buffer, reads.paths.byteOffset + start, reads.pathEnds[file]! - start);
  const s = reads.stats.subarray(file * STAT_FIELDS, (file + 1) * STAT_FIELDS);
  const st: WalkedStats = { ino: s[0]!, dev: s[1]!, size: s[2]!, blocks: s[3]!, mtimeNs: s[4]!, atimeNs: s[5]! };
  return new SmallFile(path, NO_NAME, st, { keepAtime: reads.keepAtime[file] === 1 }, collector);
}

export function fileResults(count: number): { results: FileResults; collector: Collector } {
  const results: FileResults = { got: new Float64Array(count), events: [] };
  return { results, collector: new Collector(results.events) };
}

const READ_WHOLE: FileOutcome = Object.freeze({ stored: true, reports: Object.freeze([]) });
const NOT_STORED: FileOutcome = Object.freeze({ stored: false, reports: Object.freeze([]) });

/** The results of a batch's files, one FileOutcome per file (shared, frozen ones for those nothing was said about). */
export function outcomesOf(r: FileResults): FileOutcome[] {
  const out: FileOutcome[] = Array.from(r.got, (got) => (got >= 0 ? READ_WHOLE : NOT_STORED));
  const said = new Map<number, { stored: boolean; readError?: string; reports: FileReport[] }>();
  for (const e of r.events) {
    let o = said.get(e.file);
    if (!o) said.set(e.file, (o = { stored: out[e.file]!.stored, reports: [] }));
    if (e.kind === 'readError') o.readError = e.message;
    else o.reports.push({ kind: e.kind, message: e.message });
  }
  for (const [file, o] of said) out[file] = o;
  return out;
}
