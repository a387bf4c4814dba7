// Shared helpers for the filelist tests: entries with defaults, runs in one call, temp dirs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Filelist } from '../../afclient/backup/filelist/filelist.js';
import type { FilelistEntry, NewRun } from '../../afclient/backup/filelist/types.js';
import { FULL_LEVEL } from '../../afclient/backup/levels.js';

export const SEC = 1_000_000_000n;

export function entry(name: string | Buffer, over: Partial<FilelistEntry> = {}): FilelistEntry {
  return {
    name: typeof name === 'string' ? Buffer.from(name) : name,
    type: 'file',
    size: 100n,
    uid: 0,
    mtimeNs: 1000n * SEC,
    ctimeNs: 1000n * SEC,
    inode: 1n,
    dev: 1n,
    cartridge: 1,
    tapeFile: 1,
    block: 0,
    blockOffset: 0,
    streamOffset: 0n,
    ...over,
  };
}

export function tempFilelist(): { filelist: Filelist; dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'afb-filelist-'));
  const filelist = Filelist.open(path.join(dir, 'var'));
  return {
    filelist,
    dir,
    cleanup: () => {
      filelist.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface RunSpec extends Partial<NewRun> {
  entries?: FilelistEntry[];
  deletions?: string[];
  state?: 'complete' | 'failed';
  first?: { cartridge: number; tapeFile: number };
}

/** Begins, fills and finishes a run; start time in seconds. */
export function addRun(filelist: Filelist, startSec: number, spec: RunSpec = {}): number {
  const startNs = BigInt(startSec) * SEC;
  const id = filelist.beginRun({
    fullNumber: spec.fullNumber ?? 1,
    level: spec.level ?? FULL_LEVEL,
    startNs,
    serverHost: spec.serverHost ?? 'tapesrv',
    serverPort: spec.serverPort ?? 2988,
    clientId: spec.clientId ?? 'client1',
    ...(spec.part !== undefined ? { part: spec.part } : {}),
    ...(spec.parts !== undefined ? { parts: spec.parts } : {}),
    ...(spec.differential !== undefined ? { differential: spec.differential } : {}),
    ...(spec.dirsToBackup !== undefined ? { dirsToBackup: spec.dirsToBackup } : {}),
  });
  if (spec.entries) filelist.addEntries(id, spec.entries);
  if (spec.deletions) filelist.addDeletions(id, spec.deletions.map((n) => Buffer.from(n)));
  filelist.finishRun(id, { state: spec.state ?? 'complete', endNs: startNs + 60n * SEC, ...(spec.first ? { first: spec.first } : {}) });
  return id;
}

export const names = (versions: { name: Buffer }[]): string[] => versions.map((v) => v.name.toString());
