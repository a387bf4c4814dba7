// Buffered, position-tracking access to the reader's input. Buffers only what a caller asks for
// (callers bound every request), hands out views that stay valid (buffers are never reused),
// and can search for the next sync marker. Input buffers are joined only where a request
// straddles them, and only by as much as it needs: a large payload is handed out as views of the
// pieces it lies in (pieces, then copyInto), so that a chunk costs no second buffer of its size.
import { SYNC, SYNC_LEN } from './format.js';

/**
 * A join of straddling input buffers takes at least this much of the buffers behind: small
 * records then cost one small copy per input buffer, and a search for a sync marker moves on by
 * this much per step, not by a byte.
 */
const JOIN_MIN = 64 << 10;
const EMPTY = Buffer.alloc(0);

export type ArchiveInput = AsyncIterable<Buffer> | NodeJS.ReadableStream | Iterable<Buffer>;

export class ByteSource {
  private buf: Buffer = EMPTY;
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
    const enough = await this.fill(n);
    if (this.available < n && this.partsLen > 0) {
      const all = this.available + this.partsLen;
      this.join(enough ? Math.max(n, Math.min(this.available + JOIN_MIN, all)) : all);
    }
    return enough;
  }

  /** Reads input until `n` bytes are buffered, without joining them; false when it ends first. */
  async fill(n: number): Promise<boolean> {
    while (this.available + this.partsLen < n && (await this.pull()));
    return this.available + this.partsLen >= n;
  }

  /** Views of the next `n` bytes (buffered with fill), in order, without consuming them. */
  pieces(n: number): Buffer[] {
    const out = [this.buf.subarray(this.head, this.head + Math.min(n, this.available))];
    for (let i = 0, at = out[0]!.length; at < n; i++) {
      const p = this.parts[i]!;
      const k = Math.min(n - at, p.length);
      out.push(k === p.length ? p : p.subarray(0, k));
      at += k;
    }
    return out;
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

  /** Discards `n` buffered bytes (available, or buffered with fill). */
  skip(n: number): void {
    this.pos += n;
    let rest = n - this.available;
    if (rest <= 0) {
      this.head += n;
      return;
    }
    this.buf = EMPTY;
    this.head = 0;
    while (rest > 0) {
      const p = this.parts.shift()!;
      this.partsLen -= p.length;
      if (rest < p.length) {
        this.buf = p;
        this.head = rest;
        return;
      }
      rest -= p.length;
    }
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

  /** Makes the next `total` buffered bytes one buffer (a copy), leaving the rest of the parts as they are. */
  private join(total: number): void {
    const out = copyInto(Buffer.allocUnsafe(total), this.pieces(total));
    const had = this.available;
    let rest = total - had;
    while (rest > 0) {
      const p = this.parts[0]!;
      if (rest < p.length) {
        this.parts[0] = p.subarray(rest);
        this.partsLen -= rest;
        break;
      }
      this.parts.shift();
      this.partsLen -= p.length;
      rest -= p.length;
    }
    this.buf = out;
    this.head = 0;
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

/** Copies `pieces` one after another to the start of `dst` and returns it. */
export function copyInto(dst: Buffer, pieces: Buffer[]): Buffer {
  let at = 0;
  for (const p of pieces) at += p.copy(dst, at);
  return dst;
}
