// What the server writes to: one drive, and either a changer that can fetch any cartridge or an
// operator who has to insert it. The mounter (mounter.ts) decides which cartridge it needs; a
// Media only knows how to get a given slot (or barcode) into the drive.
import type { Changer, ChangerStatus } from '../../drivers/changer/changer.js';
import type { TapeDevice } from '../../drivers/tape/tape-device.js';

export interface Media {
  readonly name: string;
  readonly drive: TapeDevice;
  /** Index of the drive in the changer (mtx's Data Transfer Element number). */
  readonly driveNumber: number;
  /** undefined when cartridges are changed by an operator. */
  readonly changer?: Changer;
  close(): Promise<void>;
}

/** The storage slot that holds the cartridge with `barcode`, or undefined. */
export function slotOfBarcode(status: ChangerStatus, barcode: string): number | undefined {
  return status.slots.find((s) => s.full && s.volumeTag === barcode)?.slot;
}

/** Moves the cartridge in `slot` into the media's drive, first putting back whatever is there. */
export async function loadSlot(media: Media, slot: number): Promise<void> {
  const changer = media.changer;
  if (!changer) throw new Error(`${media.name} has no changer; a cartridge must be inserted by hand`);
  const status = await changer.status();
  const drive = status.drives.find((d) => d.drive === media.driveNumber);
  if (drive?.full) {
    if (drive.sourceSlot === slot) return;
    // Unloading needs the drive to let go of the cartridge: rewind and offline, as mtx wants it.
    await media.drive.op('offline').catch(() => undefined);
    await changer.unload(media.driveNumber);
  }
  await changer.load(slot, media.driveNumber);
  await media.drive.op('load').catch(() => undefined);
}
