// afverify: a backup run compared with the filesystem (afclient's comparison: content, size,
// mtime, mode, owner, extended attributes and ACLs), or with --tape re-read and its records'
// checksums checked without a filesystem (a media check). Both read the run's records in tape
// order through the same reads as a restore.
import { FULL_LEVEL, type FileVersion, type RunInfo } from '../afclient/backup/filelist/types.js';
import { compare } from '../afclient/compare/compare.js';
import { timeString } from '../afclient/list.js';
import { cEscape } from '../afclient/names.js';
import type { Reporter } from '../afclient/report.js';
import { ArchiveDamageError, type EntryMeta } from '../protocol/archive/index.js';
import { asUser } from './acting-user.js';
import type { ProgramContext } from './context.js';
import { planReads } from './read-plan.js';
import { runGroups } from './run-groups.js';

/** Runs that can be verified, newest first: -0 is the last one. */
export function verifiableRuns(ctx: ProgramContext): RunInfo[] {
  return ctx.filelist.runs().filter((r) => r.state !== 'running').reverse();
}

export function runLine(r: RunInfo, index: number, total: number): string {
  const kind = r.level === FULL_LEVEL ? 'full' : r.differential ? 'differential' : `level ${r.level}`;
  const at = r.first ? `${r.serverHost}%${r.serverPort}!${r.first.cartridge}.${r.first.tapeFile}` : `${r.serverHost}%${r.serverPort}`;
  return `-${index}.${total}: ${kind} backup at ${timeString(r.startNs)} UTC, number ${r.fullNumber} part ${r.part}/${r.parts}, ${r.entryCount} entries, ${r.state}, ${at}`;
}

/** The versions run `run` saved (only the user's when acting for one). */
function versionsOf(ctx: ProgramContext, run: RunInfo): FileVersion[] {
  return ctx.filelist
    .findVersions({ backupFrom: run.startNs, backupTo: run.startNs, ...(ctx.user ? { uid: ctx.user.uid } : {}) })
    .filter((v) => v.runId === run.id);
}

// A run is read as few long reads: only a large gap between its wanted records (entries left
// out for a user) starts a new one.
const plan = (ctx: ProgramContext, run: RunInfo) => planReads(versionsOf(ctx, run), ctx.nextRecord);

export interface VerifyResult {
  entries: number;
  differences: number;
  /** Entries that could not be read (damaged, cartridge unavailable). */
  unreadable: number;
}

/** Compares run `run` with the filesystem below `root`; `onDifference` gets one call per difference. */
export async function verifyRun(ctx: ProgramContext, run: RunInfo, root: string, report: Reporter, onDifference: (meta: EntryMeta, what: string) => void): Promise<VerifyResult> {
  const result: VerifyResult = { entries: 0, differences: 0, unreadable: 0 };
  const user = ctx.user;
  // Acting for a user, the filesystem is read with the user's ids (a link in a path of theirs
  // must not show them a file they could not read), on this thread.
  const asThem = user?.viaRoot ? { workers: 0, around: <T>(fn: () => Promise<T>) => asUser(user, fn) } : {};
  result.unreadable = await runGroups(plan(ctx, run), { connections: ctx.connections, access: ctx.access, report, ...(user ? { owner: user.uid } : {}), ...asThem }, async (entries, group) => {
    result.entries += group.wanted.size;
    result.differences += await compare(entries, { root, wanted: () => true, onDifference });
  });
  return result;
}

/** --tape: reads every record of the run and checks its checksums; damaged entries are reported. */
export async function checkRunMedia(ctx: ProgramContext, run: RunInfo, report: Reporter): Promise<VerifyResult> {
  const result: VerifyResult = { entries: 0, differences: 0, unreadable: 0 };
  result.unreadable = await runGroups(plan(ctx, run), { connections: ctx.connections, access: ctx.access, report, ...(ctx.user ? { owner: ctx.user.uid } : {}) }, async (entries) => {
    for await (const e of entries) {
      result.entries++;
      try {
        for await (const segment of e.content()) void segment;
      } catch (err) {
        if (!(err instanceof ArchiveDamageError)) throw err;
        result.differences++;
        report.problem(e.meta.name, `damaged on tape: ${err.report.reason} (stream offset ${err.report.streamOffset})`);
      }
    }
  });
  return result;
}

export const showName = (meta: EntryMeta): string => cEscape(meta.name);
