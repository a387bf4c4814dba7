// copy_tape's work: the tape files of the source cartridge go through the staging folder onto the
// target, batch by batch as the folder's free space allows (one drive: source and target take
// turns in it). The target is labelled with its own number and the original's number as its
// secondary label, so the Mounter accepts it in the original's place; every batch is read back
// and compared record for record before its staging files go.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Label, LabelReadResult } from '../../drivers/layout/index.js';
import type { TapeDevice } from '../../drivers/tape/tape-device.js';
import { TapeRecordWriter } from '../../drivers/tape/tape-writer.js';
import { isTapeError } from '../../drivers/tape/tape-error.js';
import { programVersion } from '../../protocol/wire/version.js';
import type { Catalog } from '../catalog/index.js';
import type { Media } from '../media/media.js';
import { Mounter } from '../media/mounter.js';
import { loadCartridge, type OperatorWait } from './copy-load.js';
import { freeBytes, requireRoom, stagedSize, stageTapeFile, verifyStaged, writeStaged, type StagedTapeFile } from './copy-staging.js';

export interface CopyRequest {
  from: number;
  to: number;
  /** First data tape file to copy; the ones before it become empty tape files on the copy, so numbers stay the same. */
  firstTapeFile: number;
  /** The folder the staging folder is made in. */
  stagingParent: string;
  /** Stage at most this many bytes at a time (besides the folder's free space); always at least one tape file. */
  stagingLimit?: number;
  progress: (line: string) => void;
  /** Without a changer: who swaps the cartridges. */
  wait: OperatorWait;
}

export interface CopyResult {
  label: Label;
  tapeFiles: number;
  bytes: number;
}

/** What the catalog says the source's tape files take in the staging folder, by tape file number. */
function stagingEstimates(catalog: Catalog, cartridge: number): Map<number, number> {
  return new Map(catalog.sessions.onCartridge(cartridge).map((f) => [f.tapeFile, stagedSize(f.blocks * f.blockSize, f.blocks)]));
}

export async function variableMode(dev: TapeDevice): Promise<void> {
  if ((await dev.status()).blockSize !== 0) await dev.op('setblk', 0);
}

/** Rewinds and spaces to the start of tape file `n` (the label is tape file 0). */
export async function toTapeFile(dev: TapeDevice, n: number): Promise<void> {
  await dev.op('rewind');
  if (n > 0) await dev.op('fsf', n);
  await variableMode(dev);
}

export const isLabel = (found: LabelReadResult, n: number): found is Label => found.kind === 'label' && (found.cartridge === n || found.secondary === n);

export function requireSource(found: LabelReadResult, n: number): Label {
  if (found.kind === 'blank') throw new Error(`cartridge ${n} is blank: there is nothing to copy`);
  if (found.kind === 'foreign') throw new Error(`the tape of cartridge ${n} holds ${found.hint}, not an afbackup label; nothing is copied`);
  if (found.cartridge !== n && found.secondary !== n) {
    throw new Error(`the tape found for cartridge ${n} is labelled as cartridge ${found.cartridge}; check the barcodes with cart_ctl -l and label_tape -q`);
  }
  return found;
}

function checkTarget(found: LabelReadResult, n: number): void {
  if (found.kind === 'foreign') throw new Error(`the tape of cartridge ${n} holds ${found.hint}; it is not overwritten. Label it with label_tape -f ${n} first if that data is not needed`);
  if (found.kind === 'label' && found.cartridge !== n) {
    throw new Error(`the tape found for cartridge ${n} is labelled as cartridge ${found.cartridge}; it is not overwritten. Label it with label_tape -f ${n} first if that cartridge's data is not needed`);
  }
}

/** How many data tape files the source has: those closed by a filemark, and whether one without filemark may follow. */
export async function countTapeFiles(dev: TapeDevice, n: number): Promise<number> {
  await dev.op('eom');
  const filemarks = (await dev.status()).fileNumber;
  if (filemarks < 0) throw new Error(`${dev.name} does not tell the tape file number at the end of data (fast EOM set?); cartridge ${n} cannot be copied with this drive setting`);
  // filemark 1 closes the label; tape file `filemarks` may exist without a filemark (written up to the physical end)
  return filemarks;
}

/** Copies on the Media of the drive (the caller holds the drive, as withDrive does). */
export async function copyCartridge(catalog: Catalog, media: Media, r: CopyRequest): Promise<CopyResult> {
  catalog.cartridges.require(r.from);
  catalog.cartridges.require(r.to);
  catalog.cartridges.checkOverwritable(r.to, catalog.precious.holders(r.to));
  // A copy has no tape files of its own in the catalog; they are recorded under the original's number.
  const estimates = stagingEstimates(catalog, catalog.cartridges.require(r.from).secondary ?? r.from);
  const dir = await fs.mkdtemp(path.join(r.stagingParent, 'copy_tape-')).catch((e: Error) => {
    throw new Error(`cannot make a staging folder in ${r.stagingParent}: ${e.message}; name another folder with -T`);
  });
  try {
    const wanted = [...estimates].filter(([f]) => f >= r.firstTapeFile);
    const largest = wanted.reduce((a, b) => (b[1] > a[1] ? b : a), [0, 0]);
    if (largest[0] > 0) await requireRoom(dir, largest[1], `tape file ${largest[0]} of cartridge ${r.from}, the largest to copy,`);
    return await copyThroughStaging(catalog, media, dir, r, estimates, largest[1]);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

async function copyThroughStaging(
  catalog: Catalog,
  media: Media,
  dir: string,
  r: CopyRequest,
  estimates: ReadonlyMap<number, number>,
  largestKnown: number,
): Promise<CopyResult> {
  const dev = media.drive;
  const bringSource = async (): Promise<Label> =>
    requireSource(await loadCartridge(media, catalog, r.from, `cartridge ${r.from} (the source of the copy)`, (f) => isLabel(f, r.from), r.wait), r.from);
  const source = await bringSource();
  const last = await countTapeFiles(dev, r.from);
  if (r.firstTapeFile > last) throw new Error(`cartridge ${r.from} has ${Math.max(0, last - 1)} tape file(s) with data; there is no tape file ${r.firstTapeFile} to start from`);
  // A copy of a copy stands for the same original: the catalog's tape files are recorded under its number.
  const original = source.secondary || source.cartridge;
  const labeller = new Mounter(media, catalog, { tell: async (subject, text) => r.progress(`${subject}: ${text}`) }, {
    // only label() is used, which never looks at this
    rejectUnlabeledTapes: true,
    blockSize: source.blockSize,
    programVersion: programVersion(),
  });
  const recordBuf = Buffer.allocUnsafe(dev.limits().maxBlock);
  const tapeBuf = Buffer.allocUnsafe(dev.limits().maxBlock);
  let label: Label | undefined;
  let next = r.firstTapeFile;
  let tapeFiles = 0;
  let bytes = 0;
  let largestStaged = 0;
  // A tape file the catalog does not know is taken to be as large as the largest one seen.
  const estimate = (f: number): number => estimates.get(f) ?? Math.max(largestKnown, largestStaged);
  try {
    while (next <= last) {
      if (label) await bringSource();
      await toTapeFile(dev, next);
      const batch: StagedTapeFile[] = [];
      let staged = 0;
      const room = async (): Promise<number> => Math.min(await freeBytes(dir), (r.stagingLimit ?? Infinity) - staged);
      while (next <= last && (batch.length === 0 || (await room()) >= estimate(next))) {
        const s = await stageTapeFile(dev, dir, next, recordBuf);
        staged += stagedSize(s.bytes, s.records);
        largestStaged = Math.max(largestStaged, stagedSize(s.bytes, s.records));
        next++;
        if (s.tapeFile === last && s.records === 0) {
          // end of data right after the last filemark: no tape file there
          await fs.rm(s.file);
          break;
        }
        r.progress(`staged tape file ${s.tapeFile} of cartridge ${r.from}: ${s.records} records, ${s.bytes} bytes`);
        batch.push(s);
      }
      if (batch.length === 0) break;
      const copy = label;
      const fits = copy ? (f: LabelReadResult) => f.kind === 'label' && f.cartridge === r.to && f.secondary === copy.secondary : (f: LabelReadResult) => f.kind === 'blank' || (f.kind === 'label' && f.cartridge === r.to);
      const target = await loadCartridge(media, catalog, r.to, copy ? `cartridge ${r.to} (the copy being written)` : `cartridge ${r.to} or a blank cartridge (the target of the copy)`, fits, r.wait);
      let writer: TapeRecordWriter;
      if (!label) {
        checkTarget(target, r.to);
        label = await labeller.label(r.to, `copy of cartridge ${original}, duplicated ${new Date().toISOString()}`, original === r.to ? {} : { secondary: original });
        r.progress(`labelled cartridge ${r.to}${label.barcode ? ` (barcode ${label.barcode})` : ''} as a copy of cartridge ${original}`);
        writer = new TapeRecordWriter(dev);
        for (let f = 1; f < r.firstTapeFile; f++) await writer.writeFilemark();
      } else {
        if (!fits(target)) {
          throw new Error(`the tape loaded for cartridge ${r.to} is no longer the copy being written; was it swapped meanwhile?`);
        }
        await toTapeFile(dev, batch[0]!.tapeFile);
        writer = new TapeRecordWriter(dev);
      }
      await variableMode(dev);
      writer.resync();
      for (const [i, s] of batch.entries()) {
        await writeStaged(writer, s, recordBuf, i === batch.length - 1);
        r.progress(`wrote tape file ${s.tapeFile} to cartridge ${r.to}`);
      }
      await toTapeFile(dev, batch[0]!.tapeFile);
      for (const s of batch) {
        await verifyStaged(dev, s, recordBuf, tapeBuf);
        r.progress(`verified tape file ${s.tapeFile} of cartridge ${r.to}`);
        await fs.rm(s.file);
        tapeFiles++;
        bytes += s.bytes;
      }
    }
  } catch (e) {
    throw label ? await withdrawCopy(media, catalog, labeller, r, e) : e;
  }
  if (!label) throw new Error(`cartridge ${r.from} holds no data from tape file ${r.firstTapeFile} on: there is nothing to copy`);
  // Backups must never reuse the copy: it is the original's stand-in.
  catalog.cartridges.setReadOnly([r.to], true);
  return { label, tapeFiles, bytes };
}

/** A partial copy must never be taken for the original: its label loses the secondary number. */
async function withdrawCopy(media: Media, catalog: Catalog, labeller: Mounter, r: CopyRequest, cause: unknown): Promise<Error> {
  const message = cause instanceof Error ? cause.message : String(cause);
  const failedWhy = isTapeError(cause, 'ENOSPC') ? `cartridge ${r.to} is too small for the copy (${message})` : message;
  try {
    checkTarget(await loadCartridge(media, catalog, r.to, `cartridge ${r.to} (the failed copy)`, (f) => f.kind === 'label' && f.cartridge === r.to, r.wait), r.to);
    await labeller.label(r.to, `copy of cartridge ${r.from} failed`);
    return new Error(`${failedWhy}; cartridge ${r.to} was labelled anew without the secondary label, so the partial copy is never used in place of cartridge ${r.from}`);
  } catch (e) {
    return new Error(`${failedWhy}; relabelling cartridge ${r.to} failed too (${(e as Error).message}): relabel it with label_tape -f ${r.to} before using it`);
  }
}
