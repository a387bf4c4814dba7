// Backup sessions and the tape files that hold their streams. A session's stream may span
// many tape files and cartridges; the rows here are what lets a reader follow it transparently
// and jump straight to the block that holds any stream offset.
import { blockOf } from '../../protocol/wire/block-of.js';
import { statement, type Db } from './db.js';

export type SessionState = 'open' | 'complete' | 'incomplete';

export interface Session {
  id: number;
  clientId: string;
  cartridgeSet: number;
  started: number;
  finished: number | null;
  state: SessionState;
  bytes: number;
}

export interface TapeFile {
  cartridge: number;
  tapeFile: number;
  sessionId: number | null;
  sequence: number;
  kind: string;
  streamOffset: number;
  bytes: number;
  blocks: number;
  blockSize: number;
  payloadPerBlock: number;
  headerBytes: number;
  complete: boolean;
  written: number;
}

export interface NewTapeFile {
  cartridge: number;
  tapeFile: number;
  kind: string;
  blockSize: number;
  payloadPerBlock: number;
  headerBytes: number;
}

/**
 * Where a stream offset lies on tape, as BlockedWriter.tell() reports it: `block` counts from the
 * start of the tape file, `offsetInBlock` from the start of that block's payload (in block 0 the
 * tape file header comes first).
 */
export interface TapeLocation {
  cartridge: number;
  tapeFile: number;
  block: number;
  offsetInBlock: number;
}

interface SessionRow {
  id: number;
  client_id: string;
  cartridge_set: number;
  started: number;
  finished: number | null;
  state: SessionState;
  bytes: number;
}

interface TapeFileRow {
  cartridge: number;
  tape_file: number;
  session_id: number | null;
  sequence: number;
  kind: string;
  stream_offset: number;
  bytes: number;
  blocks: number;
  block_size: number;
  payload_per_block: number;
  header_bytes: number;
  complete: number;
  written: number;
}

const session = (r: SessionRow): Session => ({
  id: r.id,
  clientId: r.client_id,
  cartridgeSet: r.cartridge_set,
  started: r.started,
  finished: r.finished,
  state: r.state,
  bytes: r.bytes,
});

const tapeFile = (r: TapeFileRow): TapeFile => ({
  cartridge: r.cartridge,
  tapeFile: r.tape_file,
  sessionId: r.session_id,
  sequence: r.sequence,
  kind: r.kind,
  streamOffset: r.stream_offset,
  bytes: r.bytes,
  blocks: r.blocks,
  blockSize: r.block_size,
  payloadPerBlock: r.payload_per_block,
  headerBytes: r.header_bytes,
  complete: r.complete !== 0,
  written: r.written,
});

export class Sessions {
  constructor(private readonly db: Db) {}

  begin(clientId: string, cartridgeSet: number, now = Date.now()): Session {
    const r = statement(this.db, `INSERT INTO sessions (client_id, cartridge_set, started, state) VALUES (?, ?, ?, 'open') RETURNING *`)
      .get(clientId, cartridgeSet, now) as SessionRow;
    return session(r);
  }

  get(id: number): Session | undefined {
    const r = statement(this.db, 'SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow | undefined;
    return r && session(r);
  }

  ofClient(clientId: string): Session[] {
    return (statement(this.db, 'SELECT * FROM sessions WHERE client_id = ? ORDER BY started, id').all(clientId) as SessionRow[]).map(session);
  }

  finish(id: number, state: Exclude<SessionState, 'open'>, now = Date.now()): void {
    statement(this.db, 'UPDATE sessions SET state = ?, finished = ? WHERE id = ?').run(state, now, id);
  }

  /** After a crash or a lost client: every session still open did not end properly. */
  closeAbandoned(now = Date.now()): number {
    return statement(this.db, `UPDATE sessions SET state = 'incomplete', finished = ? WHERE state = 'open'`).run(now).changes;
  }

  /**
   * Records that the session's stream continues in a new tape file, starting at the session's
   * current byte count. The cartridge's tape file count moves with it in the same transaction.
   */
  beginTapeFile(sessionId: number, f: NewTapeFile, now = Date.now()): TapeFile {
    return this.db.transaction(() => {
      const s = this.get(sessionId);
      if (!s) throw new Error(`no session ${sessionId}`);
      const seq = statement(this.db, 'SELECT COALESCE(MAX(sequence) + 1, 0) AS n FROM tape_files WHERE session_id = ?').get(sessionId) as {
        n: number;
      };
      // A tape file number can be used again only after the cartridge was started over; the
      // old row is then already gone, so a conflict here means the caller lost track of the tape.
      const r = statement(
        this.db,
          `INSERT INTO tape_files (cartridge, tape_file, session_id, sequence, kind, stream_offset, block_size,
             payload_per_block, header_bytes, written)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
      ).get(f.cartridge, f.tapeFile, sessionId, seq.n, f.kind, s.bytes, f.blockSize, f.payloadPerBlock, f.headerBytes, now) as TapeFileRow;
      statement(this.db, 'UPDATE cartridges SET tape_files = MAX(tape_files, ?), last_write = ? WHERE number = ?')
        .run(f.tapeFile, now, f.cartridge);
      return tapeFile(r);
    })();
  }

  /** Accounts bytes of the session's stream (and the tape blocks they took) to its current tape file. */
  grow(sessionId: number, cartridge: number, tapeFileNo: number, bytes: number, blocks: number, now = Date.now()): void {
    this.db.transaction(() => {
      statement(this.db, 'UPDATE tape_files SET bytes = bytes + ?, blocks = blocks + ? WHERE cartridge = ? AND tape_file = ?')
        .run(bytes, blocks, cartridge, tapeFileNo);
      statement(this.db, 'UPDATE sessions SET bytes = bytes + ? WHERE id = ?').run(bytes, sessionId);
      statement(this.db, 'UPDATE cartridges SET bytes = bytes + ?, last_write = ? WHERE number = ?')
        .run(blocks * this.blockSizeOf(cartridge, tapeFileNo), now, cartridge);
    })();
  }

  completeTapeFile(cartridge: number, tapeFileNo: number): void {
    statement(this.db, 'UPDATE tape_files SET complete = 1 WHERE cartridge = ? AND tape_file = ?').run(cartridge, tapeFileNo);
  }

  /** The cartridge ends before tape file `from`: forget what the catalog said was there. */
  forgetTapeFilesFrom(cartridge: number, from: number): void {
    statement(this.db, 'DELETE FROM tape_files WHERE cartridge = ? AND tape_file >= ?').run(cartridge, from);
  }

  tapeFiles(sessionId: number): TapeFile[] {
    return (statement(this.db, 'SELECT * FROM tape_files WHERE session_id = ? ORDER BY sequence').all(sessionId) as TapeFileRow[]).map(tapeFile);
  }

  onCartridge(cartridge: number): TapeFile[] {
    return (statement(this.db, 'SELECT * FROM tape_files WHERE cartridge = ? ORDER BY tape_file').all(cartridge) as TapeFileRow[]).map(tapeFile);
  }

  tapeFileAt(cartridge: number, tapeFileNo: number): TapeFile | undefined {
    const r = statement(this.db, 'SELECT * FROM tape_files WHERE cartridge = ? AND tape_file = ?').get(cartridge, tapeFileNo) as TapeFileRow | undefined;
    return r && tapeFile(r);
  }

  /** Where byte `offset` of a session's stream lies: the tape file holding it and the block within it. */
  locate(sessionId: number, offset: number): TapeLocation | undefined {
    const r = statement(this.db, 'SELECT * FROM tape_files WHERE session_id = ? AND stream_offset <= ? ORDER BY stream_offset DESC, sequence DESC LIMIT 1')
      .get(sessionId, offset) as TapeFileRow | undefined;
    if (!r || offset >= r.stream_offset + r.bytes) return undefined;
    return { cartridge: r.cartridge, tapeFile: r.tape_file, ...blockOf(offset - r.stream_offset, r.payload_per_block, r.header_bytes) };
  }

  private blockSizeOf(cartridge: number, tapeFileNo: number): number {
    const r = statement(this.db, 'SELECT block_size FROM tape_files WHERE cartridge = ? AND tape_file = ?').get(cartridge, tapeFileNo) as
      | { block_size: number }
      | undefined;
    if (!r) throw new Error(`tape file ${tapeFileNo} of cartridge ${cartridge} is not in the catalog`);
    return r.block_size;
  }
}
