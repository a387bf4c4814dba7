// cart_ctl's changer work: the inventory (-i), moving a cartridge into the drive (-m) and out of
// the library (-e). A cartridge is found the way the Mounter finds it: by the barcode its label
// was recorded with, else by its number as a storage slot.
import { formatMtxStatus } from '../../drivers/changer/mtx-status.js';
import type { Changer, ChangerStatus, DriveElement, SlotElement } from '../../drivers/changer/changer.js';
import { VirtualChanger } from '../../drivers/library/index.js';
import type { Catalog } from '../catalog/index.js';
import type { ServerConfig } from '../config/index.js';
import { loadSlot, slotOfBarcode, type Media } from '../media/media.js';
import { UsageError } from './cli.js';
import { withDrive, withMedia } from './drive-access.js';
import { exportFromSlot } from './virtual-library.js';

export function requireChanger(media: Media, what: string): Changer {
  if (!media.changer) throw new UsageError(`${what} needs a changer, and ${media.name} has none (Backup-Device: a library folder, or DEVICE@CHANGER)`);
  return media.changer;
}

export interface Whereabouts {
  barcode?: string;
  drive?: DriveElement;
  slot?: SlotElement;
}

export function whereIs(status: ChangerStatus, catalog: Catalog, cartridge: number): Whereabouts {
  const barcode = catalog.cartridges.require(cartridge).barcode ?? undefined;
  if (barcode !== undefined) {
    const drive = status.drives.find((d) => d.full && d.volumeTag === barcode);
    const slot = slotOfBarcode(status, barcode);
    return { barcode, ...(drive ? { drive } : {}), ...(slot !== undefined ? { slot: status.slots[slot - 1]! } : {}) };
  }
  const drive = status.drives.find((d) => d.full && d.sourceSlot === cartridge);
  const slot = status.slots.find((s) => s.slot === cartridge && s.full && !s.importExport);
  return { ...(drive ? { drive } : {}), ...(slot ? { slot } : {}) };
}

const named = (cartridge: number, w: Whereabouts): string => `cartridge ${cartridge}${w.barcode ? ` (barcode ${w.barcode})` : ''}`;

/** cart_ctl -i: the changer's status, exactly as `mtx status` prints it. */
export function inventoryText(config: ServerConfig): Promise<string> {
  return withMedia(config, async (media) => {
    const changer = requireChanger(media, '-i');
    return changer instanceof VirtualChanger ? changer.statusText() : formatMtxStatus(await changer.status());
  });
}

/** cart_ctl -m -C N [-D DRIVE]: N into the server's drive. */
export function moveToDrive(program: string, config: ServerConfig, catalog: Catalog, cartridge: number, drive: number | undefined): Promise<string> {
  return withDrive(program, config, catalog, async ({ media }) => {
    const changer = requireChanger(media, '-m');
    if (drive !== undefined && drive !== media.driveNumber) {
      throw new UsageError(`this server uses drive ${media.driveNumber} of the changer (Backup-Device); -D ${drive} is not its drive`);
    }
    const w = whereIs(await changer.status(), catalog, cartridge);
    if (w.drive?.drive === media.driveNumber) return `${named(cartridge, w)} is in drive ${media.driveNumber} already\n`;
    if (w.drive) throw new Error(`${named(cartridge, w)} is in drive ${w.drive.drive}, which another program uses; unload it there first`);
    if (!w.slot) throw new Error(`${named(cartridge, w)} is not in ${media.name}; import it (cart_ctl --import, or through the mailslot)`);
    await loadSlot(media, w.slot.slot);
    return `${named(cartridge, w)} moved from slot ${w.slot.slot} into drive ${media.driveNumber}\n`;
  });
}

/** cart_ctl -e -C N: N out of the library, through an import/export slot. */
export async function eject(config: ServerConfig, catalog: Catalog, cartridge: number): Promise<string> {
  const { slot, w } = await withMedia(config, async (media) => {
    const changer = requireChanger(media, '-e');
    let w = whereIs(await changer.status(), catalog, cartridge);
    if (w.drive) {
      if (w.drive.drive !== media.driveNumber) throw new Error(`${named(cartridge, w)} is in drive ${w.drive.drive}, which another program uses; unload it there first`);
      // A virtual library refuses this while a running afserver has the cartridge in its drive.
      await media.drive.op('offline').catch(() => undefined);
      await changer.unload(media.driveNumber);
      w = whereIs(await changer.status(), catalog, cartridge);
    }
    if (!w.slot) throw new Error(`${named(cartridge, w)} is not in ${media.name}`);
    if (config.device.kind === 'library' || w.slot.importExport) return { slot: w.slot.slot, w };
    const free = (await changer.status()).slots.find((s) => s.importExport && !s.full);
    if (!free) throw new Error(`${media.name} has no empty import/export slot: take the cartridges out of it first, or open the library`);
    await changer.transfer(w.slot.slot, free.slot);
    return { slot: free.slot, w };
  });
  if (config.device.kind !== 'library') return `${named(cartridge, w)} is in import/export slot ${slot}: take it out there\n`;
  const file = await exportFromSlot(config, slot);
  return `${named(cartridge, w)} exported from slot ${slot}; its cartridge file is now ${file}\n`;
}
