// Writes records to a TapeDevice and turns st's end-of-medium behaviour (tape-semantics.md §6.1
// rules 28-29) into one flag per record: "logical end of medium" (LEOM).
//
// What st does once the early-warning (EW) point is passed: one write fails with ENOSPC, and
// depending on the drive that record either landed on tape ("write-lands", scsi_debug) or did not
// ("write-rejected", mhvtl). After that, writes alternately fail with ENOSPC (nothing written) and
// succeed, until the physical end (PEOM) where every write fails or one comes back short.
//
// How this writer copes: it knows the logical block address the next record will get (one
// MTIOCPOS at the first write, then counted), and after every ENOSPC asks the drive where it is
// to learn whether the record landed. A record that did not land is written again once: the
// alternation guarantees that retry succeeds while there is room, so every record in the EW zone
// is written and acknowledged with logicalEndOfMedium=true. Two refusals in a row, or a short
// write, mean the physical end: the writer rejects with TapeError ENOSPC from then on, and the
// caller must finish on another cartridge.
//
// Without MTIOCPOS (tell() rejects with ENOSYS, as over rmt) the writer counts records with
// MTIOCGET's block number instead. Its limits, documented in drivers/layout/FORMAT.md §7:
// st under-counts the write that reports EW in the "write-lands" flavour, and the block number is
// unknown (-1) after a seek, so the writer cannot always tell whether that record landed. It then
// assumes it did not and writes it again: the tape may hold that record twice, never zero times.
// The blocked format numbers its blocks, so readers drop the duplicate.
import { writeRecordsOneByOne, type RecordsWritten, type TapeDevice } from './tape-device.js';
import { TapeError, isTapeError } from './tape-error.js';

export interface RecordWriteResult {
  /** The record is on tape, past the early-warning point: finish the tape file and change cartridge soon. */
  logicalEndOfMedium: boolean;
}

export interface RecordsWriteResult extends RecordWriteResult {
  /** Records on tape, from the first: bufs[0..written). */
  written: number;
  /** Why bufs[written] and the records after it are not (or only partly) on tape. */
  failure?: unknown;
}

/** The outcome of one write(): what it resolved to, or what it rejected with. */
type Attempt = { bytes: number } | { error: unknown };

function attempt(write: Promise<number>): Promise<Attempt> {
  return write.then(
    (bytes) => ({ bytes }),
    (error: unknown) => ({ error }),
  );
}

export interface TapeWritePosition {
  /** Logical block address (records and filemarks since BOT), or undefined without MTIOCPOS. */
  address: number | undefined;
  /** Filemarks since BOT (-1 unknown). */
  fileNumber: number;
  /** Records since the last filemark (-1 unknown). */
  blockNumber: number;
}

/** Where the next record lands, by whichever counter the device offers. */
interface Counter {
  kind: 'address' | 'blkno';
  /** -1 when unknown (blkno after a seek). */
  next: number;
}

/** A writeRecords() call: its last write call to the device (-1: none yet), and its result. */
interface Batch {
  lastWrite: number;
  result: Promise<RecordsWriteResult>;
}

export class TapeRecordWriter {
  private counter: Counter | undefined;
  /** The last writeRecords() call, until it settles: the next one follows it. */
  private lastBatch: Batch | undefined;
  /** Write calls made to the device (records, retries, filemarks), to tell which was the last. */
  private deviceWrites = 0;
  /** 0 = variable mode; otherwise the fixed block size the drive was set to. */
  private fixedBlock = 0;
  private pastEarlyWarning = false;
  private physicalEnd = false;
  private weofiUnsupported = false;

  constructor(readonly dev: TapeDevice) {}

  /** True once the early-warning point was reported on this cartridge. */
  get logicalEndOfMedium(): boolean {
    return this.pastEarlyWarning;
  }

  /** True once the physical end was hit: nothing more can be written to this cartridge. */
  get atPhysicalEnd(): boolean {
    return this.physicalEnd;
  }

  /**
   * Writes one record (in fixed mode: a whole number of blocks). Resolves once it is on tape.
   * Rejects with TapeError ENOSPC at the physical end of the medium: the record is then not (or
   * only partly) on tape, and it and everything after it must go to another cartridge.
   */
  async writeRecord(buf: Uint8Array): Promise<RecordWriteResult> {
    if (this.physicalEnd) throw this.endError('no room left on this cartridge');
    await this.ensureCounter();
    this.deviceWrites++;
    await this.landRecord(buf, await attempt(this.dev.write(buf)));
    return { logicalEndOfMedium: this.pastEarlyWarning };
  }

  /**
   * Writes records in order, as writeRecord() for each would, handing the device as many at once
   * as it takes (TapeDevice.writeRecords: one write job on the virtual tape). Never rejects: the
   * result says how many records are on tape, and why the rest is not (ENOSPC at the physical
   * end, or another drive error); those records must then go to another cartridge.
   *
   * May be called again before the call before has settled, to keep the drive busy: the records
   * then follow those of that call, and a device with writeRecordsAfter gets them at once (the
   * virtual tape starts on them as soon as the batch before is written). They are written only if
   * every record of the call before is: if it fails, this call writes nothing and resolves with
   * its failure. The early-warning zone is handled as with one call at a time: the device holds
   * back records handed over early behind a stop, and they are written once it is dealt with.
   * writeRecord() and writeFilemark() only once every writeRecords() call has settled.
   */
  writeRecords(bufs: readonly Uint8Array[]): Promise<RecordsWriteResult> {
    const before = this.lastBatch;
    const batch: Batch = { lastWrite: -1, result: Promise.resolve({ written: 0, logicalEndOfMedium: false }) };
    let early: Promise<RecordsWritten | undefined> | undefined;
    // Only right behind the batch before at the device (no write of a retry between them), so
    // that the device holds these back exactly when that batch stopped.
    if (before !== undefined && before.lastWrite === this.deviceWrites && this.dev.writeRecordsAfter && !this.physicalEnd) {
      early = this.dev.writeRecordsAfter(bufs);
      batch.lastWrite = ++this.deviceWrites;
    }
    batch.result = before === undefined ? this.writeRecordsNow(bufs, batch) : this.follow(before, bufs, early, batch);
    this.lastBatch = batch;
    const forget = (): void => {
      if (this.lastBatch === batch) this.lastBatch = undefined;
    };
    batch.result.then(forget, forget);
    return batch.result;
  }

  /** writeRecords() behind the batch `before`: its result first, then this one's records. */
  private async follow(before: Batch, bufs: readonly Uint8Array[], early: Promise<RecordsWritten | undefined> | undefined, batch: Batch): Promise<RecordsWriteResult> {
    const b = await before.result;
    const r = await early;
    if (b.failure !== undefined) {
      // the device did not attempt them (its last write before them stopped) or never got them
      return { written: 0, failure: b.failure, logicalEndOfMedium: this.pastEarlyWarning };
    }
    return this.writeRecordsNow(bufs, batch, r);
  }

  /** Writes `bufs` from the first, given the device's outcome of a first attempt at all of them if there was one. */
  private async writeRecordsNow(bufs: readonly Uint8Array[], batch: Batch, first?: RecordsWritten): Promise<RecordsWriteResult> {
    let written = 0;
    try {
      if (this.physicalEnd) throw this.endError('no room left on this cartridge');
      // without an await once counting: the device gets the records within the caller's turn
      if (this.counter === undefined) await this.ensureCounter();
      for (let r = first; written < bufs.length; r = undefined) {
        const rest = written === 0 ? bufs : bufs.slice(written);
        if (r === undefined) {
          const call = this.dev.writeRecords ? this.dev.writeRecords(rest) : writeRecordsOneByOne(this.dev, rest);
          batch.lastWrite = ++this.deviceWrites;
          r = await call;
        }
        for (let i = 0; i < r.written; i++) this.advance(this.recordsIn(rest[i]!.length));
        written += r.written;
        if (r.stop === undefined) break;
        await this.landRecord(bufs[written]!, r.stop);
        written++;
      }
    } catch (failure) {
      return { written, failure, logicalEndOfMedium: this.pastEarlyWarning };
    }
    return { written, logicalEndOfMedium: this.pastEarlyWarning };
  }

  /**
   * Gets `buf` onto the tape, given the outcome of its first write: through the early-warning
   * zone's refusals (writing it again, or the rest of a partly written fixed-mode write), or
   * throws ENOSPC at the physical end.
   */
  private async landRecord(buf: Uint8Array, first: Attempt): Promise<void> {
    const counter = this.counter!;
    let rest = buf;
    let refusedBefore = false;
    let outcome = first;
    for (;; this.deviceWrites++, outcome = await attempt(this.dev.write(rest))) {
      const before = counter.next;
      if ('error' in outcome) {
        const e = outcome.error;
        if (!isTapeError(e, 'ENOSPC')) throw e;
        // The ENOSPC that reports EW is no refusal: the next write after it may still be refused
        // by the alternation, so only two refusals after that one mean the physical end.
        const reportsEarlyWarning = !this.pastEarlyWarning;
        this.pastEarlyWarning = true;
        const landed = await this.recordsLanded(before, rest.length);
        if (landed === this.recordsIn(rest.length)) return;
        if (landed > 0) {
          // fixed mode: the first blocks of this write are on tape; the rest still has to go
          rest = rest.subarray(landed * this.fixedBlock);
          refusedBefore = false;
          continue;
        }
        if (refusedBefore) {
          this.physicalEnd = true;
          throw this.endError('physical end of medium reached: the record was not written');
        }
        refusedBefore = !reportsEarlyWarning;
        continue;
      }
      const n = outcome.bytes;
      this.advance(this.recordsIn(n));
      if (n < rest.length) {
        this.physicalEnd = true;
        throw this.endError(`physical end of medium reached: only ${n} of ${rest.length} bytes of the record were written`);
      }
      return;
    }
  }

  /**
   * Announces the next writeRecord(buf) while the one before is still being written, so that the
   * device can start on it (TapeDevice.prepareWrite). `buf` must not change until then.
   */
  prepareRecord(buf: Uint8Array): void {
    this.dev.prepareWrite?.(buf);
  }

  /**
   * Writes one filemark, ending the tape file. By default with MTWEOFI (no flush, and close()
   * then adds no second filemark); flush=true uses MTWEOF, which waits until the drive has
   * everything on the medium. Falls back to MTWEOF on devices without MTWEOFI.
   */
  async writeFilemark(opts: { flush?: boolean } = {}): Promise<void> {
    await this.ensureCounter();
    const useWeofi = !opts.flush && !this.weofiUnsupported;
    let refusedBefore = false;
    for (;;) {
      try {
        this.deviceWrites++;
        await this.dev.op(useWeofi && !this.weofiUnsupported ? 'weofi' : 'weof', 1);
        break;
      } catch (e) {
        if (useWeofi && !this.weofiUnsupported && (isTapeError(e, 'ENOSYS') || isTapeError(e, 'EINVAL'))) {
          this.weofiUnsupported = true;
          continue;
        }
        // in the EW zone a filemark gets the same alternating refusal as a record
        if (isTapeError(e, 'ENOSPC') && !refusedBefore) {
          this.pastEarlyWarning = true;
          refusedBefore = true;
          continue;
        }
        throw e;
      }
    }
    const c = this.counter!;
    if (c.kind === 'address') c.next = c.next < 0 ? -1 : c.next + 1;
    else c.next = 0;
  }

  /**
   * Waits until everything written so far is on the medium (MTWEOF with a count of 0). A drive
   * may accept further records meanwhile, so another writer can go on as soon as this is called.
   */
  async flush(): Promise<void> {
    await this.dev.op('weof', 0);
  }

  /** Where the next record will land, as the drive reports it. */
  async position(): Promise<TapeWritePosition> {
    const s = await this.dev.status();
    let address: number | undefined;
    try {
      address = await this.dev.tell();
    } catch (e) {
      if (!isTapeError(e, 'ENOSYS')) throw e;
    }
    return { address, fileNumber: s.fileNumber, blockNumber: s.blockNumber };
  }

  /**
   * Forgets the counted position; the next write asks the drive again. Call it after moving the
   * tape (or changing the block size) with the device directly.
   */
  resync(): void {
    this.counter = undefined;
  }

  private async ensureCounter(): Promise<Counter> {
    if (this.counter) return this.counter;
    const s = await this.dev.status();
    this.fixedBlock = s.blockSize;
    try {
      this.counter = { kind: 'address', next: await this.dev.tell() };
    } catch (e) {
      if (!isTapeError(e, 'ENOSYS')) throw e;
      this.counter = { kind: 'blkno', next: s.blockNumber };
    }
    return this.counter;
  }

  private recordsIn(bytes: number): number {
    return this.fixedBlock > 0 ? Math.floor(bytes / this.fixedBlock) : bytes > 0 ? 1 : 0;
  }

  private advance(records: number): void {
    const c = this.counter!;
    if (c.next >= 0) c.next += records;
  }

  /** After ENOSPC: how many records of the refused write are on tape (0 when it cannot be known). */
  private async recordsLanded(before: number, bytes: number): Promise<number> {
    const c = this.counter!;
    if (before < 0) return 0;
    const now = c.kind === 'address' ? await this.dev.tell() : (await this.dev.status()).blockNumber;
    const landed = now - before;
    if (landed < 0 || landed > this.recordsIn(bytes)) {
      // the drive moved under us: trust what it says from now on
      c.next = now;
      return 0;
    }
    c.next = now;
    return landed;
  }

  private endError(msg: string): TapeError {
    return new TapeError('ENOSPC', this.dev.name, `${msg}; continue on another cartridge`);
  }
}
