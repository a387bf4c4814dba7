// The statistics report of a run (ExitProgram's %r, and stdout with -v) and its progress: a bar
// on a terminal, otherwise with ReportProgress (-y) the file VarDirectory/progress, rewritten
// as the run goes ("done total percent", afbackup's form, in bytes).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type cliProgressModule from 'cli-progress';
import type { Change } from '../change-detection.js';

// Loaded for a bar on a terminal only: a run in cron or with -v never draws one, and need not
// load it (and readline) at every start.
const loadCliProgress = (): typeof cliProgressModule => createRequire(import.meta.url)('cli-progress') as typeof cliProgressModule;

export interface RunStatistics {
  clientId: string;
  kind: string;
  startMs: number;
  endMs: number;
  server?: string;
  first?: { cartridge: number; tapeFile: number };
  last?: { cartridge: number; tapeFile: number };
  entries: number;
  /** What the walk found, compared with the reference state. */
  changes?: Record<Change, number>;
  deletions: number;
  /** File bytes saved. */
  bytes: bigint;
  /** Bytes written to tape for them. */
  streamBytes: bigint;
  problems: number;
  exitStatus: number;
  minInfo?: string;
}

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const at = (p?: { cartridge: number; tapeFile: number }): string => (p ? `cartridge ${p.cartridge}, tape file ${p.tapeFile}` : '-');

export function formatReport(s: RunStatistics): string {
  const ratio = s.streamBytes > 0n ? (Number(s.bytes) / Number(s.streamBytes)).toFixed(2) : '-';
  const lines = [
    `Statistics of the ${s.kind} of client ${s.clientId}`,
    `Started:           ${iso(s.startMs)}`,
    `Ended:             ${iso(s.endMs)}`,
    `Server:            ${s.server ?? '-'}`,
    `First written to:  ${at(s.first)}`,
    `Last written to:   ${at(s.last)}`,
    `Entries saved:     ${s.entries}`,
    `Entries walked:    ${s.changes ? `${s.changes.new} new, ${s.changes.changed} changed, ${s.changes['unstable-changed']} unstable, ${s.changes.unchanged} unchanged` : '-'}`,
    `Deletions seen:    ${s.deletions}`,
    `Bytes saved:       ${s.bytes}`,
    `Bytes on tape:     ${s.streamBytes}`,
    `Compression ratio: ${ratio}`,
    `Problems:          ${s.problems}`,
    `Exit status:       ${s.exitStatus}`,
  ];
  if (s.minInfo) lines.push(`Minimum restore information: ${s.minInfo}`);
  return lines.join('\n') + '\n';
}

export interface Progress {
  update(entries: number, bytes: bigint): void;
  /** `complete`: the run's data is all written (the file then says 100%). */
  stop(complete: boolean): void;
}

export function startProgress(o: { tty: boolean; progressFile?: string; totalEntries: number; totalBytes: bigint }): Progress {
  if (o.tty) {
    const cliProgress = loadCliProgress();
    const bar = new cliProgress.SingleBar(
      { format: 'saving [{bar}] {percentage}% | {value}/{total} entries | {mb} MB | {rate} MB/s | ETA {eta_formatted}', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    const started = Date.now();
    bar.start(Math.max(o.totalEntries, 1), 0, { mb: '0', rate: '0' });
    return {
      update: (entries, bytes) => {
        const mb = Number(bytes) / 1e6;
        bar.update(entries, { mb: mb.toFixed(1), rate: (mb / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1) });
      },
      stop: () => bar.stop(),
    };
  }
  const file = o.progressFile;
  if (!file) return { update: () => undefined, stop: () => undefined };
  let last = 0;
  let latest = 0n;
  const write = (bytes: bigint, done: boolean): void => {
    const percent = done ? 100 : o.totalBytes > 0n ? Number((bytes * 100n) / o.totalBytes) : 0;
    const tmp = `${file}.new`;
    fs.writeFileSync(tmp, `${bytes} ${o.totalBytes} ${Math.min(percent, 100)}%\n`);
    fs.renameSync(tmp, file);
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  write(0n, false);
  return {
    update: (_entries, bytes) => {
      latest = bytes;
      if (Date.now() - last < 500) return;
      last = Date.now();
      write(bytes, false);
    },
    stop: (complete) => write(latest, complete),
  };
}
