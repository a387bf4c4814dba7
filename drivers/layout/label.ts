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

/** read() that turns the end of data into null and a filemark into 0. */
async function readOrEnd(dev: TapeDevice, buf: Uint8Array): Promise<number | null> {
  try {
    return await dev.read(buf);
  } catch (e) {
    if (isTapeError(e, 'EIO')) return null;
    throw e;
  }
}

async function requireMedium(dev: TapeDevice): Promise<number> {
  const s = await dev.status();
  if (!s.online || s.doorOpen) throw new TapeError('ENOMEDIUM', dev.name, 'no cartridge in the drive; load one first');
  return s.blockSize;
}

/**
 * Rewinds and reads tape file 0. Whatever block size the drive was set to, the label is read in
 * variable mode with a buffer of the drive's maximum block size (a label written in fixed mode
 * as several small records is put back together); the drive's mode is restored afterwards.
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
  const buf = Buffer.allocUnsafe(Math.max(dev.limits().maxBlock, LABEL_RECORD_SIZE));
  const n = await readOrEnd(dev, buf);
  if (n === null) return { kind: 'blank' };
  if (n === 0) {
    // an empty tape file 0: blank if nothing follows
    const next = await readOrEnd(dev, buf);
    if (next === null || next === 0) return { kind: 'blank' };
    const f = identifyForeign(buf.subarray(0, next));
    return { ...f, hint: `an empty tape file 0 followed by ${f.hint}` };
  }
  const first = Buffer.from(buf.subarray(0, n));
  if (!looksLikeLabel(first)) return identifyForeign(first);
  // A label written in fixed mode with small blocks spans several records.
  const parts = [first];
  let have = first.length;
  let atFilemark = false;
  while (!labelComplete(Buffer.concat(parts)) && have < LABEL_RECORD_SIZE) {
    const m = await readOrEnd(dev, buf);
    if (m === null || m === 0) {
      atFilemark = m === 0;
      break;
    }
    parts.push(Buffer.from(buf.subarray(0, m)));
    have += m;
  }
  const label = parseLabel(Buffer.concat(parts), dev.name);
  // move past the rest of tape file 0, so tape file 1 comes next
  while (!atFilemark) {
    const m = await readOrEnd(dev, buf);
    if (m === null) break;
    atFilemark = m === 0;
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
