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
// inode, dev (u64 each, little-endian), then the name's bytes.
const UID = 2;
const SIZE = 6;
const MTIME = 14;
const CTIME = 22;
const INODE = 30;
const DEV = 38;
const NAME = 46;

export class EntryLog {
  private readonly log: OffsetLog;

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
    b[at] = TYPE_CODE[state.type];
    b[at + 1] = unstable ? 1 : 0;
    b.writeUInt32LE(uid, at + UID);
    b.writeBigUInt64LE(state.size, at + SIZE);
    b.writeBigInt64LE(state.mtimeNs, at + MTIME);
    b.writeBigInt64LE(state.ctimeNs, at + CTIME);
    b.writeBigUInt64LE(state.inode, at + INODE);
    b.writeBigUInt64LE(state.dev, at + DEV);
    name.copy(b, at + NAME);
  }

  /** The entries with their tape positions, in batches; throws when the map lacks an offset. */
  *located(map: StreamMap, batchSize = 2000): Generator<FilelistEntry[]> {
    let batch: FilelistEntry[] = [];
    for (const { loc, streamOffset, payload: p } of this.log.records(map)) {
      batch.push({
        name: Buffer.from(p.subarray(NAME)),
        type: TYPES[p[0]!]!,
        size: p.readBigUInt64LE(SIZE),
        uid: p.readUInt32LE(UID),
        mtimeNs: p.readBigInt64LE(MTIME),
        ctimeNs: p.readBigInt64LE(CTIME),
        inode: p.readBigUInt64LE(INODE),
        dev: p.readBigUInt64LE(DEV),
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
