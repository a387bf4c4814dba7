// Records keyed by stream offset, kept in a temporary file until a session is closed: only the
// server's SessionSummary says which tape file each stream offset went to, and a backup may
// hold millions of entries, so they wait on disk rather than in memory. Binary records (payload
// length u32, stream offset u64, payload; little-endian): the entry log of a run writes and
// reads its numbers as they are, where text cost it a conversion to a string and back per
// number of each entry. A private temporary file, read back by the process that wrote it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StreamMap, TapeLocation } from './positions.js';

const FLUSH_AT = 64 << 10;
const READ_CHUNK = 1 << 20;
const HEAD = 12;

export interface LocatedRecord {
  loc: TapeLocation;
  streamOffset: bigint;
  /** The record's bytes: a view valid until the next record is asked for. */
  payload: Buffer;
}

export class OffsetLog {
  private readonly dir: string;
  private readonly file: string;
  private readonly fd: number;
  private pending = Buffer.allocUnsafe(FLUSH_AT);
  private fill = 0;
  private closed = false;
  count = 0;

  constructor(prefix: string, tmpDir = os.tmpdir()) {
    this.dir = fs.mkdtempSync(path.join(tmpDir, prefix));
    this.file = path.join(this.dir, 'entries');
    this.fd = fs.openSync(this.file, 'w', 0o600);
  }

  /** Memory the last reserve() made room in: valid until the next call of reserve() or records(). */
  get buffer(): Buffer {
    return this.pending;
  }

  /**
   * Adds a record of `length` bytes for the record at `streamOffset`; returns where in
   * `buffer` the caller writes them (before anything else is asked of the log).
   */
  reserve(streamOffset: bigint | number, length: number): number {
    const need = HEAD + length;
    if (this.fill + need > this.pending.length) {
      this.flush();
      if (need > this.pending.length) this.pending = Buffer.allocUnsafe(need);
    }
    const at = this.fill;
    this.pending.writeUInt32LE(length, at);
    this.pending.writeBigUInt64LE(BigInt(streamOffset), at + 4);
    this.fill += need;
    this.count++;
    return at + HEAD;
  }

  /** Remembers `text` (a line of text) for the record at `streamOffset`. */
  add(streamOffset: bigint | number, text: string): void {
    const length = Buffer.byteLength(text);
    const at = this.reserve(streamOffset, length);
    this.pending.write(text, at, length, 'utf8');
  }

  /** The file, with every record added so far written to it: for a reader of its own (native/copy-lines.c). */
  flushedFile(): string {
    this.flush();
    return this.file;
  }

  /** Every text add()ed, in order, with its tape location; throws when the map lacks an offset. */
  *located(map: StreamMap): Generator<{ loc: TapeLocation; streamOffset: bigint; text: string }> {
    for (const r of this.records(map)) yield { loc: r.loc, streamOffset: r.streamOffset, text: r.payload.toString('utf8') };
  }

  /** Every record in the order added, with its tape location; throws when the map lacks an offset. */
  *records(map: StreamMap): Generator<LocatedRecord> {
    this.flush();
    // Read in large pieces with plain reads: the file was just written (page cache).
    const fd = fs.openSync(this.file, 'r');
    try {
      let chunk = Buffer.allocUnsafe(READ_CHUNK);
      let have = 0;
      for (;;) {
        const n = fs.readSync(fd, chunk, have, chunk.length - have, null);
        have += n;
        let at = 0;
        while (have - at >= HEAD) {
          const length = chunk.readUInt32LE(at);
          if (have - at < HEAD + length) break;
          const streamOffset = chunk.readBigUInt64LE(at + 4);
          const loc = map.locate(streamOffset);
          if (!loc) throw new Error(`the server's session summary holds no tape file for stream offset ${streamOffset}; the backup is on tape, but its positions are unknown`);
          yield { loc, streamOffset, payload: chunk.subarray(at + HEAD, at + HEAD + length) };
          at += HEAD + length;
        }
        if (n === 0) {
          if (at < have) throw new Error(`the entry log ${this.file} ends inside a record: it was cut short`);
          return;
        }
        // The unfinished record moves to the front, into a larger buffer if it does not fit.
        const rest = have - at;
        const need = rest >= HEAD ? HEAD + chunk.readUInt32LE(at) : HEAD;
        const next = need > chunk.length ? Buffer.allocUnsafe(need) : chunk;
        chunk.copy(next, 0, at, have);
        chunk = next;
        have = rest;
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
    if (this.fill > 0) fs.writeSync(this.fd, this.pending, 0, this.fill);
    this.fill = 0;
  }
}
