// Entries written to the stream, kept in a temporary file until the server has confirmed the
// session: only then are their positions known (the SessionSummary's tape files) and only then
// may they enter the filelist, which must hold exactly what reached the tape.
import type { EntryType } from '../../../protocol/archive/entry.js';
import { OffsetLog } from '../../remote/offset-log.js';
import type { StreamMap } from '../../remote/positions.js';
import type { FileState, FilelistEntry } from '../filelist/types.js';

export class EntryLog {
  private readonly log: OffsetLog;

  constructor(tmpDir?: string) {
    this.log = new OffsetLog('afbackup-run-', tmpDir);
  }

  get count(): number {
    return this.log.count;
  }

  /**
   * An entry the archive writer has written: its record starts at `streamOffset` of the
   * session's stream. The name in base64, the quickest of Buffer's encodings both ways.
   */
  add(name: Buffer, uid: number, state: FileState, unstable: boolean, streamOffset: bigint): void {
    this.log.add(streamOffset, `${name.toString('base64')} ${state.type} ${state.size} ${uid} ${state.mtimeNs} ${state.ctimeNs} ${state.inode} ${state.dev} ${unstable ? 1 : 0}`);
  }

  /** The entries with their tape positions, in batches; throws when the map lacks an offset. */
  *located(map: StreamMap, batchSize = 2000): Generator<FilelistEntry[]> {
    let batch: FilelistEntry[] = [];
    for (const { loc, streamOffset, text } of this.log.located(map)) {
      const [name, type, size, uid, mtime, ctime, ino, dev, unstable] = text.split(' ');
      batch.push({
        name: Buffer.from(name!, 'base64'),
        type: type as EntryType,
        size: BigInt(size!),
        uid: Number(uid),
        mtimeNs: BigInt(mtime!),
        ctimeNs: BigInt(ctime!),
        inode: BigInt(ino!),
        dev: BigInt(dev!),
        unstable: unstable === '1',
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
