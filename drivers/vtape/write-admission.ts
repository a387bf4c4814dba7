// Whether a record may go to the medium, checked in st_write's order: its size against the block
// mode and the drive's limits, then the write-protect tab, then damage at the write position,
// then the end of the medium (end-of-medium.ts). A batch of records (TapeDevice.writeRecords) is
// admitted record by record against the medium as the records admitted before it will leave it,
// so that each gets the verdict a write() of its own would get; then all that were admitted go
// to the cartridge file together.
import type { RecordsWritten } from '../tape/tape-device.js';
import { TapeError } from '../tape/tape-error.js';
import type { LoadedCartridge } from './loaded-cartridge.js';
import type { PreparedWrites } from './prepared-writes.js';
import type { TapePosition } from './tape-position.js';

export interface WriteContext {
  /** The drive's name, for messages. */
  name: string;
  cartridge: LoadedCartridge;
  pos: TapePosition;
  /** 0 = variable block mode. */
  blockSize: number;
  minBlock: number;
  maxBlock: number;
}

/** Admitted: write these first `bytes` of the record; `enospc`: report ENOSPC although it landed. */
interface Admitted {
  bytes: number;
  enospc?: 'early-warning' | 'physical-end';
}

/**
 * Writes what write() for each of `bufs` in turn would write, in one write job, and reports the
 * batch's outcome. `startsWriting`: as for planWrites.
 */
export async function writeBatch(
  c: WriteContext,
  bufs: readonly Uint8Array[],
  prepared: PreparedWrites,
  startsWriting: () => void,
  /** Hears, once the medium write is queued, that every record passed plainly: where they end. */
  plain?: (ahead: WritesAhead) => void,
): Promise<RecordsWritten> {
  const plan = planWrites(c, bufs, startsWriting);
  if (plan.landing.length === 0) return plan.result;
  const sums = plan.landing.map((l) => prepared.take(l.record, c.cartridge, c.blockSize || l.bytes.length));
  const payloads = plan.landing.map((l) => l.bytes);
  const written = c.cartridge.writeRecords(c.pos.address, payloads, c.blockSize, sums);
  if (plain !== undefined && plan.result.stop === undefined && !c.pos.endOfMedium.pastEarlyWarning) {
    const bytes = payloads.reduce((n, p) => n + p.length, 0);
    const end = c.pos.address + (c.blockSize > 0 ? bytes / c.blockSize : payloads.length);
    if (c.cartridge.writesEndAt === end) plain({ end, used: c.cartridge.index.usedBytes(c.pos.address) + bytes });
  }
  try {
    c.pos.passWrittenRecords(await written);
  } catch (error) {
    return { written: plan.firstLanding, stop: { error } };
  }
  return plan.result;
}

/** Where the writes in flight leave the medium: the address after them, and the bytes then used. */
export interface WritesAhead {
  end: number;
  used: number;
}

/** A batch queued behind the writes in flight: how many records it adds, where they end, and its outcome. */
export interface QueuedBatch {
  records: number;
  ahead: WritesAhead;
  /** What write() of each record would give: all written, or the failure of the medium write. */
  result: Promise<RecordsWritten>;
}

/**
 * Queues `bufs` behind the writes in flight (LoadedCartridge.writeRecords), which must all
 * succeed for these to be written, provided that every record gets a plain write from st (the
 * right size, the medium writable, before the early warning) where those writes leave the medium
 * (`ahead`): then the verdicts do not depend on their outcome, and nothing is left to decide once
 * they are done. Returns null, having changed nothing, when a record would get anything else:
 * the batch must then wait for the writes before it.
 */
export function queueBatch(c: WriteContext, bufs: readonly Uint8Array[], prepared: PreparedWrites, ahead: WritesAhead): QueuedBatch | null {
  let used = ahead.used;
  let records = 0;
  for (const record of bufs) {
    if (record.length === 0) continue;
    try {
      // no damage to check: the writes in flight cut it off before they were queued
      checkWrite(c, record, 0);
    } catch {
      return null;
    }
    if (!c.pos.endOfMedium.plainBefore(c.cartridge.header, used, record.length, c.blockSize)) return null;
    used += record.length;
    records += c.blockSize > 0 ? record.length / c.blockSize : 1;
  }
  const landing = bufs.filter((b) => b.length > 0);
  if (landing.length === 0) return { records: 0, ahead, result: Promise.resolve({ written: bufs.length }) };
  const sums = landing.map((b) => prepared.take(b, c.cartridge, c.blockSize || b.length));
  const result = c.cartridge.writeRecords(ahead.end, landing, c.blockSize, sums).then(
    (): RecordsWritten => ({ written: bufs.length }),
    (error: unknown): RecordsWritten => ({ written: bufs.findIndex((b) => b.length > 0), stop: { error } }),
  );
  return { records, ahead: { end: ahead.end + records, used }, result };
}

/** What goes to the medium for a batch, and what the batch reports. */
interface WritePlan {
  /** In order: each record that lands, and its bytes that do (fewer at the physical end in fixed mode). */
  landing: { record: Uint8Array; bytes: Uint8Array }[];
  /** Index in the batch of the first record that lands: where the batch stops if the medium write fails. */
  firstLanding: number;
  /** The outcome once `landing` is on the medium. */
  result: RecordsWritten;
}

/**
 * Admits `bufs` one after the other, as write() for each in turn would be, and stops at the first
 * that is not a plain success. `startsWriting` runs for each record that gets past the checks
 * (st's write state begins there, even for a write the end of the medium then refuses).
 */
function planWrites(c: WriteContext, bufs: readonly Uint8Array[], startsWriting: () => void): WritePlan {
  const landing: WritePlan['landing'] = [];
  let queued = 0;
  let firstLanding = -1;
  for (let i = 0; i < bufs.length; i++) {
    const record = bufs[i]!;
    // st returns 0 for a count of 0 before any other check, as write(2) does on a file.
    if (record.length === 0) continue;
    let admitted: Admitted;
    try {
      checkWrite(c, record, queued);
      startsWriting();
      admitted = decideWrite(c, record, queued);
    } catch (error) {
      return { landing, firstLanding, result: { written: i, stop: { error } } };
    }
    if (firstLanding < 0) firstLanding = i;
    landing.push({ record, bytes: admitted.bytes === record.length ? record : record.subarray(0, admitted.bytes) });
    queued += admitted.bytes;
    if (admitted.enospc) return { landing, firstLanding, result: { written: i, stop: { error: landedWithEnospc(c.name, admitted.enospc) } } };
    if (admitted.bytes < record.length) return { landing, firstLanding, result: { written: i, stop: { bytes: admitted.bytes } } };
  }
  return { landing, firstLanding, result: { written: bufs.length } };
}

/**
 * The refusals that do not depend on the medium's fill: EINVAL, EACCES, EIO at damage. `queued`:
 * payload bytes admitted before this record and not yet written (their write removes the damage).
 */
function checkWrite(c: WriteContext, buf: Uint8Array, queued: number): void {
  if (c.blockSize === 0 && (buf.length < c.minBlock || buf.length > c.maxBlock)) {
    throw new TapeError('EINVAL', c.name, `a record of ${buf.length} bytes is outside the drive's limits ${c.minBlock}..${c.maxBlock}`);
  }
  if (c.blockSize > 0 && buf.length % c.blockSize !== 0) {
    throw new TapeError('EINVAL', c.name, `${buf.length} bytes is not a multiple of the fixed block size ${c.blockSize}`);
  }
  // st_write checks the size of a write before the write protection: a wrongly sized write to
  // a protected cartridge is EINVAL there, so it is here.
  if (c.cartridge.writeProtected) throw new TapeError('EACCES', c.name, `cartridge ${c.cartridge.file} is write-protected`);
  const damage = queued === 0 ? c.cartridge.damageAt(c.pos.address) : null;
  if (damage) throw damage;
}

/** The end-of-medium verdict; throws the ENOSPC of a write that is not written. */
function decideWrite(c: WriteContext, buf: Uint8Array, queued: number): Admitted {
  const { cartridge } = c;
  const verdict = c.pos.endOfMedium.decide(cartridge.header, cartridge.index.usedBytes(c.pos.address) + queued, buf.length, c.blockSize, c.minBlock);
  if (verdict.kind === 'reject') {
    throw new TapeError('ENOSPC', c.name, verdict.reason === 'physical-end'
      ? 'physical end of medium: nothing written'
      : 'early warning: end of medium is near; this write was not written, the next one will be');
  }
  return verdict.enospc ? { bytes: verdict.bytes, enospc: verdict.enospc } : { bytes: verdict.bytes };
}

/** The ENOSPC st reports for a write that is on the medium all the same. */
function landedWithEnospc(name: string, why: 'early-warning' | 'physical-end'): TapeError {
  return new TapeError('ENOSPC', name, why === 'early-warning'
    ? 'early warning: end of medium is near; this write was written (check tell()), the next one will not be'
    : 'physical end of medium: this write was written (check tell()), nothing more fits');
}
