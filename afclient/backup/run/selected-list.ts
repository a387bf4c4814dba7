// The entries a run has selected, in walk order, in a temporary file: between the walk and the
// packing they would otherwise be held in memory all at once, for millions of files. Each entry
// is its name and its path, each followed by a NUL byte, their bytes written as they are (latin1
// strings, one character per byte): no name or path holds a NUL, so nothing is escaped or
// encoded. (Hex lines read back through readline were some 100 ms of a full backup of 20 000
// entries.)
import fs from 'node:fs';
import path from 'node:path';

const FLUSH_AT = 1 << 16;
const READ_CHUNK = 1 << 20;
// Entries handed over at once: one await per array instead of one per entry, while the
// entries waiting in an array (and their objects) stay few.
const ARRAY_MAX = 256;

export interface SelectedEntry {
  name: Buffer;
  path: Buffer;
}

export class SelectedList {
  private readonly file: string;
  private readonly fd: number;
  private pending = '';
  private closed = false;
  count = 0;

  /** `dir`: a private temporary directory, removed by its owner. */
  constructor(dir: string) {
    this.file = path.join(dir, 'selected');
    this.fd = fs.openSync(this.file, 'w', 0o600);
  }

  add(e: SelectedEntry): void {
    this.addKeys(e.name.toString('latin1'), e.path.toString('latin1'));
  }

  /** add() for a name and a path given as latin1 strings (nameKey's form, the walk's). */
  addKeys(name: string, path: string): void {
    this.pending += `${name}\0${path}\0`;
    this.count++;
    if (this.pending.length >= FLUSH_AT) this.flush();
  }

  /** Ends writing; afterwards entries() reads the list back. */
  close(): void {
    this.flush();
    if (!this.closed) fs.closeSync(this.fd);
    this.closed = true;
  }

  /**
   * The entries in the order added. A path is a view of the read buffer (it is used while the
   * entry is packed); a name is copied, since the packer may keep it for the whole run (the first
   * name of a hard-linked file) and a view would keep its whole buffer. One at a time; arrays()
   * gives them in arrays (one await per array, not per entry).
   */
  async *entries(): AsyncGenerator<SelectedEntry> {
    for await (const a of this.arrays()) yield* a;
  }

  /**
   * The entries in arrays of at most ARRAY_MAX, in the order added. The file is read with plain
   * reads of a megabyte: it was just written (page cache), and a read stream's first chunk took
   * 3-4 ms to come back through libuv's thread pool, on the critical path of every incremental.
   * Each read goes into a buffer of its own, since paths are views of it.
   */
  async *arrays(): AsyncGenerator<SelectedEntry[]> {
    this.close();
    let carry: Buffer | undefined;
    let name: Buffer | undefined;
    let out: SelectedEntry[] = [];
    for (const read of chunksOf(this.file)) {
      const chunk = carry ? Buffer.concat([carry, read]) : read;
      let at = 0;
      for (let nul = chunk.indexOf(0, at); nul >= 0; nul = chunk.indexOf(0, at)) {
        const field = chunk.subarray(at, nul);
        at = nul + 1;
        if (name === undefined) {
          name = Buffer.from(field);
          continue;
        }
        out.push({ name, path: field });
        name = undefined;
        if (out.length >= ARRAY_MAX) {
          yield out;
          out = [];
        }
      }
      carry = at < chunk.length ? chunk.subarray(at) : undefined;
    }
    // The complete entries first, as one at a time would have given them.
    if (out.length > 0) yield out;
    if (carry || name) throw new Error(`the list of selected entries ${this.file} ends inside an entry; it was changed while the run read it`);
  }

  private flush(): void {
    if (this.pending) fs.writeSync(this.fd, this.pending, null, 'latin1');
    this.pending = '';
  }
}

/** The file's bytes, a megabyte at a time, each piece a buffer of its own. */
function* chunksOf(file: string): Generator<Buffer> {
  const fd = fs.openSync(file, 'r');
  try {
    for (;;) {
      const b = Buffer.allocUnsafe(READ_CHUNK);
      const n = fs.readSync(fd, b, 0, READ_CHUNK, null);
      if (n === 0) return;
      yield n === READ_CHUNK ? b : b.subarray(0, n);
    }
  } finally {
    fs.closeSync(fd);
  }
}
