// Gets the cartridge the server needs into the drive and makes sure it is that cartridge: the
// label on tape file 0 decides, never the slot or the barcode alone. Blank cartridges are
// labelled on first use (unless Reject Unlabeled Tapes); foreign or damaged ones are refused.
import { LabelError, readLabel, writeLabel, type Label, type LabelReadResult } from '../../drivers/layout/index.js';
import { LABEL_FORMAT_VERSION } from '../../drivers/layout/label-format.js';
import type { TapeDevice } from '../../drivers/tape/tape-device.js';
import type { ChangerStatus } from '../../drivers/changer/changer.js';
import type { Cartridge, Catalog } from '../catalog/index.js';
import { loadSlot, slotOfBarcode, type Media } from './media.js';
import type { OperatorNotifier } from './operator.js';

export interface MounterOptions {
  rejectUnlabeledTapes: boolean;
  blockSize: number;
  programVersion: string;
  /** Without a changer: how often to look whether the operator inserted the cartridge. */
  probeIntervalMs?: number;
  /** Without a changer: how long to wait for the operator before giving up. */
  operatorWaitMs?: number;
}

/** Reading accepts a copy in the original's place; writing wants the cartridge itself. */
export type MountPurpose = 'read' | 'write';

function accepts(label: Label, wanted: number, purpose: MountPurpose): boolean {
  return label.cartridge === wanted || (purpose === 'read' && label.secondary === wanted);
}

export class CartridgeUnavailableError extends Error {
  override readonly name = 'CartridgeUnavailableError';
}

export class Mounter {
  private current: Label | undefined;

  constructor(
    private readonly media: Media,
    private readonly catalog: Catalog,
    private readonly operator: OperatorNotifier,
    private readonly o: MounterOptions,
  ) {}

  get drive(): TapeDevice {
    return this.media.drive;
  }

  /** The label of the cartridge in the drive, as last read. */
  get loaded(): Label | undefined {
    return this.current;
  }

  /** Forget what is loaded (after someone else may have touched the drive). */
  invalidate(): void {
    this.current = undefined;
  }

  /**
   * Makes `cartridge` the one in the drive and returns its label; the tape is then positioned
   * at the start of tape file 1. For reading, a copy made by copy_tape (whose label carries
   * `cartridge` as its secondary number) stands in for the original, also when the original has
   * left the library; a copy is never written as if it were the original.
   */
  async mount(cartridge: number, purpose: MountPurpose = 'write'): Promise<Label> {
    const c = this.catalog.cartridges.require(cartridge);
    if (this.current && accepts(this.current, cartridge, purpose)) {
      const again = await this.check(cartridge, await readLabel(this.media.drive), purpose);
      if (again) return again;
    }
    this.current = undefined;
    const changer = this.media.changer;
    if (!changer) return this.waitForOperator(cartridge, purpose);
    const candidates = [c, ...(purpose === 'read' ? this.catalog.cartridges.copiesOf(cartridge) : [])];
    for (const candidate of candidates) {
      const status = await changer.status();
      const where = this.whereIs(status, candidate);
      if (!where) continue;
      if (!where.inDrive) await loadSlot(this.media, where.slot!);
      const label = await this.check(cartridge, await readLabel(this.media.drive), purpose, where.slot);
      if (label) return label;
    }
    const copies = candidates.length > 1 ? ` nor any of its copies (cartridges ${candidates.slice(1).map((k) => k.number).join(', ')})` : '';
    throw new CartridgeUnavailableError(
      `cartridge ${cartridge}${c.barcode ? ` (barcode ${c.barcode})` : ''}${copies} is not in ${this.media.name}; import it through the import/export slot`,
    );
  }

  /** Whether a cartridge is in the drive or a storage slot, found by its barcode (or, never labelled yet, by its number's slot). */
  private whereIs(status: ChangerStatus, c: Cartridge): { inDrive: boolean; slot?: number } | undefined {
    const inDrive = status.drives.find((d) => d.drive === this.media.driveNumber);
    if (c.barcode) {
      if (inDrive?.full && inDrive.volumeTag === c.barcode) return { inDrive: true };
      const slot = slotOfBarcode(status, c.barcode);
      return slot === undefined ? undefined : { inDrive: false, slot };
    }
    if (c.secondary) return undefined; // a copy is only ever found by its barcode
    if (inDrive?.full && inDrive.sourceSlot === c.number) return { inDrive: true };
    const slot = status.slots.find((s) => s.slot === c.number && s.full && !s.importExport)?.slot;
    return slot === undefined ? undefined : { inDrive: false, slot };
  }

  private async waitForOperator(cartridge: number, purpose: MountPurpose): Promise<Label> {
    const deadline = Date.now() + (this.o.operatorWaitMs ?? 60 * 60_000);
    let told = false;
    for (;;) {
      const found = await readLabel(this.media.drive).catch((e: Error) => ({ kind: 'error' as const, message: e.message }));
      if (found.kind !== 'error') {
        const label = await this.check(cartridge, found, purpose).catch(() => undefined);
        if (label) return label;
      }
      if (Date.now() >= deadline) {
        throw new CartridgeUnavailableError(`cartridge ${cartridge} was not inserted into ${this.media.name}; insert it and try again`);
      }
      if (!told) {
        await this.operator.tell(`cartridge ${cartridge} needed`, `Please insert cartridge ${cartridge} into ${this.media.name}.`);
        told = true;
      }
      await new Promise((r) => setTimeout(r, this.o.probeIntervalMs ?? 5000));
    }
  }

  /**
   * Accepts the label when it is cartridge `wanted`; labels a blank cartridge as `wanted`.
   * Returns undefined (after recording what the cartridge really is) when it is another one.
   */
  private async check(wanted: number, found: LabelReadResult, purpose: MountPurpose, slot?: number): Promise<Label | undefined> {
    const drive = this.media.drive;
    if (found.kind === 'label') {
      if (accepts(found, wanted, purpose)) {
        this.current = found;
        return found;
      }
      if (this.catalog.cartridges.get(found.cartridge) && found.barcode) {
        this.catalog.cartridges.recordLabel(found.cartridge, {
          barcode: found.barcode,
          labelTime: found.labelTime.getTime(),
          blockSize: found.blockSize,
          comment: found.comment,
          ...(found.secondary ? { secondary: found.secondary } : {}),
        });
      }
      await this.operator.tell(
        `wrong cartridge`,
        `${drive.name}${slot !== undefined ? ` (from slot ${slot})` : ''} holds cartridge ${found.cartridge}, not cartridge ${wanted}.`,
      );
      return undefined;
    }
    if (found.kind === 'foreign') {
      throw new LabelError('refused', `${drive.name}: the cartridge meant to be cartridge ${wanted} holds ${found.hint}; it is not overwritten. Label it with label_tape -f if its data is not needed`);
    }
    if (this.o.rejectUnlabeledTapes) {
      throw new CartridgeUnavailableError(`${drive.name}: the cartridge for cartridge ${wanted} is blank and Reject Unlabeled Tapes is set; label it with label_tape ${wanted}`);
    }
    return this.label(wanted, 'labelled automatically');
  }

  /**
   * Writes a new label and records it. Refuses a cartridge that is read-only, write-protected or
   * still needed by a client, and (unless `force`) one that carries another cartridge's label or
   * foreign data. `secondary` (default 0) is the cartridge this tape is a copy of.
   */
  async label(cartridge: number, comment: string, opts: { force?: boolean; barcode?: string; secondary?: number } = {}): Promise<Label> {
    const c = this.catalog.cartridges.require(cartridge);
    this.catalog.cartridges.checkOverwritable(cartridge, this.catalog.precious.holders(cartridge));
    const secondary = opts.secondary ?? 0;
    if (!Number.isInteger(secondary) || secondary < 0 || secondary === cartridge) {
      throw new Error(`secondary label ${secondary}: give the number of the cartridge this tape is a copy of (not ${cartridge} itself), or 0`);
    }
    if ((await this.media.drive.status()).writeProtected) {
      throw new CartridgeUnavailableError(`${this.media.drive.name}: the cartridge for cartridge ${cartridge} is write-protected; it cannot be labelled. Slide its write-protect tab off or use another cartridge`);
    }
    const status = this.media.changer ? await this.media.changer.status() : undefined;
    const barcode = opts.barcode ?? status?.drives.find((d) => d.drive === this.media.driveNumber)?.volumeTag ?? c.barcode ?? '';
    const fields = {
      cartridge,
      secondary,
      cartridgeSet: c.cartridgeSet,
      labelTime: new Date(),
      blockSize: this.o.blockSize,
      programVersion: this.o.programVersion,
      comment,
      barcode,
    };
    await writeLabel(this.media.drive, fields, { force: opts.force ?? false });
    this.catalog.cartridges.startOver(cartridge, {
      barcode,
      labelTime: fields.labelTime.getTime(),
      blockSize: fields.blockSize,
      comment,
      ...(secondary ? { secondary } : {}),
    });
    this.current = { ...fields, kind: 'label', formatVersion: LABEL_FORMAT_VERSION };
    return this.current;
  }
}
