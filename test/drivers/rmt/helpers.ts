// Shared set-up for the rmt tests: the two rmt servers Debian ships, run locally as the "remote
// command", each wrapped so the test learns the PID of every server it starts.

import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openRmtDrive, type RmtDrive, type RmtSpec } from '../../../drivers/rmt/index.js';

export interface RmtServer {
  dialect: 'gnu' | 'dump';
  path: string;
}

export const SERVERS: readonly RmtServer[] = [
  { dialect: 'gnu', path: '/usr/sbin/rmt-tar' },
  { dialect: 'dump', path: '/usr/sbin/rmt-dump' },
];

export function missingServer(server: RmtServer): string | false {
  return existsSync(server.path) ? false : `${server.path} is not installed (Debian package ${server.dialect === 'gnu' ? 'tar' : 'dump'})`;
}

export const FAKE_SERVER = fileURLToPath(new URL('./fake-rmt-server.mjs', import.meta.url));

export interface Scratch {
  dir: string;
  /** A command that appends its PID to dir/pids, then becomes `program ...args`. */
  wrapped(program: string, ...args: string[]): string[];
  /** The PIDs the wrapped commands recorded, in start order. */
  pids(): Promise<number[]>;
  cleanup(): Promise<void>;
}

export async function scratch(): Promise<Scratch> {
  const dir = await mkdtemp(join(tmpdir(), 'af-rmt-'));
  const pidFile = join(dir, 'pids');
  return {
    dir,
    wrapped: (program, ...args) => ['/bin/sh', '-c', 'echo $$ >> "$0"; shift; exec "$@"', pidFile, 'x', program, ...args],
    pids: async () =>
      existsSync(pidFile)
        ? (await readFile(pidFile, 'utf8')).trim().split('\n').filter((l) => l !== '').map(Number)
        : [],
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/** True while a process with this PID exists (reaped children do not). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Deterministic bytes for a record, different for every (index, size). */
export function recordBytes(index: number, size: number): Buffer {
  const b = Buffer.alloc(size);
  let x = (index + 1) * 2654435761 + size;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

const openDrives = new Set<RmtDrive>();

/** openRmtDrive, remembered so that closeDrives() stops its server even when a test fails early. */
export async function openDrive(spec: RmtSpec): Promise<RmtDrive> {
  const drive = await openRmtDrive(spec);
  openDrives.add(drive);
  return drive;
}

/** For afterEach: closes every drive openDrive() opened, ignoring close errors a test caused. */
export async function closeDrives(): Promise<void> {
  const drives = [...openDrives];
  openDrives.clear();
  await Promise.all(drives.map((d) => d.close().catch(() => undefined)));
}
