// Which filelists (full backup numbers) are kept, which cartridges they still need, and what
// update_indexes forgets when a server has reused cartridges.
import type Database from 'better-sqlite3';
import { lastCompleteFullSet } from '../levels.js';
import type { Filelist } from './filelist.js';
import type { StorageUnitCartridges } from './types.js';

export interface RotationPolicy {
  /** NumIndexesToStore: keep the current full backup number and this many older ones. */
  numIndexesToStore: number;
  /** DaysToStoreIndexes: also keep numbers written to within this many days (the longer rule wins). */
  daysToStoreIndexes?: number;
  nowNs: bigint;
}

export function rotate(filelist: Filelist, policy: RotationPolicy): number[] {
  if (!Number.isInteger(policy.numIndexesToStore) || policy.numIndexesToStore < 0) throw new RangeError(`NumIndexesToStore ${policy.numIndexesToStore} must be 0 or more`);
  const runs = filelist.runs();
  const numbers = [...new Set(runs.map((r) => r.fullNumber))].sort((a, b) => b - a);
  const keep = new Set(numbers.slice(0, policy.numIndexesToStore + 1));
  // The state incrementals compare with starts at the newest complete full set; while a
  // multi-part full is under way that is an older number, which must stay.
  const base = lastCompleteFullSet(runs);
  for (const n of numbers) if (base && n >= base.fullNumber) keep.add(n);
  for (const r of runs) if (r.state === 'running') keep.add(r.fullNumber);
  if (policy.daysToStoreIndexes !== undefined) {
    const cutoff = policy.nowNs - BigInt(Math.round(policy.daysToStoreIndexes * 86_400_000)) * 1_000_000n;
    for (const r of runs) if ((r.endNs ?? r.startNs) >= cutoff) keep.add(r.fullNumber);
  }
  const dropped = numbers.filter((n) => !keep.has(n));
  if (dropped.length > 0) filelist.dropRuns(runs.filter((r) => !keep.has(r.fullNumber)).map((r) => r.id));
  return dropped.sort((a, b) => a - b);
}

function group(rows: { host: string; port: number; cartridge: number }[]): StorageUnitCartridges[] {
  const units = new Map<string, StorageUnitCartridges>();
  for (const r of rows) {
    const key = `${r.host}\0${r.port}`;
    let unit = units.get(key);
    if (!unit) units.set(key, (unit = { host: r.host, port: r.port, cartridges: [] }));
    unit.cartridges.push(r.cartridge);
  }
  for (const u of units.values()) u.cartridges = [...new Set(u.cartridges)].sort((a, b) => a - b);
  return [...units.values()].sort((a, b) => (a.host < b.host ? -1 : a.host > b.host ? 1 : a.port - b.port));
}

// The distinct cartridges of the entries, and the distinct runs with entries on one of them, by
// seeking through the index on (cartridge, run_id) from one value to the next: a few lookups per
// value instead of reading every entry of every kept run after each backup.
const CARTRIDGES_OF_ENTRIES = `WITH RECURSIVE c(cartridge) AS (
    SELECT min(cartridge) FROM entries
    UNION ALL SELECT (SELECT min(cartridge) FROM entries WHERE cartridge > c.cartridge) FROM c WHERE c.cartridge IS NOT NULL)
  SELECT cartridge FROM c WHERE cartridge IS NOT NULL`;
const RUNS_ON_CARTRIDGE = `WITH RECURSIVE r(run_id) AS (
    SELECT min(run_id) FROM entries WHERE cartridge = @cartridge
    UNION ALL SELECT (SELECT min(run_id) FROM entries WHERE cartridge = @cartridge AND run_id > r.run_id) FROM r WHERE r.run_id IS NOT NULL)
  SELECT run_id FROM r WHERE run_id IS NOT NULL`;

/** Cartridges holding entries, run starts (the filelist copies) or run ends of the kept runs. */
export function preciousCartridges(db: Database.Database): StorageUnitCartridges[] {
  const runs = db
    .prepare("SELECT id, server_host AS host, server_port AS port, first_cartridge AS first, last_cartridge AS last FROM runs WHERE state IN ('complete', 'failed', 'running')")
    .all() as { id: number; host: string; port: number; first: number | null; last: number | null }[];
  const byId = new Map(runs.map((r) => [r.id, r]));
  const rows: { host: string; port: number; cartridge: number }[] = [];
  for (const r of runs) {
    if (r.first !== null) rows.push({ host: r.host, port: r.port, cartridge: r.first });
    if (r.last !== null) rows.push({ host: r.host, port: r.port, cartridge: r.last });
  }
  const runsOn = db.prepare(RUNS_ON_CARTRIDGE).pluck();
  for (const cartridge of db.prepare(CARTRIDGES_OF_ENTRIES).pluck().all() as number[]) {
    for (const id of runsOn.all({ cartridge }) as number[]) {
      const r = byId.get(id);
      if (r) rows.push({ host: r.host, port: r.port, cartridge });
    }
  }
  return group(rows);
}

export function dropEntriesOnCartridges(db: Database.Database, unit: StorageUnitCartridges): number {
  if (unit.cartridges.length === 0) return 0;
  const marks = unit.cartridges.map(() => '?').join(',');
  const info = db
    .prepare(`DELETE FROM entries WHERE cartridge IN (${marks}) AND run_id IN (SELECT id FROM runs WHERE server_host = ? AND server_port = ?)`)
    .run(...unit.cartridges, unit.host, unit.port);
  return info.changes;
}
