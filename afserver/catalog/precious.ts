// Which cartridges each client still needs. Clients send the full list after every backup
// (PreciousTapes:), so the newest list replaces the older one; a cartridge needed by anybody is
// never overwritten.
import { statement, type Db } from './db.js';

export class PreciousTapes {
  constructor(private readonly db: Db) {}

  /** Replaces what `clientId` needs with exactly `cartridges`. */
  replace(clientId: string, cartridges: readonly number[]): void {
    this.db.transaction(() => {
      statement(this.db, 'DELETE FROM precious WHERE client_id = ?').run(clientId);
      const add = statement(this.db, 'INSERT OR IGNORE INTO precious (client_id, cartridge) VALUES (?, ?)');
      for (const c of cartridges) add.run(clientId, c);
    })();
  }

  /** ReuseTapes: the client no longer needs these. */
  release(clientId: string, cartridges: readonly number[]): void {
    const del = statement(this.db, 'DELETE FROM precious WHERE client_id = ? AND cartridge = ?');
    this.db.transaction(() => {
      for (const c of cartridges) del.run(clientId, c);
    })();
  }

  /** DeleteClient: the client is gone; nothing of it is needed any more. */
  deleteClient(clientId: string): void {
    statement(this.db, 'DELETE FROM precious WHERE client_id = ?').run(clientId);
  }

  holders(cartridge: number): string[] {
    return (statement(this.db, 'SELECT client_id FROM precious WHERE cartridge = ? ORDER BY client_id').all(cartridge) as { client_id: string }[]).map(
      (r) => r.client_id,
    );
  }

  isPrecious(cartridge: number): boolean {
    return statement(this.db, 'SELECT 1 FROM precious WHERE cartridge = ? LIMIT 1').get(cartridge) !== undefined;
  }

  of(clientId: string): number[] {
    return (statement(this.db, 'SELECT cartridge FROM precious WHERE client_id = ? ORDER BY cartridge').all(clientId) as { cartridge: number }[]).map(
      (r) => r.cartridge,
    );
  }
}
