// Whom afrestore acts for. Node programs cannot be setuid, so user self-service runs afrestore
// as root through sudo (afrestore/sudoers.example): root with SUDO_UID set acts for that user,
// a normal user for themself. Acting for a user, only their entries are listed and restored,
// only into places they own, and the writes run with the user's ids (asUser), so a symbolic
// link swapped into the target cannot lead anywhere the user could not write anyway.
import fs from 'node:fs';
import { userName } from '../afclient/ids.js';

export interface ActingUser {
  uid: number;
  gid: number;
  /** Login name, when this host knows the uid. */
  name: string;
  /** Running as root for this user (sudo): ids are switched for the writes. */
  viaRoot: boolean;
}

/** Undefined when root acts for root (no restrictions). */
export function actingUser(env: NodeJS.ProcessEnv = process.env): ActingUser | undefined {
  const uid = process.getuid!();
  if (uid !== 0) return { uid, gid: process.getgid!(), name: userName(uid), viaRoot: false };
  const sudoUid = env.SUDO_UID;
  if (sudoUid === undefined || sudoUid === '' || sudoUid === '0') return undefined;
  if (!/^\d+$/.test(sudoUid)) throw new Error(`SUDO_UID '${sudoUid}' is not a user id; run afrestore through sudo, or unset SUDO_UID to restore as root`);
  const gidText = env.SUDO_GID;
  const gid = gidText !== undefined && /^\d+$/.test(gidText) ? Number(gidText) : Number(sudoUid);
  return { uid: Number(sudoUid), gid, name: userName(Number(sudoUid)), viaRoot: true };
}

/** An option a user may not give (afbackup refuses them for normal users as well). */
export function refuseForUser(user: ActingUser | undefined, given: boolean, option: string, why: string): void {
  if (user && given) throw new Error(`${option} may only be used by root (${why})`);
}

/**
 * Runs `fn` with the user's effective uid, gid and groups when root acts for a user, and
 * switches back afterwards (the connection to the server and the filelist stay root's).
 */
export async function asUser<T>(user: ActingUser | undefined, fn: () => Promise<T>): Promise<T> {
  if (!user?.viaRoot || process.geteuid!() !== 0) return fn();
  const groups = process.getgroups!();
  const egid = process.getegid!();
  // process.initgroups exists on POSIX Node but is missing from @types/node 20.
  const { initgroups } = process as unknown as { initgroups?: (user: string, gid: number) => void };
  if (user.name && initgroups) initgroups(user.name, user.gid);
  else process.setgroups!([user.gid]);
  process.setegid!(user.gid);
  process.seteuid!(user.uid);
  try {
    return await fn();
  } finally {
    process.seteuid!(0);
    process.setegid!(egid);
    process.setgroups!(groups);
  }
}

/**
 * Whether the user may write at `p`: it exists and is the user's, or its nearest existing
 * ancestor directory is (afbackup's rule). Returns the path that is not the user's, if any.
 */
export function notOwnedBy(user: ActingUser, p: string): string | undefined {
  for (let at = p; ; ) {
    const st = fs.lstatSync(at, { throwIfNoEntry: false });
    if (st) return st.uid === user.uid ? undefined : at;
    const up = at.slice(0, Math.max(at.lastIndexOf('/'), 1));
    if (up === at) return at;
    at = up;
  }
}
