// The stream of a backup run: the minimum restore information block first (so it lands in the
// first block of the run's first tape file, where a tape scan reads it), then the archive of
// the selected entries. Every entry the archive writer has written is logged with the state
// it was read in and its stream offset; the filelist takes them once the server confirms.
import fs, { type BigIntStats } from 'node:fs';
import { ArchiveWriter, type CodecSpec } from '../../../protocol/archive/index.js';
import { noCompressMatcher } from '../../pack/no-compress.js';
import { prepare } from '../../pack/packer.js';
import { writePackItem } from '../../pack/write-item.js';
import type { Reporter } from '../../report.js';
import { isUnstable, stateFromStats } from '../change-detection.js';
import type { FileState } from '../filelist/types.js';
import type { EntryLog } from './entry-log.js';
import type { SelectedEntry } from './selected-list.js';

const WRITER_BUDGET = 16 << 20;
// Below this much file data, compression threads cost more to start than they save.
const THREADS_FROM_BYTES = 16n << 20n;

export interface PackProgress {
  entries: number;
  bytes: bigint;
}

export interface PackRunOptions {
  /** Written before the archive: the encoded minimum restore information. */
  infoBlock: Buffer;
  entries: AsyncIterable<SelectedEntry>;
  /** Bytes of the files selected (decides whether compression threads are worth starting). */
  bytes: bigint;
  codec: CodecSpec;
  doNotProcess: readonly string[];
  runStartNs: bigint;
  log: EntryLog;
  report: Reporter;
  /** Checked between entries: an interrupted run stops writing. */
  aborted: () => Error | undefined;
  onProgress?: (p: PackProgress) => void;
}

export interface PackResult {
  entries: number;
  /** File bytes read. */
  bytes: bigint;
  /** Stream bytes (info block and archive). */
  streamBytes: bigint;
}


export async function packRun(sink: (chunk: Buffer) => Promise<void>, o: PackRunOptions): Promise<PackResult> {
  await sink(o.infoBlock);
  const base = BigInt(o.infoBlock.length);
  // Entries queued in the writer, in order, with what the filelist records about them.
  const queued: { name: Buffer; state: FileState; uid: number }[] = [];
  const damaged = new Set<string>();
  let entries = 0;
  let bytes = 0n;
  const writer = new ArchiveWriter(sink, {
    codec: o.codec,
    memoryBudget: WRITER_BUDGET,
    ...(o.bytes < THREADS_FROM_BYTES ? { workers: 0 } : {}),
    onWritten: (w) => {
      // Entries whose content failed entirely were never written: drop them from the front.
      while (queued.length > 0 && !queued[0]!.name.equals(w.meta.name)) queued.shift();
      const q = queued.shift();
      if (!q) return;
      const key = q.name.toString('latin1');
      const unstable = damaged.delete(key) || isUnstable(q.state, o.runStartNs);
      o.log.add({ ...q.state, unstable, name: q.name, uid: q.uid, streamOffset: base + w.streamOffset });
      entries++;
      bytes += q.state.size;
      o.onProgress?.({ entries, bytes });
    },
  });
  const noCompress = noCompressMatcher(o.doNotProcess);
  const firstNames = new Map<string, Buffer>();
  for await (const e of o.entries) {
    const stop = o.aborted();
    if (stop) throw stop;
    let st: BigIntStats;
    try {
      st = fs.lstatSync(e.path, { bigint: true });
    } catch (err) {
      o.report.problem(e.name, (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'vanished before it could be read; not saved' : `cannot stat (${(err as Error).message}); not saved`);
      continue;
    }
    // The access time is left as reading makes it: writing it back would change the ctime,
    // and the next incremental would save the file again.
    const item = prepare({ name: e.name, path: e.path, st }, firstNames, { selection: {}, noCompress, keepAtime: false, report: o.report });
    if (!item) continue;
    queued.push({ name: e.name, state: stateFromStats(st), uid: item.meta.uid });
    const readError = await writePackItem(writer, item);
    if (readError !== undefined) {
      // Stored incomplete: recorded as unstable, so the next run saves it again.
      damaged.add(e.name.toString('latin1'));
      o.report.problem(e.name, `read error (${readError}); stored incomplete, saved again by the next run`);
    }
  }
  const stop = o.aborted();
  if (stop) throw stop;
  const done = await writer.finish();
  return { entries, bytes, streamBytes: base + done.bytes };
}
