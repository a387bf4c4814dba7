// A media changer (tape library robot), numbered the way mtx(1) numbers elements: drives from 0,
// slots from 1, import/export slots numbered with the storage slots in the order the library
// reports them (usually after them). Implemented by the virtual changer of a virtual library and
// by mtx.

export interface ElementState {
  full: boolean;
  /**
   * Barcode (volume tag) of the cartridge in it, when the library reads barcodes. Without the
   * space padding some libraries add; '' when the library reports a blank tag (no label).
   */
  volumeTag?: string;
  /** Alternate volume tag, reported by a few libraries (mtx: `AlternateVolumeTag`). */
  alternateVolumeTag?: string;
  /**
   * Blanks the library sent after the volume tag, which mtx prints: many pad tags to the 32-byte
   * SCSI field, some send 36 blanks for no tag, others no padding at all. Kept so that a status
   * prints back exactly as mtx printed it.
   */
  volumeTagPadding?: number;
  /** The same for the alternate volume tag. */
  alternateVolumeTagPadding?: number;
}

export interface DriveElement extends ElementState {
  drive: number;
  /** The storage slot the loaded cartridge came from, when known. */
  sourceSlot?: number;
}

export interface SlotElement extends ElementState {
  slot: number;
  importExport: boolean;
}

export interface ChangerStatus {
  /** The changer device or library folder, as `mtx status` prints it in its first line. */
  device: string;
  drives: DriveElement[];
  /**
   * Storage and import/export slots in element order, import/export slots usually after the
   * storage slots. A library may have more import/export slots than storage slots (an IBM 3361
   * with its load ports as mailslots: 2 storage, 36 import/export).
   */
  slots: SlotElement[];
}

export interface Changer {
  readonly name: string;
  status(): Promise<ChangerStatus>;
  /** Moves the cartridge in `slot` into `drive`. */
  load(slot: number, drive: number): Promise<void>;
  /** Moves the cartridge in `drive` to `slot`, or back to the slot it came from. */
  unload(drive: number, slot?: number): Promise<void>;
  /** Moves a cartridge between two slots (e.g. into the import/export slot). */
  transfer(fromSlot: number, toSlot: number): Promise<void>;
  /** Re-reads the library's inventory (barcodes). */
  inventory(): Promise<void>;
}

export class ChangerError extends Error {
  constructor(
    readonly changer: string,
    message: string,
  ) {
    super(`${changer}: ${message}`);
    this.name = 'ChangerError';
  }
}
