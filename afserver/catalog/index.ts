// The server catalog: one SQLite database, three views of it.
import { Cartridges } from './cartridges.js';
import { openCatalogDb, type Db } from './db.js';
import { PreciousTapes } from './precious.js';
import { Sessions } from './sessions.js';

export type { Cartridge, LabelRecord, WritePosition } from './cartridges.js';
export type { NewTapeFile, Session, SessionState, TapeFile, TapeLocation } from './sessions.js';

export class Catalog {
  readonly cartridges: Cartridges;
  readonly precious: PreciousTapes;
  readonly sessions: Sessions;

  private constructor(readonly db: Db) {
    this.cartridges = new Cartridges(db);
    this.precious = new PreciousTapes(db);
    this.sessions = new Sessions(db);
  }

  static open(varDirectory: string): Catalog {
    return new Catalog(openCatalogDb(varDirectory));
  }

  /** Runs `fn` as one transaction: all of its catalog changes happen, or none. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  close(): void {
    this.db.close();
  }
}
