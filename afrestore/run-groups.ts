// Runs every ReadGroup of a plan through a consumer (restore, compare, media check) and turns
// what goes wrong into one problem per file: a read that fails (cartridge not available,
// server gone) names the cartridge to insert and the files it holds, and the other groups are
// still read; a record that is not where the filelist says is reported with the damage met.
import type { FileVersion } from '../afclient/backup/filelist/types.js';
import { cEscape } from '../afclient/names.js';
import { positionPrefix } from '../afclient/remote/positions.js';
import type { Reporter } from '../afclient/report.js';
import type { UnpackEntry } from '../afclient/unpack/restore-entry.js';
import { regroup, type ReadGroup } from './read-plan.js';
import { readSelected } from './read-selected.js';
import type { Connections, ServerAccess } from './servers.js';

export interface GroupRunOptions {
  connections: Connections;
  access: ServerAccess;
  report: Reporter;
  /** Decoding threads for the archive reader. */
  workers?: number;
  /** Acting for a user: only archive entries of this owner are used. */
  owner?: number;
  /** Wraps each read (acting for a user: the writes run with the user's ids). */
  around?: <T>(fn: () => Promise<T>) => Promise<T>;
}

const where = (v: FileVersion): string => `${positionPrefix(v.serverHost, v.serverPort, v)} block ${v.block}`;

/**
 * Returns the number of files that could not be handed to `use` (each one reported). After a
 * read that ended early (a damaged block stops the server's stream there), the files still
 * wanted are read again from the next one's own block, so damage costs only what it hit.
 */
export async function runGroups(groups: readonly ReadGroup[], o: GroupRunOptions, use: (entries: AsyncIterable<UnpackEntry>, group: ReadGroup) => Promise<void>): Promise<number> {
  let lost = 0;
  const around = o.around ?? (<T>(fn: () => Promise<T>) => fn());
  const queue = [...groups];
  for (let group = queue.shift(); group; group = queue.shift()) {
    const { host, port, first } = group;
    const names = [...group.wanted.values()];
    const listed = `${names.slice(0, 5).map((v) => cEscape(v.name)).join(', ')}${names.length > 5 ? ', ...' : ''}`;
    let client;
    try {
      client = await o.connections.get(host, port);
    } catch (e) {
      o.report.problem(`${host}%${port}`, `${(e as Error).message}; ${names.length} file(s) not read: ${listed}`);
      lost += names.length;
      continue;
    }
    let read;
    try {
      const [c, g] = [client, group];
      read = await around(() => readSelected(c, g, { cartridgeSet: o.access.cartridgeSet(host, port), ...(o.workers !== undefined ? { workers: o.workers } : {}), ...(o.owner !== undefined ? { owner: o.owner } : {}) }, (entries) => use(entries, g)));
    } catch (e) {
      o.connections.drop(host, port);
      const why = e instanceof Error ? e.message : String(e);
      o.report.problem(
        `${host}%${port}`,
        `cannot read cartridge ${first.cartridge} (tape file ${first.tapeFile}) for ${names.length} file(s): ${why}. Cartridge ${first.cartridge} is needed; make it available to the server and run the command again for: ${listed}`,
      );
      lost += names.length;
      continue;
    }
    let rest = read.missing;
    // The first wanted record itself was not found: it is lost; the read resumes after it.
    // Found by name, the records have no position to resume at: all that is missing is lost.
    while (rest.length > 0 && (rest[0] === first || group.byName)) {
      const lostOne = rest[0]!;
      const damage = read.damage.map((d) => `${d.reason} at stream offset ${d.streamOffset}`).join('; ');
      o.report.problem(lostOne.name, `its record was not found at ${where(lostOne)}${damage ? ` (the archive is damaged there: ${damage})` : ''}; it could not be read`);
      lost++;
      rest = rest.slice(1);
    }
    if (rest.length > 0) queue.unshift(regroup(group, rest));
  }
  return lost;
}
