// Reading and writing the cartridge label, tape file 0 (FORMAT.md §3).
import type { TapeDevice } from '../tape/tape-device.js';
import { TapeError, isTapeError } from '../tape/tape-error.js';
import {
  type ForeignData,
  type Label,
  type LabelFields,
  LABEL_RECORD_SIZE,
  LabelError,
  encodeLabel,
  identifyForeign,
  labelComplete,
  looksLikeLabel,
  parseLabel,
} from './label-format.js';

export type LabelReadResult = Label | { kind: 'blank' } | ForeignData;

/** Bytes of the buffer a label is read into first: room for a label in any usual fixed block size. */
const FIRST_READ = 64 * 1024;

/**
 * Reads records of any size, each into the buffer it fits: a label's small records into a small
 * buffer, and only a larger record (foreign data), once stepped back over after the drive refused
 * it with ENOMEM, into one of the drive's largest record. Every mount reads the label, and a
 * buffer of the largest record (16 MiB on a virtual tape) per mount cost the server a garbage
 * collection every few sessions.
 */
class RecordReads {
  private small: Buffer;
  private large: Buffer | undefined;

  constructor(private readonly dev: TapeDevice) {
    const { minBlock, maxBlock } = dev.limits();
    this.small = Buffer.allocUnsafe(Math.min(Math.max(FIRST_READ, minBlock, LABEL_RECORD_SIZE), Math.max(maxBlock, LABEL_RECORD_SIZE)));
  }

  /** The next record's bytes (valid until the next call); empty at a filemark, null at the end of data. */
  async next(): Promise<Buffer | null> {
    try {
      return await this.readInto(this.small);
    } catch (e) {
      if (!isTapeError(e, 'ENOMEM')) throw e;
    }
    // too large for the small buffer: st lost it (rule ENOMEM), and it is read again in full
    await this.dev.op('bsr', 1);
    this.large ??= Buffer.allocUnsafe(Math.max(this.dev.limits().maxBlock, LABEL_RECORD_SIZE));
    return this.readInto(this.large);
  }

  private async readInto(buf: Buffer): Promise<Buffer | null> {
    try {
      return buf.subarray(0, await this.dev.read(buf));
    } catch (e) {
      if (isTapeError(e, 'EIO')) return null;
      throw e;
    }
  }
}

async function requireMedium(dev: TapeDevice): Promise<number> {
  const s = await dev.status();
  if (!s.online || s.doorOpen) throw new TapeError('ENOMEDIUM', dev.name, 'no cartridge in the drive; load one first');
  return s.blockSize;
}

/**
 * Rewinds and reads tape file 0. Whatever block size the drive was set to, the label is read in
 * variable mode (RecordReads: a record larger than a label is read again with a buffer of the
 * drive's maximum block size; a label written in fixed mode as several small records is put back
 * together); the drive's mode is restored afterwards.
 * After a valid label the tape is positioned at the start of tape file 1; otherwise the position
 * is unspecified. Rejects with LabelError('corrupt') when a label is there but damaged.
 */
export async function readLabel(dev: TapeDevice): Promise<LabelReadResult> {
  const mode = await requireMedium(dev);
  await dev.op('rewind');
  if (mode !== 0) await dev.op('setblk', 0);
  try {
    return await readLabelVariable(dev);
  } finally {
    if (mode !== 0) await dev.op('setblk', mode);
  }
}

async function readLabelVariable(dev: TapeDevice): Promise<LabelReadResult> {
  const records = new RecordReads(dev);
  const record = await records.next();
  if (record === null) return { kind: 'blank' };
  if (record.length === 0) {
    // an empty tape file 0: blank if nothing follows
    const next = await records.next();
    if (next === null || next.length === 0) return { kind: 'blank' };
    const f = identifyForeign(next);
    return { ...f, hint: `an empty tape file 0 followed by ${f.hint}` };
  }
  const first = Buffer.from(record);
  if (!looksLikeLabel(first)) return identifyForeign(first);
  // A label written in fixed mode with small blocks spans several records.
  const parts = [first];
  let have = first.length;
  let atFilemark = false;
  while (!labelComplete(Buffer.concat(parts)) && have < LABEL_RECORD_SIZE) {
    const m = await records.next();
    if (m === null || m.length === 0) {
      atFilemark = m !== null;
      break;
    }
    parts.push(Buffer.from(m));
    have += m.length;
  }
  const label = parseLabel(Buffer.concat(parts), dev.name);
  // move past the rest of tape file 0, so tape file 1 comes next
  while (!atFilemark) {
    const m = await records.next();
    if (m === null) break;
    atFilemark = m.length === 0;
  }
  return label;
}

export interface WriteLabelOptions {
  /** Overwrite whatever the cartridge holds: another cartridge's label, foreign data, a damaged label. */
  force?: boolean;
}

/**
 * Writes the label as tape file 0, followed by a filemark; everything on the cartridge after it is
 * gone. Refuses (LabelError 'refused') when the cartridge holds a label of another cartridge
 * number, a damaged label or foreign data, unless `force`. Relabelling a cartridge with its own
 * number is allowed. Afterwards the tape is positioned at the start of tape file 1.
 */
export async function writeLabel(dev: TapeDevice, label: LabelFields, opts: WriteLabelOptions = {}): Promise<void> {
  const text = encodeLabel(label);
  if (!opts.force) {
    let found: LabelReadResult;
    try {
      found = await readLabel(dev);
    } catch (e) {
      if (e instanceof LabelError) {
        throw new LabelError('refused', `${e.message}. Refusing to overwrite it; use force to relabel anyway`);
      }
      throw e;
    }
    if (found.kind === 'foreign') {
      throw new LabelError('refused', `${dev.name}: the cartridge holds ${found.hint}; refusing to overwrite it with the label of cartridge ${label.cartridge}. Use force to overwrite it`);
    }
    if (found.kind === 'label' && found.cartridge !== label.cartridge) {
      throw new LabelError(
        'refused',
        `${dev.name}: the cartridge is labelled as cartridge ${found.cartridge} (set ${found.cartridgeSet}, labelled ${found.labelTime.toISOString()}); refusing to relabel it as cartridge ${label.cartridge}. Use force to overwrite it and lose its data`,
      );
    }
  } else {
    await requireMedium(dev);
  }
  await dev.op('rewind');
  const fixed = (await dev.status()).blockSize;
  const { minBlock } = dev.limits();
  const size = fixed > 0 ? Math.ceil(LABEL_RECORD_SIZE / fixed) * fixed : Math.max(LABEL_RECORD_SIZE, minBlock);
  const record = Buffer.alloc(size);
  text.copy(record);
  const n = await dev.write(record);
  if (n !== size) throw new TapeError('EIO', dev.name, `label write was short (${n} of ${size} bytes); the cartridge may be damaged`);
  await dev.op('weof', 1);
}
