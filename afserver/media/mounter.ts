// Gets the cartridge the server needs into the drive and makes sure it is that cartridge: the
// label on tape file 0 decides, never the slot or the barcode alone. Blank cartridges are
// labelled on first use (unless Reject Unlabeled Tapes); foreign or damaged ones are refused.
import { LabelError, readLabel, writeLabel, type Label, type LabelReadResult } from '../../drivers/layout/index.js';
import { LABEL_FORMAT_VERSION } from '../../drivers/layout/label-format.js';
import type { TapeDevice } from '../../drivers/tape/tape-device.js';
import type { Catalog } from '../catalog/index.js';
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
   * at the start of tape file 1.
   */
  async mount(cartridge: number): Promise<Label> {
    const c = this.catalog.cartridges.require(cartridge);
    if (this.current?.cartridge === cartridge) {
      const again = await this.check(cartridge, await readLabel(this.media.drive));
      if (again) return again;
    }
    this.current = undefined;
    if (this.media.changer) {
      const status = await this.media.changer.status();
      const inDrive = status.drives.find((d) => d.drive === this.media.driveNumber);
      const wanted = c.barcode ?? undefined;
      const slot = wanted !== undefined ? slotOfBarcode(status, wanted) : status.slots.find((s) => s.slot === cartridge && s.full && !s.importExport)?.slot;
      const alreadyThere = inDrive?.full && (wanted !== undefined ? inDrive.volumeTag === wanted : inDrive.sourceSlot === cartridge);
      if (!alreadyThere) {
        if (slot === undefined) {
          throw new CartridgeUnavailableError(
            `cartridge ${cartridge}${wanted ? ` (barcode ${wanted})` : ''} is not in ${this.media.name}; import it through the import/export slot`,
          );
        }
        await loadSlot(this.media, slot);
      }
      const label = await this.check(cartridge, await readLabel(this.media.drive), slot);
      if (!label) throw new CartridgeUnavailableError(`the cartridge loaded for cartridge ${cartridge} carries another label; see the log`);
      return label;
    }
    return this.waitForOperator(cartridge);
  }

  private async waitForOperator(cartridge: number): Promise<Label> {
    const deadline = Date.now() + (this.o.operatorWaitMs ?? 60 * 60_000);
    let told = false;
    for (;;) {
      const found = await readLabel(this.media.drive).catch((e: Error) => ({ kind: 'error' as const, message: e.message }));
      if (found.kind !== 'error') {
        const label = await this.check(cartridge, found).catch(() => undefined);
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
  private async check(wanted: number, found: LabelReadResult, slot?: number): Promise<Label | undefined> {
    const drive = this.media.drive;
    if (found.kind === 'label') {
      // A copy made by copy_tape carries the original's number as its secondary label and is
      // accepted in the original's place.
      if (found.cartridge === wanted || found.secondary === wanted) {
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
   * Writes a new label and records it. Refuses a cartridge that is read-only or still needed by
   * a client, and (unless `force`) one that carries another cartridge's label or foreign data.
   */
  async label(cartridge: number, comment: string, opts: { force?: boolean; barcode?: string } = {}): Promise<Label> {
    const c = this.catalog.cartridges.require(cartridge);
    this.catalog.cartridges.checkOverwritable(cartridge, this.catalog.precious.holders(cartridge));
    const status = this.media.changer ? await this.media.changer.status() : undefined;
    const barcode = opts.barcode ?? status?.drives.find((d) => d.drive === this.media.driveNumber)?.volumeTag ?? c.barcode ?? '';
    const fields = {
      cartridge,
      secondary: 0,
      cartridgeSet: c.cartridgeSet,
      labelTime: new Date(),
      blockSize: this.o.blockSize,
      programVersion: this.o.programVersion,
      comment,
      barcode,
    };
    await writeLabel(this.media.drive, fields, { force: opts.force ?? false });
    this.catalog.cartridges.startOver(cartridge, { barcode, labelTime: fields.labelTime.getTime(), blockSize: fields.blockSize, comment });
    this.current = { ...fields, kind: 'label', formatVersion: LABEL_FORMAT_VERSION };
    return this.current;
  }
}
