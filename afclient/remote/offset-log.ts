// Lines keyed by stream offset, kept in a temporary file until a session is closed: only the
// server's SessionSummary says which tape file each stream offset went to, and a backup may
// hold millions of entries, so they wait on disk rather than in memory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import type { StreamMap, TapeLocation } from './positions.js';

const FLUSH_AT = 64 << 10;

export class OffsetLog {
  private readonly dir: string;
  private readonly file: string;
  private readonly fd: number;
  private pending = '';
  private closed = false;
  count = 0;

  constructor(prefix: string, tmpDir = os.tmpdir()) {
    this.dir = fs.mkdtempSync(path.join(tmpDir, prefix));
    this.file = path.join(this.dir, 'entries');
    this.fd = fs.openSync(this.file, 'w', 0o600);
  }

  /** Remembers `text` (one line, no newline) for the record at `streamOffset`. */
  add(streamOffset: bigint | number, text: string): void {
    this.pending += `${streamOffset} ${text}\n`;
    this.count++;
    if (this.pending.length >= FLUSH_AT) this.flush();
  }

  /** Every line in the order added, with its tape location; throws when the map lacks an offset. */
  async *located(map: StreamMap): AsyncGenerator<{ loc: TapeLocation; streamOffset: bigint; text: string }> {
    this.flush();
    const lines = readline.createInterface({ input: fs.createReadStream(this.file), crlfDelay: Infinity });
    for await (const line of lines) {
      const space = line.indexOf(' ');
      const streamOffset = BigInt(line.slice(0, space));
      const loc = map.locate(streamOffset);
      if (!loc) throw new Error(`the server's session summary holds no tape file for stream offset ${streamOffset}; the backup is on tape, but its positions are unknown`);
      yield { loc, streamOffset, text: line.slice(space + 1) };
    }
  }

  /** Removes the temporary file. */
  dispose(): void {
    if (!this.closed) fs.closeSync(this.fd);
    this.closed = true;
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private flush(): void {
    if (this.pending) fs.writeSync(this.fd, this.pending);
    this.pending = '';
  }
}
