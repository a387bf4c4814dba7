// The raw tape device: exactly the operations and semantics of the Linux SCSI tape driver
// (st(4), Documentation/scsi/st.rst), rule by rule as in FORMAT.md and the conformance suite in
// test/drivers/conformance/. Implemented by the virtual tape (drivers/vtape), the real drive
// (drivers/st), a remote drive (drivers/rmt) and directory tapes (drivers/dirtape).
//
// This layer deliberately keeps st's awkward edges (early warning reported as ENOSPC, the
// alternating ENOSPC in the early-warning zone, ENOMEM losing a record) so that code tested
// against the virtual tape behaves the same on a real drive. Callers that write data go through
// drivers/tape/tape-writer.ts, which turns those edges into a plain "logical end of medium" flag.

/** MTIOCTOP operations, named as mt(1) names them. */
export type MtOp =
  | 'fsf' // space forward over n filemarks: positioned after the last one
  | 'bsf' // space backward over n filemarks: positioned before the last one (blkno unknown)
  | 'fsfm' // forward over n filemarks, then back before the last one
  | 'bsfm' // backward over n filemarks, then forward after the last one
  | 'fsr' // forward over n records; stops after a filemark with EIO
  | 'bsr' // backward over n records; stops before a filemark with EIO
  | 'weof' // write n filemarks (truncates what follows)
  | 'weofi' // write n filemarks without flushing; close() then writes none
  | 'rewind'
  | 'offline' // rewind and unload: no medium until load
  | 'load'
  | 'eom' // to end of data
  | 'seek' // to logical block address n (records and filemarks both count)
  | 'setblk' // n = 0: variable block mode; n > 0: fixed blocks of n bytes
  | 'erase' // erase from here to the end (from BOT: the whole medium)
  | 'nop';

/** What MTIOCGET reports. -1 means unknown, as st reports it (after bsf, seek, or an unknown tape). */
export interface TapeStatus {
  /** Filemarks crossed since BOT, or -1 when unknown. */
  fileNumber: number;
  /** Records since the last filemark, or -1 when unknown. */
  blockNumber: number;
  /** 0 = variable block mode. */
  blockSize: number;
  online: boolean; // a medium is loaded
  doorOpen: boolean; // no medium (DR_OPEN)
  bot: boolean;
  eof: boolean; // just after a filemark crossed forward
  eod: boolean;
  /** Past the early-warning point (EOT in mtio.h's gstat). */
  earlyWarning: boolean;
  writeProtected: boolean;
}

/** What a device can tell about itself before anything is written. */
export interface TapeLimits {
  /** Smallest record a variable-mode write or read accepts (READ BLOCK LIMITS), in bytes. */
  minBlock: number;
  /** Largest record, in bytes. */
  maxBlock: number;
}

/** What TapeDevice.writeRecords did. */
export interface RecordsWritten {
  /** Records written whole, as write() resolving to their length: bufs[0..written). */
  written: number;
  /** What write() of bufs[written] gave instead, when the writes stopped there. */
  stop?: { bytes: number } | { error: unknown };
}

export interface TapeDevice {
  /** For messages: "/dev/nst0", "vtape:/srv/af/lib/cart0003.vtape", "rmt:host:/dev/nst0". */
  readonly name: string;

  limits(): TapeLimits;

  /**
   * Writes one record (variable mode) or a whole number of blocks (fixed mode) at the current
   * position, truncating everything after it. Resolves to the bytes written, which may be short
   * at the physical end. Rejects with TapeError ENOSPC in the early-warning zone exactly as st
   * does (see FORMAT.md), EINVAL for a size the mode or limits refuse, EACCES when write-protected.
   */
  write(buf: Uint8Array): Promise<number>;

  /**
   * Optional, no st operation: writes `bufs` as write() called for each in turn would, and stops
   * at the first record whose write() would not resolve to its full length. Records before it are
   * on tape exactly as single writes would leave them; that record's outcome (a short count, or
   * the error write() would reject with: ENOSPC of the early-warning zone or the physical end,
   * EINVAL, EACCES, EIO) is in `stop`, and the records after it are not attempted. A device may
   * put all of them on the medium in one operation (the virtual tape: one write job). Devices
   * without it get writeRecordsOneByOne().
   */
  writeRecords?(bufs: readonly Uint8Array[]): Promise<RecordsWritten>;

  /**
   * Optional, no st operation, for a writer that hands over its next batch while the one before
   * is still being written: writeRecords(bufs), if the last write() or writeRecords() called
   * before it wrote every one of its records; otherwise nothing at all (the records are not
   * attempted, the drive's state is untouched) and it resolves to undefined, so that the writer
   * can first deal with the stop and then write them again. A device may put these records on
   * the medium right after the ones before without waiting for their outcome to reach the caller
   * (the virtual tape queues them behind the batch being written, on the same thread).
   */
  writeRecordsAfter?(bufs: readonly Uint8Array[]): Promise<RecordsWritten | undefined>;

  /**
   * Optional hint, no st operation: the next write() will be of exactly this buffer, which the
   * caller does not change until that write settles. A device may start work on it meanwhile
   * (the virtual tape computes its checksum while the previous record is still being written
   * on a thread-pool thread). Devices without it, and writes of other buffers, behave the same.
   */
  prepareWrite?(buf: Uint8Array): void;

  /**
   * Reads the next record into buf. Resolves to its length; 0 once when a filemark is crossed.
   * Rejects with EIO at end of data (after the "second zero"), ENOMEM when buf is smaller than
   * the record (the record is consumed), EINVAL when buf is below the minimum block.
   */
  read(buf: Uint8Array): Promise<number>;

  /**
   * Optional, no st operation: reads the next records into bufs[0], bufs[1]... as read() for
   * each in turn would, as long as each is a record that fits its buffer and reads without
   * error, and stops before anything else (a filemark, end of data, a record larger than its
   * buffer or damaged), where read() then gives what st gives. Resolves to the lengths of the
   * records read, from the first; possibly none. Several calls may be outstanding (the virtual
   * tape reads them at once on the thread pool); they are answered in order.
   */
  readRecords?(bufs: readonly Uint8Array[]): Promise<number[]>;

  /**
   * Optional, no st operation: how many bytes of records could still be written at the position
   * of the last write called before the early-warning point, not counting the writes still in
   * flight; undefined when the device cannot tell (a real drive learns of the early warning only
   * when a write reports it). A writer that must act on the early warning within a record may
   * hand over larger batches while this is far above them.
   */
  roomBeforeEarlyWarning?(): number | undefined;

  /** MTIOCTOP. Long operations (rewind, eom, seek) never block the event loop. */
  op(op: MtOp, count?: number): Promise<void>;

  /** MTIOCGET. */
  status(): Promise<TapeStatus>;

  /** MTIOCPOS: the logical block address, counting records and filemarks alike. */
  tell(): Promise<number>;

  /**
   * Releases the drive. Like st on a no-rewind device: if the last operation was a write (not
   * weofi), one filemark is written first; the position is left after it.
   */
  close(): Promise<void>;
}

/** TapeDevice.writeRecords for a device that has only write(): one write() per record. */
export async function writeRecordsOneByOne(dev: TapeDevice, bufs: readonly Uint8Array[]): Promise<RecordsWritten> {
  for (let i = 0; i < bufs.length; i++) {
    const buf = bufs[i]!;
    let bytes: number;
    try {
      bytes = await dev.write(buf);
    } catch (error) {
      return { written: i, stop: { error } };
    }
    if (bytes !== buf.length) return { written: i, stop: { bytes } };
  }
  return { written: bufs.length };
}
