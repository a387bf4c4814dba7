// Lines keyed by stream offset, kept in a temporary file until a session is closed: only the
// server's SessionSummary says which tape file each stream offset went to, and a backup may
// hold millions of entries, so they wait on disk rather than in memory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StreamMap, TapeLocation } from './positions.js';

const FLUSH_AT = 64 << 10;
const READ_CHUNK = 1 << 20;

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
  *located(map: StreamMap): Generator<{ loc: TapeLocation; streamOffset: bigint; text: string }> {
    this.flush();
    // Read in large pieces with plain reads: the file was just written (page cache), and a
    // stream with a line reader costs more than the lines' own work here.
    const fd = fs.openSync(this.file, 'r');
    try {
      const chunk = Buffer.allocUnsafe(READ_CHUNK);
      let rest = Buffer.alloc(0);
      for (;;) {
        const n = fs.readSync(fd, chunk, 0, chunk.length, null);
        const data = rest.length > 0 ? Buffer.concat([rest, chunk.subarray(0, n)]) : chunk.subarray(0, n);
        // A newline byte never occurs inside a UTF-8 sequence: what is before the last one decodes whole.
        const end = n === 0 ? data.length : data.lastIndexOf(0x0a) + 1;
        const lines = data.toString('utf8', 0, end).split('\n');
        rest = Buffer.from(data.subarray(end));
        for (const line of lines) {
          if (line === '') continue;
          const space = line.indexOf(' ');
          const streamOffset = BigInt(line.slice(0, space));
          const loc = map.locate(streamOffset);
          if (!loc) throw new Error(`the server's session summary holds no tape file for stream offset ${streamOffset}; the backup is on tape, but its positions are unknown`);
          yield { loc, streamOffset, text: line.slice(space + 1) };
        }
        if (n === 0) return;
      }
    } finally {
      fs.closeSync(fd);
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
