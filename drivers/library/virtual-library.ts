// The virtual tape library: a folder with library.json (where each cartridge is) and
// cartridges/<barcode>.vtape (the cartridge files), a robot (VirtualChanger) and drives
// (VirtualTape). Several processes may open the same library (the server, cart_ctl): every
// change happens under library.lock, and each drive's cartridge is inserted in the drive object
// of exactly one process, recorded as the drive's holder in library.json. A process picks up
// a cartridge another process left in a drive (holder gone) at its next changer operation or
// refresh().

import fs from 'node:fs/promises';
import path from 'node:path';
import { ChangerError } from '../changer/changer.js';
import { createCartridge, readCartridgeInfo, VirtualTape, type VirtualTapeOptions } from '../vtape/index.js';
import {
  allBarcodes,
  CARTRIDGE_DIR,
  CLEANING_PREFIX,
  cartridgePath,
  LIBRARY_FORMAT,
  LIBRARY_VERSION,
  makeBarcode,
  readState,
  STATE_FILE,
  writeState,
  type LibraryState,
} from './library-state.js';
import { acquirePidLock, LockBusyError, pidAlive } from './pid-lock.js';
import { VirtualChanger, type LibraryCore } from './virtual-changer.js';

export interface CreateLibraryParams {
  slots: number;
  drives: number;
  importExport: number;
  /** Blank cartridges to create, in slots 1..cartridges. */
  cartridges: number;
  /** Cleaning cartridges (CLN001L8, ...), in the last storage slots; default 0. */
  cleaningCartridges?: number;
  capacityBytes: number;
  /** Default: 2 % of the capacity. */
  earlyWarningBytes?: number;
  /** Default "AFB": barcodes AFB001L8, AFB002L8, ... */
  barcodePrefix?: string;
}

export interface OpenLibraryOptions {
  requireOfflineBeforeUnload?: boolean;
  loadDelayMs?: number;
  unloadDelayMs?: number;
  /** How long a change waits for another process holding the library lock; default 30 s. */
  lockWaitMs?: number;
  /** Options for the drives (their names default to "vlib:DIR:drive N"). */
  tape?: Omit<VirtualTapeOptions, 'name'>;
}

const EXPORT_DIR = 'exported';

/** Moves a cartridge file without ever replacing one: a hard link where it can, else a copy. */
async function moveCartridgeFile(from: string, to: string): Promise<void> {
  try {
    await fs.link(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV' && (e as NodeJS.ErrnoException).code !== 'EPERM') throw e;
    await fs.copyFile(from, to, fs.constants.COPYFILE_EXCL);
  }
  await fs.rm(from);
}

function libError(dir: string, message: string): ChangerError {
  return new ChangerError(`vlib:${dir}`, message);
}

export async function createLibrary(dir: string, p: CreateLibraryParams): Promise<void> {
  const where = path.resolve(dir);
  const whole = (v: number, min: number): boolean => Number.isSafeInteger(v) && v >= min;
  if (!whole(p.slots, 1) || !whole(p.drives, 1) || !whole(p.importExport, 0) || !whole(p.cartridges, 0) || !whole(p.capacityBytes, 1)) {
    throw libError(where, 'a library needs at least 1 slot and 1 drive, whole numbers of cartridges and mailslots, and a capacity of at least 1 byte');
  }
  const cleaning = p.cleaningCartridges ?? 0;
  if (!whole(cleaning, 0) || p.cartridges + cleaning > p.slots) {
    throw libError(where, `${p.cartridges} data and ${cleaning} cleaning cartridges do not fit into ${p.slots} slots`);
  }
  const prefix = p.barcodePrefix ?? 'AFB';
  if (!/^[A-Z0-9]{1,5}$/.test(prefix)) throw libError(where, `barcode prefix "${prefix}" must be 1 to 5 capital letters or digits`);
  await fs.mkdir(path.join(where, CARTRIDGE_DIR), { recursive: true });
  if (await fs.access(path.join(where, STATE_FILE)).then(() => true, () => false)) {
    throw libError(where, `${where} already holds a library; choose an empty folder`);
  }
  const earlyWarningBytes = p.earlyWarningBytes ?? Math.floor(p.capacityBytes / 50);
  const state: LibraryState = {
    format: LIBRARY_FORMAT,
    version: LIBRARY_VERSION,
    storageSlots: p.slots,
    importExportSlots: p.importExport,
    slots: Array.from({ length: p.slots + p.importExport }, () => null),
    drives: Array.from({ length: p.drives }, () => null),
    newCartridge: { capacityBytes: p.capacityBytes, earlyWarningBytes, barcodePrefix: prefix, nextNumber: 1 },
  };
  for (let i = 0; i < p.cartridges; i++) state.slots[i] = await newCartridge(where, state);
  for (let i = 0; i < cleaning; i++) state.slots[p.slots - cleaning + i] = makeBarcode(CLEANING_PREFIX, i + 1);
  await writeState(where, state);
}

async function newCartridge(dir: string, s: LibraryState): Promise<string> {
  const n = s.newCartridge;
  const barcode = makeBarcode(n.barcodePrefix, n.nextNumber++);
  await createCartridge(cartridgePath(dir, barcode), { capacityBytes: n.capacityBytes, earlyWarningBytes: n.earlyWarningBytes, barcode });
  return barcode;
}

export async function openLibrary(dir: string, opts: OpenLibraryOptions = {}): Promise<VirtualLibrary> {
  const where = path.resolve(dir);
  const state = await readState(where);
  const tapes: VirtualTape[] = [];
  for (let i = 0; i < state.drives.length; i++) tapes.push(await VirtualTape.open(null, { ...opts.tape, name: `vlib:${where}:drive ${i}` }));
  const lib = new VirtualLibrary(where, tapes, opts);
  await lib.refresh();
  return lib;
}

export class VirtualLibrary implements LibraryCore {
  readonly changer: VirtualChanger;
  private readonly lockWaitMs: number;
  /** This process's own changes, one after the other; the lock file orders them with others'. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly dir: string,
    private readonly tapes: VirtualTape[],
    opts: OpenLibraryOptions,
  ) {
    this.lockWaitMs = opts.lockWaitMs ?? 30_000;
    this.changer = new VirtualChanger(this, {
      requireOffline: opts.requireOfflineBeforeUnload ?? false,
      loadDelayMs: opts.loadDelayMs ?? 0,
      unloadDelayMs: opts.unloadDelayMs ?? 0,
    });
  }

  /** Drive n (from 0), as this process sees it. */
  drive(n: number): VirtualTape {
    const t = this.tapes[n];
    if (!t) throw libError(this.dir, `there is no drive ${n}: drives are 0..${this.tapes.length - 1}`);
    return t;
  }

  snapshot(): Promise<LibraryState> {
    return readState(this.dir);
  }

  transaction<T>(fn: (s: LibraryState) => Promise<T>): Promise<T> {
    const run = this.queue.then(() => this.locked(fn));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async locked<T>(fn: (s: LibraryState) => Promise<T>): Promise<T> {
    let release: () => Promise<void>;
    try {
      release = await acquirePidLock(path.join(this.dir, 'library.lock'), { what: `the virtual library ${this.dir}`, waitMs: this.lockWaitMs });
    } catch (e) {
      if (e instanceof LockBusyError) throw libError(this.dir, e.message);
      throw e;
    }
    try {
      const s = await readState(this.dir);
      await this.syncDrives(s);
      const result = await fn(s);
      await writeState(this.dir, s);
      return result;
    } finally {
      await release();
    }
  }

  /** Makes this process's drive objects agree with library.json (see the file comment). */
  private async syncDrives(s: LibraryState): Promise<void> {
    for (let i = 0; i < this.tapes.length; i++) {
      const tape = this.tapes[i]!;
      const d = s.drives[i] ?? null;
      const want = d === null ? null : cartridgePath(this.dir, d.barcode);
      if (tape.cartridgeFile !== null && tape.cartridgeFile !== want) await tape.remove();
      if (d === null || want === null) continue;
      if (tape.cartridgeFile === want) {
        d.holder = process.pid;
        continue;
      }
      if (d.holder !== undefined && d.holder !== process.pid && pidAlive(d.holder)) continue;
      try {
        await tape.insert(want);
        d.holder = process.pid;
      } catch {
        // Still held elsewhere (its cartridge lock) or unreadable: the drive stays empty here.
        delete d.holder;
      }
    }
  }

  /** Takes up what other processes changed: cartridges they left in drives, moves they made. */
  async refresh(): Promise<void> {
    await this.transaction(async () => undefined);
  }

  /** Creates n blank cartridges in the first empty storage slots; resolves to their barcodes. */
  async addCartridges(n: number): Promise<string[]> {
    return this.transaction(async (s) => {
      const empty = s.slots.map((b, i) => (b === null && i < s.storageSlots ? i : -1)).filter((i) => i >= 0);
      if (!Number.isSafeInteger(n) || n < 0) throw libError(this.dir, `cannot add ${n} cartridges`);
      if (n > empty.length) throw libError(this.dir, `only ${empty.length} storage slots are empty, ${n} cartridges do not fit; export some first`);
      const out: string[] = [];
      for (let i = 0; i < n; i++) {
        const b = await newCartridge(this.dir, s);
        s.slots[empty[i]!] = b;
        out.push(b);
      }
      return out;
    });
  }

  /**
   * An operator puts a cartridge file into the mailslot: it moves into cartridges/ and lands in
   * the first empty import/export slot (a storage slot when the library has no mailslot).
   */
  async importCartridge(file: string): Promise<{ slot: number; barcode: string }> {
    const info = await readCartridgeInfo(file).catch((e: Error) => {
      throw libError(this.dir, `${file} is not a readable cartridge: ${e.message}`);
    });
    const barcode = info.barcode;
    if (barcode === undefined) throw libError(this.dir, `${file} has no barcode label, and the library tells cartridges apart by barcode; create it with one`);
    return this.transaction(async (s) => {
      if (allBarcodes(s).has(barcode)) throw libError(this.dir, `a cartridge with barcode ${barcode} is already in the library`);
      const from = s.importExportSlots > 0 ? s.storageSlots : 0;
      const i = s.slots.findIndex((b, k) => b === null && k >= from);
      if (i < 0) throw libError(this.dir, s.importExportSlots > 0 ? 'every import/export slot is full: move those cartridges into storage slots first' : 'no slot is empty: export a cartridge first');
      await moveCartridgeFile(file, cartridgePath(this.dir, barcode)).catch((e: NodeJS.ErrnoException) => {
        throw libError(this.dir, e.code === 'EEXIST' ? `a stray file ${cartridgePath(this.dir, barcode)} is in the way: move it away first` : `cannot import ${file}: ${e.message}`);
      });
      s.slots[i] = barcode;
      return { slot: i + 1, barcode };
    });
  }

  /**
   * Takes the cartridge in `slot` out of the library through the mailslot; its file moves to
   * exported/<barcode>.vtape in the library folder. Resolves to that path.
   */
  async exportCartridge(slot: number): Promise<string> {
    return this.transaction(async (s) => {
      if (!Number.isSafeInteger(slot) || slot < 1 || slot > s.slots.length) throw libError(this.dir, `there is no slot ${slot}: slots are 1..${s.slots.length}`);
      const barcode = s.slots[slot - 1];
      if (!barcode) throw libError(this.dir, `slot ${slot} is empty: there is nothing to export`);
      const isMailslot = slot > s.storageSlots;
      if (!isMailslot && s.importExportSlots > 0 && !s.slots.slice(s.storageSlots).includes(null)) {
        throw libError(this.dir, 'every import/export slot is full: take those cartridges out first');
      }
      await fs.mkdir(path.join(this.dir, EXPORT_DIR), { recursive: true });
      const out = path.join(this.dir, EXPORT_DIR, `${barcode}.vtape`);
      await moveCartridgeFile(cartridgePath(this.dir, barcode), out).catch((e: NodeJS.ErrnoException) => {
        throw libError(this.dir, e.code === 'EEXIST' ? `${out} exists already: move it away first` : `cannot export ${barcode}: ${e.message}`);
      });
      s.slots[slot - 1] = null;
      return out;
    });
  }

  /** Closes the drives (a pending filemark is written) and gives their cartridges up to other processes. */
  async close(): Promise<void> {
    await this.transaction(async (s) => {
      for (let i = 0; i < this.tapes.length; i++) {
        const d = s.drives[i];
        if (d && d.holder === process.pid) delete d.holder;
        await this.tapes[i]!.close();
      }
    });
  }
}
