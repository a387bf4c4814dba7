// library.json: where every cartridge of a virtual tape library is. Versioned, validated on
// every read (the file is meant to be readable and, carefully, editable by an operator), and
// written atomically (temp file + rename) by whoever holds the library lock.

import fs from 'node:fs/promises';
import path from 'node:path';
import { ChangerError } from '../changer/changer.js';
import { writeFileAtomic } from './pid-lock.js';

export const LIBRARY_FORMAT = 'afbackup-virtual-library';
export const LIBRARY_VERSION = 1;

export interface DriveState {
  barcode: string;
  /** Storage element the cartridge came from (mtx: "Storage Element N Loaded"). */
  sourceSlot: number;
  /** Process whose drive object has the cartridge inserted; absent when no process has. */
  holder?: number;
}

export interface LibraryState {
  format: typeof LIBRARY_FORMAT;
  version: typeof LIBRARY_VERSION;
  /** Storage slots, numbered 1..storageSlots. */
  storageSlots: number;
  /** Import/export slots, numbered after the storage slots. */
  importExportSlots: number;
  /** Barcode per element, storage slots then import/export slots; null = empty. */
  slots: (string | null)[];
  drives: (DriveState | null)[];
  /** For cartridges added later (addCartridges). */
  newCartridge: { capacityBytes: number; earlyWarningBytes: number; barcodePrefix: string; nextNumber: number };
}

export const STATE_FILE = 'library.json';
export const CARTRIDGE_DIR = 'cartridges';

/** Cleaning cartridges carry barcodes CLNnnnL8 and have no cartridge file: they hold no data. */
export const CLEANING_PREFIX = 'CLN';
export const isCleaning = (barcode: string): boolean => barcode.startsWith(CLEANING_PREFIX);

export const cartridgePath = (dir: string, barcode: string): string => path.join(dir, CARTRIDGE_DIR, `${barcode}.vtape`);

/** LTO-style volume tag: prefix, number, "L8", six characters before the media id. */
export function makeBarcode(prefix: string, n: number): string {
  return `${prefix}${String(n).padStart(Math.max(1, 6 - prefix.length), '0')}L8`;
}

const BARCODE = /^[A-Za-z0-9_-]{1,32}$/;

function check(ok: boolean, dir: string, what: string): asserts ok {
  if (!ok) throw new ChangerError(`vlib:${dir}`, `${path.join(dir, STATE_FILE)} is damaged (${what}); restore it from a copy or fix it by hand`);
}

const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

export function validateState(s: unknown, dir: string): LibraryState {
  check(typeof s === 'object' && s !== null, dir, 'not a JSON object');
  const o = s as Record<string, unknown>;
  check(o.format === LIBRARY_FORMAT, dir, `format is not "${LIBRARY_FORMAT}"`);
  check(o.version === LIBRARY_VERSION, dir, `version ${String(o.version)} is not ${LIBRARY_VERSION}; a newer afbackup wrote it`);
  check(isCount(o.storageSlots) && isCount(o.importExportSlots), dir, 'slot counts');
  const st = o as unknown as LibraryState;
  check(Array.isArray(st.slots) && st.slots.length === st.storageSlots + st.importExportSlots, dir, 'slots list length');
  check(Array.isArray(st.drives) && st.drives.length > 0, dir, 'drives list');
  const seen = new Set<string>();
  const tag = (b: unknown, where: string): void => {
    check(typeof b === 'string' && BARCODE.test(b), dir, `barcode at ${where}`);
    check(!seen.has(b), dir, `barcode ${b} in two places`);
    seen.add(b);
  };
  st.slots.forEach((b, i) => b === null || tag(b, `slot ${i + 1}`));
  st.drives.forEach((d, i) => {
    if (d === null) return;
    tag(d.barcode, `drive ${i}`);
    check(!isCleaning(d.barcode), dir, `cleaning cartridge ${d.barcode} in drive ${i}`);
    check(Number.isSafeInteger(d.sourceSlot) && d.sourceSlot >= 1 && d.sourceSlot <= st.slots.length, dir, `source slot of drive ${i}`);
    check(d.holder === undefined || (Number.isSafeInteger(d.holder) && d.holder > 0), dir, `holder of drive ${i}`);
  });
  const n = st.newCartridge;
  check(typeof n === 'object' && n !== null && isCount(n.capacityBytes) && isCount(n.earlyWarningBytes) && isCount(n.nextNumber), dir, 'newCartridge');
  check(typeof n.barcodePrefix === 'string' && BARCODE.test(n.barcodePrefix), dir, 'barcode prefix');
  return st;
}

export async function readState(dir: string): Promise<LibraryState> {
  let text: string;
  try {
    text = await fs.readFile(path.join(dir, STATE_FILE), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ChangerError(`vlib:${dir}`, `${dir} holds no virtual library (no ${STATE_FILE}); create one first`);
    }
    throw e;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    check(false, dir, `not JSON: ${(e as Error).message}`);
  }
  return validateState(parsed, dir);
}

export async function writeState(dir: string, s: LibraryState): Promise<void> {
  await writeFileAtomic(path.join(dir, STATE_FILE), JSON.stringify(s, null, 2) + '\n');
}

/** Every barcode the library holds, wherever it is. */
export function allBarcodes(s: LibraryState): Set<string> {
  const out = new Set<string>();
  for (const b of s.slots) if (b !== null) out.add(b);
  for (const d of s.drives) if (d !== null) out.add(d.barcode);
  return out;
}
