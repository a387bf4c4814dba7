// Getting the source or the target of copy_tape into the one drive: a changer fetches it the way
// cart_ctl -m does (recorded barcode, else the slot numbered like the cartridge); without one the
// operator is asked to insert it, and the drive is probed until a fitting cartridge is there.
import { readLabel, type LabelReadResult } from '../../drivers/layout/index.js';
import type { Catalog } from '../catalog/index.js';
import { loadSlot, type Media } from '../media/media.js';
import type { OperatorNotifier } from '../media/operator.js';
import { whereIs } from './cart-robot.js';

export interface OperatorWait {
  operator: OperatorNotifier;
  /** How often to look whether the operator inserted the cartridge. */
  probeMs: number;
  /** How long to wait for the operator before giving up. */
  waitMs: number;
}

/**
 * Loads cartridge `n` and resolves to its label. Without a changer, waits until the operator
 * inserted a cartridge whose label `fits` (`what` tells the operator which one is wanted).
 */
export async function loadCartridge(
  media: Media,
  catalog: Catalog,
  n: number,
  what: string,
  fits: (found: LabelReadResult) => boolean,
  wait: OperatorWait,
): Promise<LabelReadResult> {
  if (!media.changer) return waitForOperator(media, n, what, fits, wait);
  const w = whereIs(await media.changer.status(), catalog, n);
  const named = `cartridge ${n}${w.barcode ? ` (barcode ${w.barcode})` : ''}`;
  if (w.drive && w.drive.drive !== media.driveNumber) throw new Error(`${named} is in drive ${w.drive.drive}, which another program uses; unload it there first`);
  if (!w.drive) {
    if (!w.slot) throw new Error(`${named} is not in ${media.name}; import it (cart_ctl --import, or through the import/export slot)`);
    await loadSlot(media, w.slot.slot);
  }
  return readLabel(media.drive);
}

async function waitForOperator(media: Media, n: number, what: string, fits: (found: LabelReadResult) => boolean, wait: OperatorWait): Promise<LabelReadResult> {
  const deadline = Date.now() + wait.waitMs;
  let told = false;
  for (;;) {
    // an empty drive or an unreadable label is simply not the cartridge wanted
    const found = await readLabel(media.drive).catch(() => undefined);
    if (found && fits(found)) return found;
    if (Date.now() >= deadline) throw new Error(`${what} was not inserted into ${media.name}; insert it and run copy_tape again`);
    if (!told) {
      await wait.operator.tell(`cartridge ${n} needed`, `Please insert ${what} into ${media.name}.`);
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, wait.probeMs));
  }
}
