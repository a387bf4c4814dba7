// The reads of the virtual tape drive (tape-semantics.md 6.1): a record in variable block mode,
// whole blocks in fixed-block mode, filemarks and end of data as st_read reports them, and
// several records at once into the caller's buffers (TapeDevice.readRecords), chosen ahead so
// that several such reads run at once.
import { TapeError } from '../tape/tape-error.js';
import type { LoadedCartridge } from './loaded-cartridge.js';
import type { TapePosition } from './tape-position.js';

export interface ReadContext {
  /** The drive's name, for messages. */
  name: string;
  cartridge: LoadedCartridge;
  pos: TapePosition;
  /** 0 = variable block mode. */
  blockSize: number;
  minBlock: number;
}

/** A readRecords call once its records are chosen: from where, how long, and how many proved good. */
export interface ChosenReads {
  generation: number;
  first: number;
  lengths: number[];
  good: Promise<number>;
}

/**
 * Reads of several records chosen ahead (TapeDevice.readRecords), which may run at once and are
 * settled in call order; a read that stops short calls off those chosen after it.
 */
export class ReadsAhead {
  /** Counts the times reads chosen ahead were called off. */
  private generation = 0;

  /**
   * Chooses the records that read() would return whole from the position on: records (not a
   * filemark, not past end of data) that fit their buffers, in variable block mode; passes them
   * and starts reading them. `c` null: no medium to read (read() says why).
   */
  choose(c: ReadContext | null, bufs: readonly Uint8Array[]): ChosenReads {
    const lengths: number[] = [];
    const first = c?.pos.address ?? 0;
    if (c === null || c.blockSize !== 0 || c.pos.blockRemainder !== null) return { generation: this.generation, first, lengths, good: Promise.resolve(0) };
    const { index } = c.cartridge;
    for (let a = first; lengths.length < bufs.length && a < index.count && !index.isFilemark(a); a++) {
      const buf = bufs[lengths.length]!;
      const length = index.recordLength(a);
      if (buf.length < c.minBlock || buf.length < length) break;
      lengths.push(length);
    }
    if (lengths.length === 0) return { generation: this.generation, first, lengths, good: Promise.resolve(0) };
    c.pos.moveTo(first + lengths.length, 'keep');
    const good = c.cartridge.readRecords(first, lengths.map((length, i) => bufs[i]!.subarray(0, length)));
    // awaited by settle, in turn; a failure must not count as unhandled meanwhile
    good.catch(() => undefined);
    return { generation: this.generation, first, lengths, good };
  }

  /**
   * The records of a readRecords call that were read whole and verified. At the first that was
   * not, the tape goes back to it, so that read() reports it, and the calls chosen after this
   * one (from a position that no longer holds) read nothing.
   */
  async settle(r: ChosenReads, pos: TapePosition): Promise<number[]> {
    let good: number;
    try {
      good = await r.good;
    } catch {
      good = 0;
    }
    if (r.generation !== this.generation) return [];
    if (good < r.lengths.length) {
      this.generation++;
      pos.moveTo(r.first + good, 'keep');
    }
    return r.lengths.slice(0, good);
  }
}

/** A read in variable block mode: the next record, whole. */
export async function readRecord(c: ReadContext, buf: Uint8Array): Promise<number> {
  const { index } = c.cartridge;
  const at = c.pos.address;
  if (at === index.count) return readAtEndOfData(c);
  if (index.isFilemark(at)) return crossFilemark(c.pos);
  const length = index.recordLength(at);
  c.pos.moveTo(at + 1, 'keep');
  if (buf.length < length) {
    throw new TapeError('ENOMEM', c.name, `the record at ${at} has ${length} bytes, more than the buffer of ${buf.length}: the record is lost`);
  }
  await c.cartridge.readRecord(at, buf);
  return length;
}

/** Fixed-block mode: fills buf from whole blocks, keeping the rest of a block for the next read. */
export async function readFixed(c: ReadContext, buf: Uint8Array): Promise<number> {
  const { index } = c.cartridge;
  let got = 0;
  if (c.pos.blockRemainder !== null) {
    got = Math.min(buf.length, c.pos.blockRemainder.length);
    buf.set(c.pos.blockRemainder.subarray(0, got));
    c.pos.blockRemainder = got < c.pos.blockRemainder.length ? c.pos.blockRemainder.subarray(got) : null;
  }
  while (got < buf.length) {
    const at = c.pos.address;
    if (at === index.count || index.isFilemark(at)) {
      if (got > 0) break;
      return at === index.count ? readAtEndOfData(c) : crossFilemark(c.pos);
    }
    const length = index.recordLength(at);
    if (length !== c.blockSize) {
      if (got > 0) break;
      c.pos.moveTo(at + 1, 'keep');
      throw new TapeError('EIO', c.name, `the block at ${at} has ${length} bytes, not the fixed block size ${c.blockSize}; read it in variable mode (setblk 0)`);
    }
    const wanted = buf.length - got;
    c.pos.moveTo(at + 1, 'keep');
    if (wanted >= length) {
      await c.cartridge.readRecord(at, buf.subarray(got));
      got += length;
    } else {
      const block = Buffer.allocUnsafe(length);
      await c.cartridge.readRecord(at, block);
      buf.set(block.subarray(0, wanted), got);
      c.pos.blockRemainder = block.subarray(wanted);
      got += wanted;
    }
  }
  return got;
}

function crossFilemark(pos: TapePosition): number {
  pos.moveTo(pos.address + 1, 'known');
  pos.eof = 'filemark-crossed';
  return 0;
}

/**
 * Rule 13, as st_read does it: blank tape right after crossing a filemark gives one more 0 (the
 * "second zero") and sets EOD; once EOD is set, EIO; blank tape otherwise, EIO at once without
 * setting EOD. Running into blank tape costs st its block count.
 */
function readAtEndOfData(c: ReadContext): number {
  const damage = c.cartridge.damageAt(c.pos.address);
  if (damage) throw damage;
  if (c.pos.eof === 'filemark-crossed') {
    c.pos.eof = 'end-of-data';
    c.pos.forgetBlockNumber();
    return 0;
  }
  if (c.pos.eof === 'none') c.pos.forgetBlockNumber();
  throw new TapeError('EIO', c.name, 'end of data: nothing more is written on this cartridge');
}
