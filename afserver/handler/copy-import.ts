// A copy made by another server's copy_tape stands in for that server's cartridge here, so this
// catalog must know what the original holds: its tape files and the backups (sessions) they
// belong to, recorded under the original's number as the source server recorded them. The
// stream reader and the Mounter then serve a restore of the original from the copy, unchanged.
// The original's number gets a cartridge row of its own outside every cartridge set (set 0),
// read-only, so that this server never writes to it nor chooses it for a backup. Its barcode is
// the newest copy's: the tape in this library that holds its data, so that a changer fetches
// that one, never a tape that merely sits in the slot numbered like the original.
import { toNumber, type afwire } from '../../protocol/wire/index.js';
import type { Catalog } from '../catalog/index.js';
import type { ServerConfig } from '../config/index.js';

/** Cartridge set of originals known here only through copies: no configured set has number 0. */
export const FOREIGN_SET = 0;

/** What the original's row says about it; a later copy of the same number must come from the same server. */
export function originalComment(original: number, sourceServer: string): string {
  return `cartridge ${original} of server ${sourceServer}, known here through its copies`;
}

/**
 * Throws unless cartridge `original` of `sourceServer` may be recorded here: the number must not
 * be one of this server's own cartridges, nor an original of another server.
 */
export function checkOriginalNumber(catalog: Catalog, config: ServerConfig, original: number, sourceServer: string): void {
  const own = config.cartridgeSets.find((s) => s.cartridges.includes(original));
  if (own) {
    throw new Error(
      `cartridge ${original} is this server's own cartridge (cartridge set ${own.number}), so a copy of cartridge ${original} of server ${sourceServer} cannot stand in for it here; ` +
        `keep the source server's cartridge numbers out of this server's Cartridge-Sets (see copy_tape(8))`,
    );
  }
  const known = catalog.cartridges.get(original);
  if (known && known.cartridgeSet === FOREIGN_SET && known.comment !== originalComment(original, sourceServer)) {
    throw new Error(`this server already holds copies of another cartridge ${original} (${known.comment}); a copy of cartridge ${original} of server ${sourceServer} would be mistaken for it`);
  }
  if (known && known.cartridgeSet !== FOREIGN_SET) {
    throw new Error(`cartridge ${original} was a cartridge of this server (set ${known.cartridgeSet}) and its catalog entry remains; it cannot stand for cartridge ${original} of server ${sourceServer}`);
  }
}

interface ImportedOriginal {
  original: number;
  sourceServer: string;
  /** The barcode of the copy just made, if it has one. */
  copyBarcode: string;
  backups: readonly afwire.ICopiedBackup[];
}

/** Records (or records anew) what the original holds, replacing what an earlier copy of it brought. Call inside a transaction. */
export function recordOriginal(catalog: Catalog, o: ImportedOriginal): void {
  const db = catalog.db;
  db.prepare(
    `INSERT INTO cartridges (number, cartridge_set, barcode, comment, read_only) VALUES (?, ?, ?, ?, 1)
     ON CONFLICT(number) DO UPDATE SET barcode = excluded.barcode, comment = excluded.comment, read_only = 1`,
  ).run(o.original, FOREIGN_SET, o.copyBarcode || null, originalComment(o.original, o.sourceServer));
  db.prepare('DELETE FROM tape_files WHERE cartridge = ?').run(o.original);
  // A backup spanning several cartridges is one session here too once each is copied: the
  // client and the start time name it.
  const findSession = db.prepare('SELECT id FROM sessions WHERE client_id = ? AND started = ? AND cartridge_set = ?');
  const addSession = db.prepare(`INSERT INTO sessions (client_id, cartridge_set, started, finished, state, bytes) VALUES (?, ?, ?, ?, ?, ?) RETURNING id`);
  const updateSession = db.prepare('UPDATE sessions SET finished = ?, state = ?, bytes = MAX(bytes, ?) WHERE id = ?');
  const addTapeFile = db.prepare(
    `INSERT INTO tape_files (cartridge, tape_file, session_id, sequence, kind, stream_offset, bytes, blocks, block_size,
       payload_per_block, header_bytes, complete, written)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const b of o.backups) {
    const clientId = b.clientId ?? '';
    const started = toNumber(b.sessionStarted);
    const finished = toNumber(b.sessionFinished) || null;
    const state = b.sessionState === 'complete' || b.sessionState === 'open' ? b.sessionState : 'incomplete';
    const bytes = toNumber(b.sessionBytes);
    const found = findSession.get(clientId, started, FOREIGN_SET) as { id: number } | undefined;
    let id: number;
    if (found) {
      id = found.id;
      updateSession.run(finished, state, bytes, id);
    } else {
      id = (addSession.get(clientId, FOREIGN_SET, started, finished, state, bytes) as { id: number }).id;
    }
    addTapeFile.run(
      o.original,
      b.tapeFile ?? 0,
      id,
      b.sequence ?? 0,
      b.kind || 'archive',
      toNumber(b.streamOffset),
      toNumber(b.bytes),
      toNumber(b.blocks),
      b.blockSize ?? 0,
      b.payloadPerBlock ?? 0,
      b.headerBytes ?? 0,
      b.complete ? 1 : 0,
      toNumber(b.written),
    );
  }
  db.prepare(
    `UPDATE cartridges SET tape_files = (SELECT COALESCE(MAX(tape_file), 0) FROM tape_files WHERE cartridge = ?),
       bytes = (SELECT COALESCE(SUM(blocks * block_size), 0) FROM tape_files WHERE cartridge = ?) WHERE number = ?`,
  ).run(o.original, o.original, o.original);
}
