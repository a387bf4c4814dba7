// Entries written in a session, for afclient -v: their filelist lines can only be printed once
// the server's SessionSummary says which tape file each stream offset went to.
import type { WrittenEntry } from '../../protocol/archive/index.js';
import { OffsetLog } from './offset-log.js';
import { entrySuffix, type StreamMap, type TapeLocation } from './positions.js';

export class EntrySpool {
  private readonly log: OffsetLog;

  constructor(tmpDir?: string) {
    this.log = new OffsetLog('afclient-entries-', tmpDir);
  }

  /** For ArchiveWriter's onWritten: remembers the entry's stream offset and its filelist text. */
  readonly add = (e: WrittenEntry): void => this.log.add(e.streamOffset, entrySuffix(e.meta));

  /** Calls `emit` for each entry in stream order with its tape location. */
  async replay(map: StreamMap, emit: (loc: TapeLocation, suffix: string) => void | Promise<void>): Promise<void> {
    for (const { loc, text } of this.log.located(map)) await emit(loc, text);
  }

  /** Removes the temporary file. */
  dispose(): void {
    this.log.dispose();
  }
}
