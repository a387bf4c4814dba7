// Entries written to the stream, kept in a temporary file until the server has confirmed the
// session: only then are their positions known (the SessionSummary's tape files) and only then
// may they enter the filelist, which must hold exactly what reached the tape.
import type { EntryType } from '../../../protocol/archive/entry.js';
import { OffsetLog } from '../../remote/offset-log.js';
import type { StreamMap } from '../../remote/positions.js';
import type { FileState, FilelistEntry } from '../filelist/types.js';

// Every EntryType has its code: the compiler refuses this table when a type is added without one.
const TYPE_CODE = { file: 0, directory: 1, symlink: 2, hardlink: 3, fifo: 4, socket: 5, chardev: 6, blockdev: 7, command: 8 } as const satisfies Record<EntryType, number>;
const TYPES = Object.keys(TYPE_CODE) as EntryType[];

// A record: type (u8), unstable (u8), uid (u32), size, mtime, ctime (signed: before 1970),
// inode, dev (u64 each, little-endian), then the name's bytes. native/copy-lines.c reads them
// too: a change here is a change there.
const UID = 2;
const SIZE = 6;
const MTIME = 14;
const CTIME = 22;
const INODE = 30;
const DEV = 38;
const NAME = 46;

// The 64-bit fields go through DataViews: their BigInt reads and writes are built into the
// engine, Buffer's are JavaScript, slow until optimized; these run once per entry and run.
/** A DataView over `b`'s memory: `last` when it is one already (entries share the log's buffers). */
const viewOver = (b: Uint8Array, last: DataView<ArrayBufferLike>): DataView<ArrayBufferLike> => (last.buffer === b.buffer ? last : new DataView(b.buffer));
const NO_VIEW: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));

export class EntryLog {
  private readonly log: OffsetLog;
  /** Over the log's buffer, made anew when the log's buffer is another. */
  private view = NO_VIEW;

  constructor(tmpDir?: string) {
    this.log = new OffsetLog('afbackup-run-', tmpDir);
  }

  get count(): number {
    return this.log.count;
  }

  /** An entry the archive writer has written: its record starts at `streamOffset` of the session's stream. */
  add(name: Buffer, uid: number, state: FileState, unstable: boolean, streamOffset: bigint): void {
    const at = this.log.reserve(streamOffset, NAME + name.length);
    const b = this.log.buffer;
    const v = (this.view = viewOver(b, this.view));
    const o = b.byteOffset + at;
    b[at] = TYPE_CODE[state.type];
    b[at + 1] = unstable ? 1 : 0;
    v.setUint32(o + UID, uid, true);
    v.setBigUint64(o + SIZE, state.size, true);
    v.setBigInt64(o + MTIME, state.mtimeNs, true);
    v.setBigInt64(o + CTIME, state.ctimeNs, true);
    v.setBigUint64(o + INODE, state.inode, true);
    v.setBigUint64(o + DEV, state.dev, true);
    name.copy(b, at + NAME);
  }

  /** The log's file, every entry written to it (its records are read by native/copy-lines.c too). */
  file(): string {
    return this.log.flushedFile();
  }

  /**
   * The entries with their tape positions, in batches; throws when the map lacks an offset.
   * Batches of 512 by default: the rows of the filelist's largest INSERT, and few entries alive
   * at a time (each young-generation collection copies what is alive; 2000 cost more).
   */
  *located(map: StreamMap, batchSize = 512): Generator<FilelistEntry[]> {
    let batch: FilelistEntry[] = [];
    let view = NO_VIEW;
    for (const { loc, streamOffset, payload: p } of this.log.records(map)) {
      view = viewOver(p, view);
      const at = p.byteOffset;
      batch.push({
        name: Buffer.from(p.subarray(NAME)),
        type: TYPES[p[0]!]!,
        size: view.getBigUint64(at + SIZE, true),
        uid: view.getUint32(at + UID, true),
        mtimeNs: view.getBigInt64(at + MTIME, true),
        ctimeNs: view.getBigInt64(at + CTIME, true),
        inode: view.getBigUint64(at + INODE, true),
        dev: view.getBigUint64(at + DEV, true),
        unstable: p[1] === 1,
        cartridge: loc.cartridge,
        tapeFile: loc.tapeFile,
        block: loc.block,
        blockOffset: loc.offsetInBlock,
        streamOffset,
      });
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  dispose(): void {
    this.log.dispose();
  }
}
