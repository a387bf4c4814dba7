// The entries a run has selected, in walk order, in a temporary file: between the walk and the
// packing they would otherwise be held in memory all at once, for millions of files.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

const FLUSH_AT = 64 << 10;

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
    this.pending += `${e.name.toString('hex')} ${e.path.toString('hex')}\n`;
    this.count++;
    if (this.pending.length >= FLUSH_AT) this.flush();
  }

  /** Ends writing; afterwards entries() reads the list back. */
  close(): void {
    this.flush();
    if (!this.closed) fs.closeSync(this.fd);
    this.closed = true;
  }

  async *entries(): AsyncGenerator<SelectedEntry> {
    this.close();
    const lines = readline.createInterface({ input: fs.createReadStream(this.file), crlfDelay: Infinity });
    for await (const line of lines) {
      const space = line.indexOf(' ');
      yield { name: Buffer.from(line.slice(0, space), 'hex'), path: Buffer.from(line.slice(space + 1), 'hex') };
    }
  }

  private flush(): void {
    if (this.pending) fs.writeSync(this.fd, this.pending);
    this.pending = '';
  }
}
