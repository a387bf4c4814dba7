// The form in which copy_tape moves a tape file: its records in order, each preceded by its
// length (4 bytes, unsigned, little-endian). The staging folder holds tape files in this form,
// and a copy to another server sends them so (CopyTapeFile's data), so that the copy gets the
// very same records, whatever they hold. A digest (SHA-256 over this form, so record boundaries
// count) lets both ends compare a tape file without holding it.
import crypto from 'node:crypto';
import { u64, toNumber, type afwire } from '../../protocol/wire/index.js';

export const LENGTH_BYTES = 4;

export interface TapeFileDigest {
  tapeFile: number;
  records: number;
  /** Record bytes, without the length prefixes. */
  bytes: number;
  sha256: Buffer;
}

/** A record with its length in front, in one buffer of its own (safe to hand to a socket). */
export function framedRecord(record: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(LENGTH_BYTES + record.length);
  out.writeUInt32LE(record.length, 0);
  out.set(record, LENGTH_BYTES);
  return out;
}

export class RecordDigest {
  private readonly hash = crypto.createHash('sha256');
  private readonly length = Buffer.alloc(LENGTH_BYTES);
  private records = 0;
  private bytes = 0;

  constructor(private readonly tapeFile: number) {}

  add(record: Uint8Array): void {
    this.length.writeUInt32LE(record.length, 0);
    this.hash.update(this.length);
    this.hash.update(record);
    this.records++;
    this.bytes += record.length;
  }

  result(): TapeFileDigest {
    return { tapeFile: this.tapeFile, records: this.records, bytes: this.bytes, sha256: this.hash.digest() };
  }
}

/** Why two digests of tape file `a.tapeFile` differ, or undefined when they are the same. */
export function digestDifference(expected: TapeFileDigest, got: TapeFileDigest, what: string): string | undefined {
  if (expected.records !== got.records) return `${what} has ${got.records} records; the original's tape file ${expected.tapeFile} has ${expected.records}`;
  if (expected.bytes !== got.bytes) return `${what} holds ${got.bytes} bytes; the original's tape file ${expected.tapeFile} holds ${expected.bytes}`;
  if (!expected.sha256.equals(got.sha256)) return `${what} differs from the original's tape file ${expected.tapeFile} (SHA-256)`;
  return undefined;
}

export class RecordStreamError extends Error {
  override readonly name = 'RecordStreamError';
}

/**
 * The records of a stream in the form above, whatever its chunk boundaries. A record longer
 * than `maxRecord` (what the drive can write) or a stream that ends inside a record is refused.
 */
export async function* recordsOf(chunks: AsyncIterable<Uint8Array>, maxRecord: number): AsyncGenerator<Buffer> {
  const length = Buffer.alloc(LENGTH_BYTES);
  let lengthHave = 0;
  let record: Buffer | undefined;
  let have = 0;
  for await (const chunk of chunks) {
    let at = 0;
    while (at < chunk.length) {
      if (!record) {
        const take = Math.min(LENGTH_BYTES - lengthHave, chunk.length - at);
        length.set(chunk.subarray(at, at + take), lengthHave);
        lengthHave += take;
        at += take;
        if (lengthHave < LENGTH_BYTES) break;
        const n = length.readUInt32LE(0);
        if (n === 0 || n > maxRecord) throw new RecordStreamError(`a record of ${n} bytes cannot be written (the drive takes 1 to ${maxRecord})`);
        record = Buffer.allocUnsafe(n);
        have = 0;
        lengthHave = 0;
      }
      const take = Math.min(record.length - have, chunk.length - at);
      record.set(chunk.subarray(at, at + take), have);
      have += take;
      at += take;
      if (have === record.length) {
        yield record;
        record = undefined;
      }
    }
  }
  if (record || lengthHave > 0) throw new RecordStreamError('the tape file ends inside a record: the data was cut off');
}

export function digestToWire(d: TapeFileDigest): afwire.ITapeFileDigest {
  return { tapeFile: d.tapeFile, records: u64(d.records), bytes: u64(d.bytes), sha256: d.sha256 };
}

export function digestFromWire(d: afwire.ITapeFileDigest): TapeFileDigest {
  return { tapeFile: d.tapeFile ?? 0, records: toNumber(d.records), bytes: toNumber(d.bytes), sha256: Buffer.from(d.sha256 ?? []) };
}
