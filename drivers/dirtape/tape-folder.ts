// The files of a directory tape (see FORMAT.md): data.N holds the payload bytes of tape file N,
// records.N the record boundaries as runs. This module reads a folder back into RecordRuns,
// repairing the boundaries of a data.N the index does not fully describe (a crash between the
// data write and the index update, or a tape file written by afbackup 3.5.8 itself).

import fs from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../library/pid-lock.js';
import { RecordRuns } from './record-runs.js';

export const INDEX_HEADER = 'afbackup-dirtape-records 1';

export const dataPath = (folder: string, n: number): string => path.join(folder, `data.${n}`);
export const indexPath = (folder: string, n: number): string => path.join(folder, `records.${n}`);

const TAPE_FILE = /^(data|records)\.(0|[1-9]\d{0,9})$/;

export interface FolderScan {
  /** Highest N with a data.N (records.N alone does not count); -1 for a blank tape. */
  last: number;
  dataSizes: Map<number, number>;
  indexes: Set<number>;
}

export async function scanFolder(folder: string): Promise<FolderScan> {
  const scan: FolderScan = { last: -1, dataSizes: new Map(), indexes: new Set() };
  for (const name of await fs.readdir(folder)) {
    const m = TAPE_FILE.exec(name);
    if (!m) continue;
    const n = Number(m[2]);
    if (m[1] === 'records') {
      scan.indexes.add(n);
      continue;
    }
    const st = await fs.stat(path.join(folder, name));
    if (!st.isFile()) continue;
    scan.dataSizes.set(n, st.size);
    scan.last = Math.max(scan.last, n);
  }
  return scan;
}

/** Reads records.N; null when it is missing or not ours (then the data decides). */
async function readIndex(folder: string, n: number): Promise<RecordRuns | null> {
  let text: string;
  try {
    text = await fs.readFile(indexPath(folder, n), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  const lines = text.split('\n').filter((l) => l !== '');
  if (lines[0] !== INDEX_HEADER) return null;
  const runs = new RecordRuns();
  for (const line of lines.slice(1)) {
    const m = /^([1-9]\d*) ([1-9]\d*)$/.exec(line);
    if (!m) return null;
    runs.append(Number(m[1]), Number(m[2]));
  }
  return runs;
}

export function formatIndex(runs: RecordRuns): string {
  return [INDEX_HEADER, ...runs.runs().map(([size, count]) => `${size} ${count}`)].join('\n') + '\n';
}

export async function writeIndex(folder: string, n: number, runs: RecordRuns): Promise<void> {
  await writeFileAtomic(indexPath(folder, n), formatIndex(runs));
}

/**
 * The records of data.N, whose size is `size`. Bytes the index does not cover become records
 * of the last run's size (or `recordSize` without an index), the last one possibly short;
 * an index claiming more than the file holds is cut back to what is there. `repaired` says
 * records.N no longer matches and should be rewritten.
 */
export async function loadTapeFile(folder: string, n: number, size: number, recordSize: number): Promise<{ runs: RecordRuns; repaired: boolean }> {
  const found = await readIndex(folder, n);
  const runs = found ?? new RecordRuns();
  if (runs.bytes === size) return { runs, repaired: false };
  if (runs.bytes > size) runs.truncate(runs.recordsWithin(size));
  const rest = size - runs.bytes;
  const unit = runs.count > 0 ? runs.sizeOf(runs.count - 1) : recordSize;
  runs.append(unit, Math.floor(rest / unit));
  if (rest % unit) runs.append(rest % unit);
  return { runs, repaired: true };
}

/** Removes data.M and records.M for every M > n. */
export async function removeTapeFilesAfter(folder: string, n: number): Promise<void> {
  for (const name of await fs.readdir(folder)) {
    const m = TAPE_FILE.exec(name);
    if (m && Number(m[2]) > n) await fs.rm(path.join(folder, name), { force: true });
  }
}
