// Where the tape is, and what st knows about it: the true logical block address, whether the
// file and block numbers are still known (st reports -1 after bsf, seek, eom...), what st has
// reported about end of data and early warning, and in fixed-block mode the unread rest of the
// last block read. Every motion goes through moveTo, which forgets what st forgets.
import type { EarlyWarningFlavour } from './end-of-medium.js';
import { EndOfMedium } from './end-of-medium.js';
import type { ObjectIndex } from './object-index.js';

/**
 * st's end-of-file state, as far as it shows: nothing, a filemark just crossed forward (ST_FM:
 * a read at end of data then gives the "second zero"), or end of data reported (ST_EOD: the EOD
 * status bit, and reads fail at once).
 */
export type EofState = 'none' | 'filemark-crossed' | 'end-of-data';

export class TapePosition {
  address = 0;
  eof: EofState = 'none';
  /** Fixed-block mode: the unread bytes of the last block read (its address is already passed). */
  blockRemainder: Buffer | null = null;
  readonly endOfMedium: EndOfMedium;
  private fileKnown = true;
  private blockKnown = true;

  constructor(flavour: EarlyWarningFlavour) {
    this.endOfMedium = new EndOfMedium(flavour);
  }

  /** Positions the tape; `block`/`file` say what st knows there. At BOT it knows everything. */
  moveTo(address: number, block: 'known' | 'unknown' | 'keep', file: 'keep' | 'unknown' = 'keep'): void {
    this.address = address;
    this.blockRemainder = null;
    this.eof = 'none';
    this.endOfMedium.reset();
    if (address === 0) {
      this.fileKnown = true;
      this.blockKnown = true;
      return;
    }
    if (file === 'unknown') this.fileKnown = false;
    if (block !== 'keep') this.blockKnown = block === 'known';
  }

  /** st lost count of the records: a read ran into blank tape. */
  forgetBlockNumber(): void {
    this.blockKnown = false;
  }

  /** Records were written here; the early-warning alternation goes on. */
  passWrittenRecords(count: number): void {
    this.address += count;
    this.blockRemainder = null;
    this.eof = 'none';
  }

  /** MTIOCGET's mt_fileno: filemarks before the tape, or -1 when st lost count. */
  fileNumber(index: ObjectIndex): number {
    return this.fileKnown ? index.filemarksBefore(this.address) : -1;
  }

  /** MTIOCGET's mt_blkno: records since the last filemark, or -1 when st lost count. */
  blockNumber(index: ObjectIndex): number {
    return this.blockKnown ? index.blockNumber(this.address) : -1;
  }
}
