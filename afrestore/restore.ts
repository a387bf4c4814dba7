// afrestore's restore: the selection, checked against what the acting user may write, read in
// tape order (read-plan.ts) and unpacked below the target directory with afclient's unpacker
// and its guards (no names outside the target, no writes through links).
import fs from 'node:fs';
import path from 'node:path';
import type { FileVersion } from '../afclient/backup/filelist/types.js';
import type { Reporter } from '../afclient/report.js';
import { unpack } from '../afclient/unpack/unpacker.js';
import type { EntryMeta } from '../protocol/archive/index.js';
import { asUser, notOwnedBy, type ActingUser } from './acting-user.js';
import { planReads, type NextRecord } from './read-plan.js';
import { runGroups } from './run-groups.js';
import type { Connections, ServerAccess } from './servers.js';

export interface RestoreOptions {
  /** RootDirectory, or -C DIR. */
  root: string;
  /** -C was given: the user must own the target (in place, each file's place is checked). */
  relocated: boolean;
  /** Not -m: existing files are replaced. */
  overwrite: boolean;
  user?: ActingUser;
  connections: Connections;
  access: ServerAccess;
  nextRecord: NextRecord;
  report: Reporter;
  onRestored?: (meta: EntryMeta) => void;
}

export interface RestoreResult {
  restored: number;
  failed: number;
}

/** Creates the target (-C) if needed: as the acting user, 0700, after checking they own where it goes. */
async function prepareRoot(root: string, relocated: boolean, user: ActingUser | undefined): Promise<void> {
  if (user && relocated) {
    const foreign = notOwnedBy(user, root);
    if (foreign !== undefined) throw new Error(`The directory '${foreign}' is not owned by you; restore below a directory of yours (-C DIR)`);
  }
  if (fs.existsSync(root)) return;
  await asUser(user, async () => void fs.mkdirSync(root, { recursive: true, mode: 0o700 }));
}

export async function restoreSelection(selection: readonly FileVersion[], o: RestoreOptions): Promise<RestoreResult> {
  const root = path.resolve(o.root);
  await prepareRoot(root, o.relocated, o.user);
  let refused = 0;
  const allowed = o.user
    ? selection.filter((v) => {
        const foreign = notOwnedBy(o.user!, path.join(root, v.name.toString('utf8')));
        if (foreign === undefined) return true;
        o.report.problem(v.name, `not restored: '${foreign}' is not owned by you`);
        refused++;
        return false;
      })
    : selection;
  const result: RestoreResult = { restored: 0, failed: refused };
  const user = o.user;
  const lost = await runGroups(planReads(allowed, o.nextRecord), {
    connections: o.connections,
    access: o.access,
    report: o.report,
    ...(user ? { owner: user.uid } : {}),
    // Acting for a user: decode on this thread, so no worker starts with the user's ids.
    ...(user?.viaRoot ? { workers: 0, around: <T>(fn: () => Promise<T>) => asUser(user, fn) } : {}),
  }, async (entries) => {
    const umask = user ? process.umask(0o077) : undefined; // directories made for a user are 0700
    try {
      const r = await unpack(entries, { root, overwrite: o.overwrite, wanted: () => true, report: o.report, ...(o.onRestored ? { onRestored: o.onRestored } : {}) });
      result.restored += r.restored;
      result.failed += r.failed;
    } finally {
      if (umask !== undefined) process.umask(umask);
    }
  });
  result.failed += lost;
  return result;
}
