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
    if (!unit.cartridges.includes(r.cartridge)) unit.cartridges.push(r.cartridge);
  }
  for (const u of units.values()) u.cartridges.sort((a, b) => a - b);
  return [...units.values()].sort((a, b) => (a.host < b.host ? -1 : a.host > b.host ? 1 : a.port - b.port));
}

/** Cartridges holding entries, run starts (the filelist copies) or run ends of the kept runs. */
export function preciousCartridges(db: Database.Database): StorageUnitCartridges[] {
  const rows = db
    .prepare(
      `SELECT r.server_host AS host, r.server_port AS port, c.cartridge AS cartridge FROM (
         SELECT DISTINCT run_id, cartridge FROM entries
         UNION SELECT id, first_cartridge FROM runs WHERE first_cartridge IS NOT NULL
         UNION SELECT id, last_cartridge FROM runs WHERE last_cartridge IS NOT NULL
       ) c JOIN runs r ON r.id = c.run_id
       WHERE r.state IN ('complete', 'failed', 'running')`,
    )
    .all() as { host: string; port: number; cartridge: number }[];
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
