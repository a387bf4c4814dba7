// Buffered, position-tracking access to the reader's input. Buffers only what a caller asks for
// (callers bound every request), hands out views that stay valid (buffers are never reused),
// and can search for the next sync marker.
import { SYNC, SYNC_LEN } from './format.js';

export type ArchiveInput = AsyncIterable<Buffer> | NodeJS.ReadableStream | Iterable<Buffer>;

export class ByteSource {
  private buf: Buffer = Buffer.alloc(0);
  private head = 0;
  private parts: Buffer[] = [];
  private partsLen = 0;
  private eof = false;
  private readonly it: AsyncIterator<unknown> | Iterator<unknown>;
  /** Stream offset of the next unread byte. */
  pos: number;

  constructor(input: ArchiveInput, startOffset: number) {
    this.it = Symbol.asyncIterator in input ? input[Symbol.asyncIterator]() : input[Symbol.iterator]();
    this.pos = startOffset;
  }

  /** Bytes available without reading more input. */
  get available(): number {
    return this.buf.length - this.head;
  }

  /** Makes `n` bytes available; false when the input ends first (what there is stays). */
  async ensure(n: number): Promise<boolean> {
    while (this.available + this.partsLen < n && (await this.pull()));
    if (this.available < n && this.partsLen > 0) {
      this.buf = Buffer.concat([this.buf.subarray(this.head), ...this.parts]);
      this.head = 0;
      this.parts = [];
      this.partsLen = 0;
    }
    return this.available >= n;
  }

  /** A view of the next `n` bytes (ensure them first). */
  peek(n: number): Buffer {
    return this.buf.subarray(this.head, this.head + n);
  }

  take(n: number): Buffer {
    const b = this.peek(n);
    this.skip(n);
    return b;
  }

  /** Discards `n` available bytes. */
  skip(n: number): void {
    this.head += n;
    this.pos += n;
  }

  /**
   * Discards bytes up to the next sync marker. Returns whether one was found (it is then the
   * next byte) and how many bytes were skipped; at the end of input everything is consumed.
   */
  async findSync(): Promise<{ found: boolean; skipped: number }> {
    let skipped = 0;
    for (;;) {
      const i = this.buf.indexOf(SYNC, this.head);
      if (i >= 0) {
        skipped += i - this.head;
        this.skip(i - this.head);
        return { found: true, skipped };
      }
      // A marker may straddle the end of what is buffered: keep its possible beginning.
      const drop = Math.max(0, this.available - (SYNC_LEN - 1));
      skipped += drop;
      this.skip(drop);
      if (!(await this.ensure(this.available + 1))) {
        skipped += this.available;
        this.skip(this.available);
        return { found: false, skipped };
      }
    }
  }

  private async pull(): Promise<boolean> {
    if (this.eof) return false;
    let r: IteratorResult<unknown>;
    do {
      r = await this.it.next();
      if (r.done) {
        this.eof = true;
        return false;
      }
    } while (!isNonEmpty(r.value));
    const v = r.value;
    const b = typeof v === 'string' ? Buffer.from(v, 'latin1') : Buffer.isBuffer(v) ? v : Buffer.from(v.buffer, v.byteOffset, v.byteLength);
    this.parts.push(b);
    this.partsLen += b.length;
    return true;
  }
}

function isNonEmpty(v: unknown): v is string | Uint8Array {
  return (typeof v === 'string' || v instanceof Uint8Array) && v.length > 0;
}
