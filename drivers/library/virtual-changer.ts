// The robot of a virtual tape library: moves cartridges between slots, mailslots and drives
// the way mtx would on a real one (same element numbering, same refusals), but with messages
// that say what to do. Loading into drive n inserts the cartridge file into that drive's
// VirtualTape; unloading takes it out.

import { access } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { ChangerError, type Changer, type ChangerStatus, type DriveElement, type SlotElement } from '../changer/changer.js';
import { formatMtxStatus } from '../changer/mtx-status.js';
import type { VirtualTape } from '../vtape/index.js';
import { cartridgePath, isCleaning, type LibraryState } from './library-state.js';
import { pidAlive } from './pid-lock.js';

export interface VirtualChangerOptions {
  /** Refuse to unload a drive whose tape is still online (some libraries need `mt offline` first). */
  requireOffline: boolean;
  /** Milliseconds the robot takes to load / unload (as mhvtl's `vtlcmd delay load|unload`). */
  loadDelayMs: number;
  unloadDelayMs: number;
}

/** What the changer needs from its library. */
export interface LibraryCore {
  readonly dir: string;
  drive(n: number): VirtualTape;
  /** Under the library lock: reads library.json, runs fn on it, writes it back if fn succeeds. */
  transaction<T>(fn: (s: LibraryState) => Promise<T>): Promise<T>;
  /** library.json as it is now, without the lock. */
  snapshot(): Promise<LibraryState>;
}

export function statusOf(dir: string, s: LibraryState): ChangerStatus {
  const drives = s.drives.map((d, i): DriveElement => (d === null ? { drive: i, full: false } : { drive: i, full: true, sourceSlot: d.sourceSlot, volumeTag: d.barcode }));
  const slots = s.slots.map((b, i): SlotElement => {
    const e: SlotElement = { slot: i + 1, importExport: i >= s.storageSlots, full: b !== null };
    if (b !== null) e.volumeTag = b;
    return e;
  });
  return { device: dir, drives, slots };
}

export class VirtualChanger implements Changer {
  readonly name: string;

  constructor(
    private readonly core: LibraryCore,
    private readonly opts: VirtualChangerOptions,
  ) {
    this.name = `vlib:${core.dir}`;
  }

  private fail(message: string): never {
    throw new ChangerError(this.name, message);
  }

  async status(): Promise<ChangerStatus> {
    return statusOf(this.core.dir, await this.core.snapshot());
  }

  /** The status as `mtx status` would print it. */
  async statusText(): Promise<string> {
    return formatMtxStatus(await this.status());
  }

  private slotRange(s: LibraryState): string {
    const ie = s.importExportSlots > 0 ? `, ${s.storageSlots + 1}..${s.slots.length} import/export` : '';
    return `slots are 1..${s.storageSlots}${ie}`;
  }

  private checkSlot(s: LibraryState, slot: number): void {
    if (!Number.isSafeInteger(slot) || slot < 1 || slot > s.slots.length) this.fail(`there is no slot ${slot}: ${this.slotRange(s)}`);
  }

  private checkDrive(s: LibraryState, drive: number): void {
    if (!Number.isSafeInteger(drive) || drive < 0 || drive >= s.drives.length) this.fail(`there is no drive ${drive}: drives are 0..${s.drives.length - 1}`);
  }

  async load(slot: number, drive: number): Promise<void> {
    await this.core.transaction(async (s) => {
      this.checkSlot(s, slot);
      this.checkDrive(s, drive);
      const barcode = s.slots[slot - 1];
      if (barcode === null || barcode === undefined) this.fail(`slot ${slot} is empty (mtx: Source Element Address is Empty): choose a full slot; the status lists them`);
      const d = s.drives[drive];
      if (d) this.fail(`drive ${drive} is full (cartridge ${d.barcode} from slot ${d.sourceSlot} loaded): unload it first`);
      await sleep(this.opts.loadDelayMs);
      if (isCleaning(barcode)) {
        // As a real library does: the drive runs the cleaning cycle and ejects the cartridge.
        this.fail(`${barcode} in slot ${slot} is a cleaning cartridge (mtx: Cleaning Cartridge Installed and Ejected): drive ${drive} was cleaned and ${barcode} is back in slot ${slot}; load a data cartridge`);
      }
      const tape = this.core.drive(drive);
      try {
        await tape.insert(cartridgePath(this.core.dir, barcode));
      } catch (e) {
        this.fail(`cannot load ${barcode} from slot ${slot} into drive ${drive}: ${(e as Error).message}`);
      }
      s.slots[slot - 1] = null;
      s.drives[drive] = { barcode, sourceSlot: slot, holder: process.pid };
    });
  }

  async unload(drive: number, slot?: number): Promise<void> {
    await this.core.transaction(async (s) => {
      this.checkDrive(s, drive);
      const d = s.drives[drive];
      if (!d) this.fail(`drive ${drive} is empty: there is nothing to unload`);
      let to = slot;
      if (to !== undefined) {
        this.checkSlot(s, to);
        const there = s.slots[to - 1];
        if (there) this.fail(`slot ${to} is already full (${there}): unload into an empty slot; the status lists them`);
      } else {
        // As mtx's man page says: back to the source slot, or the first empty one if it is taken.
        to = s.slots[d.sourceSlot - 1] === null ? d.sourceSlot : s.slots.findIndex((b, i) => b === null && i < s.storageSlots) + 1;
        if (to === 0) this.fail(`slot ${d.sourceSlot}, where ${d.barcode} came from, is full and no other storage slot is empty: export a cartridge first`);
      }
      const tape = this.core.drive(drive);
      const mine = tape.cartridgeFile === cartridgePath(this.core.dir, d.barcode);
      if (!mine && d.holder !== undefined && d.holder !== process.pid && pidAlive(d.holder)) {
        this.fail(`drive ${drive}'s cartridge ${d.barcode} is in use by process ${d.holder}: unload it from that process, or stop it`);
      }
      if (mine && this.opts.requireOffline && (await tape.status()).online) {
        this.fail(`drive ${drive} still has ${d.barcode} online and this library needs the drive to eject it first: take it offline (mt offline), then unload`);
      }
      await sleep(this.opts.unloadDelayMs);
      if (mine) {
        try {
          await tape.remove();
        } catch (e) {
          this.fail(`cannot take ${d.barcode} out of drive ${drive}: ${(e as Error).message}`);
        }
      }
      s.drives[drive] = null;
      s.slots[to - 1] = d.barcode;
    });
  }

  async transfer(fromSlot: number, toSlot: number): Promise<void> {
    await this.core.transaction(async (s) => {
      this.checkSlot(s, fromSlot);
      this.checkSlot(s, toSlot);
      const barcode = s.slots[fromSlot - 1];
      if (!barcode) this.fail(`slot ${fromSlot} is empty: there is nothing to move`);
      const there = s.slots[toSlot - 1];
      if (fromSlot !== toSlot && there) this.fail(`slot ${toSlot} is already full (${there}): choose an empty slot`);
      s.slots[fromSlot - 1] = null;
      s.slots[toSlot - 1] = barcode;
    });
  }

  /** Re-reads library.json, takes up cartridges other processes left in drives, checks every cartridge file is there. */
  async inventory(): Promise<void> {
    const missing = await this.core.transaction(async (s) => {
      const out: string[] = [];
      for (const b of [...s.slots, ...s.drives.map((d) => d?.barcode ?? null)]) {
        if (b !== null && !isCleaning(b) && !(await access(cartridgePath(this.core.dir, b)).then(() => true, () => false))) out.push(b);
      }
      return out;
    });
    if (missing.length > 0) {
      this.fail(`the cartridge files of ${missing.join(', ')} are missing from ${this.core.dir}/cartridges: restore them, or export those cartridges`);
    }
  }
}
