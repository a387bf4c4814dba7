// Cartridges, their sets and the write position of each set. A cartridge is never chosen for
// writing while it is read-only or still needed ("precious") by a client, whatever the caller asks.
import { statement, type Db } from './db.js';

export interface Cartridge {
  number: number;
  cartridgeSet: number;
  barcode: string | null;
  secondary: number | null;
  labelTime: number | null;
  blockSize: number | null;
  comment: string;
  bytes: number;
  tapeFiles: number;
  full: boolean;
  readOnly: boolean;
  uses: number;
  lastWrite: number | null;
}

export interface LabelRecord {
  barcode?: string;
  secondary?: number;
  labelTime: number;
  blockSize: number;
  comment: string;
}

export interface WritePosition {
  cartridge: number;
  tapeFile: number;
}

interface CartridgeRow {
  number: number;
  cartridge_set: number;
  barcode: string | null;
  secondary: number | null;
  label_time: number | null;
  block_size: number | null;
  comment: string;
  bytes: number;
  tape_files: number;
  full: number;
  read_only: number;
  uses: number;
  last_write: number | null;
}

function fromRow(r: CartridgeRow): Cartridge {
  return {
    number: r.number,
    cartridgeSet: r.cartridge_set,
    barcode: r.barcode,
    secondary: r.secondary,
    labelTime: r.label_time,
    blockSize: r.block_size,
    comment: r.comment,
    bytes: r.bytes,
    tapeFiles: r.tape_files,
    full: r.full !== 0,
    readOnly: r.read_only !== 0,
    uses: r.uses,
    lastWrite: r.last_write,
  };
}

export class Cartridges {
  constructor(private readonly db: Db) {}

  /** Makes the configured cartridges known and assigns them to their set (Cartridge-Sets). */
  define(numbers: readonly number[], cartridgeSet: number): void {
    const upsert = statement(this.db, 
      `INSERT INTO cartridges (number, cartridge_set) VALUES (?, ?)
       ON CONFLICT(number) DO UPDATE SET cartridge_set = excluded.cartridge_set`,
    );
    this.db.transaction(() => {
      for (const n of numbers) upsert.run(n, cartridgeSet);
    })();
  }

  get(number: number): Cartridge | undefined {
    const r = statement(this.db, 'SELECT * FROM cartridges WHERE number = ?').get(number) as CartridgeRow | undefined;
    return r && fromRow(r);
  }

  require(number: number): Cartridge {
    const c = this.get(number);
    if (!c) throw new Error(`cartridge ${number} is not configured on this server (see Number Of Cartridges / Cartridge-Sets)`);
    return c;
  }

  list(): Cartridge[] {
    return (statement(this.db, 'SELECT * FROM cartridges ORDER BY number').all() as CartridgeRow[]).map(fromRow);
  }

  inSet(cartridgeSet: number): Cartridge[] {
    return (statement(this.db, 'SELECT * FROM cartridges WHERE cartridge_set = ? ORDER BY number').all(cartridgeSet) as CartridgeRow[]).map(
      fromRow,
    );
  }

  /** Copies of cartridge `number` made by copy_tape (their labels name it as secondary), newest first. */
  copiesOf(number: number): Cartridge[] {
    return (statement(this.db, 'SELECT * FROM cartridges WHERE secondary = ? ORDER BY label_time DESC').all(number) as CartridgeRow[]).map(fromRow);
  }

  recordLabel(number: number, label: LabelRecord): void {
    this.require(number);
    statement(this.db, 'UPDATE cartridges SET barcode = ?, secondary = ?, label_time = ?, block_size = ?, comment = ? WHERE number = ?')
      .run(label.barcode ?? null, label.secondary ?? null, label.labelTime, label.blockSize, label.comment, number);
  }

  setReadOnly(numbers: readonly number[], readOnly: boolean): void {
    const stmt = statement(this.db, 'UPDATE cartridges SET read_only = ? WHERE number = ?');
    this.db.transaction(() => {
      for (const n of numbers) {
        this.require(n);
        stmt.run(readOnly ? 1 : 0, n);
      }
    })();
  }

  /** Sets or clears the full flag (cart_ctl -a N:f / N:!f), e.g. after a cartridge was replaced by a bigger one. */
  setFull(numbers: readonly number[], full: boolean): void {
    const stmt = statement(this.db, 'UPDATE cartridges SET full = ? WHERE number = ?');
    this.db.transaction(() => {
      for (const n of numbers) {
        this.require(n);
        stmt.run(full ? 1 : 0, n);
      }
    })();
  }

  setComment(number: number, comment: string): void {
    this.require(number);
    statement(this.db, 'UPDATE cartridges SET comment = ? WHERE number = ?').run(comment, number);
  }

  /**
   * The tape that was this cartridge now carries another cartridge's label: its label, barcode
   * and tape files are gone from the catalog (what clients still need must be checked before).
   */
  forgetTape(number: number): void {
    this.db.transaction(() => {
      this.require(number);
      statement(this.db, 'DELETE FROM tape_files WHERE cartridge = ?').run(number);
      statement(this.db, 'UPDATE cartridges SET barcode = NULL, secondary = NULL, label_time = NULL, block_size = NULL, bytes = 0, tape_files = 0, full = 0 WHERE number = ?')
        .run(number);
    })();
  }

  /**
   * The cartridge is to be written again from tape file `from` (cartis -i): the catalog forgets
   * the tape files from there on, and the cartridge's counts follow. From tape file 1 this is startOver.
   */
  writeAgainFrom(number: number, from: number): void {
    if (from <= 1) return this.startOver(number);
    this.db.transaction(() => {
      this.require(number);
      statement(this.db, 'DELETE FROM tape_files WHERE cartridge = ? AND tape_file >= ?').run(number, from);
      statement(
        this.db,
          `UPDATE cartridges SET full = 0, tape_files = MIN(tape_files, ?),
             bytes = (SELECT COALESCE(SUM(blocks * block_size), 0) FROM tape_files WHERE cartridge = ?) WHERE number = ?`,
      ).run(from - 1, number, number);
    })();
  }

  markFull(number: number): void {
    statement(this.db, 'UPDATE cartridges SET full = 1 WHERE number = ?').run(number);
  }

  /**
   * Throws unless the cartridge may be written from its start: it must not be read-only nor
   * hold backups that a client still needs (`holders`, from PreciousTapes).
   */
  checkOverwritable(number: number, holders: readonly string[]): void {
    const c = this.require(number);
    if (c.readOnly) throw new Error(`cartridge ${number} is read-only; it is never overwritten (TapesReadWrite: releases it)`);
    if (holders.length > 0) {
      throw new Error(`cartridge ${number} still holds backups needed by ${holders.join(', ')}; it is not overwritten`);
    }
  }

  /**
   * Forgets everything recorded on a cartridge because it is written from tape file 1 again
   * (or labelled anew, when `label` is given). Call checkOverwritable before touching the tape.
   */
  startOver(number: number, label?: LabelRecord): void {
    this.db.transaction(() => {
      statement(this.db, 'DELETE FROM tape_files WHERE cartridge = ?').run(number);
      statement(this.db, 'UPDATE cartridges SET bytes = 0, tape_files = 0, full = 0, uses = uses + 1 WHERE number = ?').run(number);
      if (label) this.recordLabel(number, label);
    })();
  }

  writePosition(cartridgeSet: number): WritePosition | undefined {
    const r = statement(this.db, 'SELECT cartridge, tape_file FROM write_positions WHERE cartridge_set = ?').get(cartridgeSet) as
      | { cartridge: number; tape_file: number }
      | undefined;
    return r && { cartridge: r.cartridge, tapeFile: r.tape_file };
  }

  setWritePosition(cartridgeSet: number, pos: WritePosition): void {
    const c = this.require(pos.cartridge);
    if (c.cartridgeSet !== cartridgeSet) {
      throw new Error(`cartridge ${pos.cartridge} belongs to cartridge set ${c.cartridgeSet}, not to set ${cartridgeSet}`);
    }
    if (!Number.isInteger(pos.tapeFile) || pos.tapeFile < 1) throw new Error(`tape file ${pos.tapeFile} is not a data tape file (1 or more)`);
    statement(
      this.db,
        `INSERT INTO write_positions (cartridge_set, cartridge, tape_file) VALUES (?, ?, ?)
         ON CONFLICT(cartridge_set) DO UPDATE SET cartridge = excluded.cartridge, tape_file = excluded.tape_file`,
    ).run(cartridgeSet, pos.cartridge, pos.tapeFile);
  }

  /**
   * The cartridge to continue a set on after `after` fills up, in number order and wrapping
   * around, never a read-only one nor one a client still needs. Cartridges with room come first;
   * a full one whose backups every client has released is written again only when none has room.
   */
  nextWritable(cartridgeSet: number, after: number, isPrecious: (cartridge: number) => boolean): Cartridge | undefined {
    const set = this.inSet(cartridgeSet);
    const start = set.findIndex((c) => c.number > after);
    const ordered = start < 0 ? set : [...set.slice(start), ...set.slice(0, start)];
    const usable = ordered.filter((c) => c.number !== after && !c.readOnly && !isPrecious(c.number));
    return usable.find((c) => !c.full) ?? usable[0];
  }
}
