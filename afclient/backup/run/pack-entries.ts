// The stream of a backup run: the minimum restore information block first (so it lands in the
// first block of the run's first tape file, where a tape scan reads it), then the archive of
// the selected entries (command and raw entries first). Every entry the archive writer has
// written is logged with the state it was read in and its stream offset; the filelist takes
// them once the server confirms.
import fs, { type BigIntStats } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import type { DataSegment } from '../../../protocol/archive/entry.js';
import { ArchiveWriter, type CodecSpec } from '../../../protocol/archive/index.js';
import { errnoCode } from '../../fsx.js';
import { commandMeta, dumpOutput } from '../../pack/dump-command.js';
import { CHUNK } from '../../pack/file-source.js';
import { lstatEntry, statOf, type EntryStat } from '../../pack/entry-stat.js';
import { baseMeta, devNumbers } from '../../pack/meta.js';
import { noCompressMatcher } from '../../pack/no-compress.js';
import { prepare, type PackItem } from '../../pack/packer.js';
import { ItemQueue } from '../../pack/write-item.js';
import type { Reporter } from '../../report.js';
import { isUnstable } from '../change-detection.js';
import type { FileState } from '../filelist/types.js';
import type { EntryLog } from './entry-log.js';
import { commandState, type SpecialEntry } from './select-entries.js';
import type { SelectedEntry, SelectedList } from './selected-list.js';

const readAt = promisify(fs.read);
// Bytes of batches in flight (each counted at its buffer's size, 4 MiB and more, however full):
// with 32 MiB the codec threads can run some batches ahead of the socket, which the server
// drains in bursts; with 16 MiB (three batches) a full backup of bench/mktree scale 1 took
// about 3 % longer.
const WRITER_BUDGET = 32 << 20;

export interface PackProgress {
  entries: number;
  bytes: bigint;
}

export interface PackRunOptions {
  /** Written before the archive: the encoded minimum restore information. */
  infoBlock: Buffer;
  /** The selected entries, taken in arrays (SelectedList.arrays): one await per array, not per entry. */
  entries: Pick<SelectedList, 'arrays'>;
  /** Command and raw entries, saved before `entries`. */
  specials: readonly SpecialEntry[];
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


/**
 * First in, first out, in amortized constant time: thousands of small files can wait in the
 * writer at once, and Array.prototype.shift copies the whole array when it is that long.
 */
export class Fifo<T> {
  private items: (T | undefined)[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  first(): T | undefined {
    return this.items[this.head];
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

export async function packRun(sink: (chunk: Buffer) => Promise<void>, o: PackRunOptions): Promise<PackResult> {
  await sink(o.infoBlock);
  const base = BigInt(o.infoBlock.length);
  // Entries queued in the writer, in order, with what the filelist records about them: one
  // object each (thousands wait in the writer at once).
  const queued = new Fifo<QueuedEntry>();
  const damaged = new Set<string>();
  let entries = 0;
  let bytes = 0n;
  const writer = new ArchiveWriter(sink, {
    codec: o.codec,
    memoryBudget: WRITER_BUDGET,
    onWritten: (w) => {
      // Entries whose content failed entirely were never written: drop them from the front.
      while (queued.size > 0 && !queued.first()!.name.equals(w.meta.name)) queued.shift();
      const q = queued.shift();
      if (!q) return;
      const unstable = (damaged.size > 0 && damaged.delete(q.name.toString('latin1'))) || isUnstable(q, o.runStartNs);
      o.log.add(q.name, q.uid, q, unstable, base + w.streamOffset);
      entries++;
      bytes += q.size;
      o.onProgress?.({ entries, bytes });
    },
  });
  // Settled before onWritten tells of the entry (a small file: once a codec thread has read it).
  const queue = new ItemQueue(writer, o.report, (written, meta) => {
    if (!written.stored || written.readError === undefined) return;
    // Stored incomplete: recorded as unstable, so the next run saves it again.
    damaged.add(meta.name.toString('latin1'));
    o.report.problem(meta.name, `read error (${written.readError}); stored incomplete, saved again by the next run`);
  });
  const put = (item: PackItem, state: QueuedEntry): Promise<void> | undefined => {
    queued.push(state);
    return queue.put(item);
  };
  for (const s of o.specials) {
    const stop = o.aborted();
    if (stop) throw stop;
    if (s.kind === 'command') {
      const meta = commandMeta(s.spec);
      const item: PackItem = { meta, content: dumpOutput(meta, s.spec, s.cwd, o.report), compress: true };
      await put(item, queuedAs(item, commandState(meta.mtimeNs)));
      continue;
    }
    const raw = await openRaw(s, o.report);
    if (!raw) continue;
    try {
      await put(raw.item, queuedAs(raw.item, raw.state));
    } finally {
      raw.dispose();
    }
  }
  const noCompress = noCompressMatcher(o.doNotProcess);
  const firstNames = new Map<string, Buffer>();
  // One entry: undefined once it is queued, or a promise to wait for (the writer's backpressure).
  const packOne = (e: SelectedEntry): Promise<void> | undefined => {
    const stop = o.aborted();
    if (stop) throw stop;
    let st: EntryStat;
    try {
      st = lstatEntry(e.path);
    } catch (err) {
      o.report.problem(e.name, (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'vanished before it could be read; not saved' : `cannot stat (${(err as Error).message}); not saved`);
      return undefined;
    }
    // The access time is left as reading makes it: writing it back would change the ctime,
    // and the next incremental would save the file again.
    const item = prepare({ name: e.name, path: e.path, st }, firstNames, { selection: {}, noCompress, keepAtime: false, report: o.report });
    if (!item) return undefined;
    return put(item, queuedEntry(item, st));
  };
  // No promise per entry: an await only per array, and where the writer makes one wait.
  for await (const batch of o.entries.arrays()) {
    for (const e of batch) {
      const wait = packOne(e);
      if (wait) await wait;
    }
  }
  const stop = o.aborted();
  if (stop) throw stop;
  const done = await writer.finish();
  return { entries, bytes, streamBytes: base + done.bytes };
}

/** An entry queued in the writer: its name and owner, and the state the filelist records. */
interface QueuedEntry extends FileState {
  name: Buffer;
  uid: number;
}

/** A command or raw entry's state as queued. */
const queuedAs = (item: PackItem, state: FileState): QueuedEntry => ({ ...state, name: item.meta.name, uid: item.meta.uid });

/**
 * A walked entry as queued, with the state change detection compares (as stateFromStats makes it
 * of node:fs's lstat): the type is the filesystem's, so a second hard link is a 'file' here
 * though the archive stores a link. One object per entry: thousands wait in the writer.
 */
function queuedEntry(item: PackItem, st: EntryStat): QueuedEntry {
  const { name, uid } = item.meta;
  return { name, uid, type: st.type, size: st.type === 'file' ? st.size : 0n, mtimeNs: st.mtimeNs, ctimeNs: st.ctimeNs, inode: st.ino, dev: st.dev };
}

interface RawItem {
  item: PackItem;
  state: FileState;
  dispose: () => void;
}

/**
 * A raw entry (-r, -R): the contents of a regular file or device, stored as a regular file of
 * that name. The archive header carries the size before the content, so it must be known first:
 * a regular file's from fstat, a block device's from sysfs (lseek cannot tell it: SEEK_HOLE is
 * EINVAL on block devices); a character device has no size and is read once into a temporary
 * file, which then is stored.
 */
async function openRaw(s: Extract<SpecialEntry, { kind: 'raw' }>, report: Reporter): Promise<RawItem | null> {
  let fd: number;
  try {
    fd = fs.openSync(s.path, fs.constants.O_RDONLY);
  } catch (err) {
    report.problem(s.name, errnoCode(err) === 'ENOENT' ? 'vanished before it could be read; not saved' : `cannot open for reading (${(err as Error).message}); not saved`);
    return null;
  }
  let spool: string | undefined;
  const dispose = (): void => {
    if (fd >= 0) fs.closeSync(fd);
    if (spool) fs.rmSync(spool, { recursive: true, force: true });
  };
  try {
    const st = fs.fstatSync(fd, { bigint: true });
    let size = st.isFile() ? st.size : st.isBlockDevice() ? blockDeviceSize(st) : undefined;
    if (size === undefined) {
      if (!st.isBlockDevice() && !st.isCharacterDevice()) {
        report.problem(s.name, 'is neither a regular file nor a device: a raw entry (-r, -R) cannot save it; not saved');
        dispose();
        return null;
      }
      spool = fs.mkdtempSync(path.join(os.tmpdir(), 'afbackup-raw-'));
      const copy = path.join(spool, 'contents');
      await pipeline(fs.createReadStream('', { fd, autoClose: false }), fs.createWriteStream(copy, { mode: 0o600 }));
      const device = fd;
      fd = -1;
      fs.closeSync(device);
      fd = fs.openSync(copy, fs.constants.O_RDONLY);
      size = fs.fstatSync(fd, { bigint: true }).size;
    }
    const meta = baseMeta(s.name, statOf(st), 'file');
    meta.size = size;
    const state: FileState = { type: 'file', size, mtimeNs: st.mtimeNs, ctimeNs: st.ctimeNs, inode: st.ino, dev: st.dev };
    return { item: { meta, content: readRaw(fd, size), compress: s.compress }, state, dispose };
  } catch (err) {
    report.problem(s.name, `cannot read its raw contents (${(err as Error).message}); not saved`);
    dispose();
    return null;
  }
}

/** The size sysfs gives in 512-byte sectors, whatever the device's logical block size. */
function blockDeviceSize(st: BigIntStats): bigint | undefined {
  const { devMajor, devMinor } = devNumbers(st.rdev);
  try {
    return BigInt(fs.readFileSync(`/sys/dev/block/${devMajor}:${devMinor}/size`, 'utf8').trim()) * 512n;
  } catch {
    return undefined; // no sysfs: read once into a temporary file, like a character device
  }
}

async function* readRaw(fd: number, size: bigint): AsyncGenerator<DataSegment> {
  for (let offset = 0n; offset < size; ) {
    const want = Number(size - offset < BigInt(CHUNK) ? size - offset : BigInt(CHUNK));
    const data = Buffer.allocUnsafe(want);
    const { bytesRead } = await readAt(fd, data, 0, want, Number(offset));
    if (bytesRead === 0) throw new Error(`ended after ${offset} of ${size} bytes`);
    yield { offset, data: data.subarray(0, bytesRead) };
    offset += BigInt(bytesRead);
  }
}
