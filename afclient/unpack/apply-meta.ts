// Owner, mode, extended attributes, ACLs and times for a restored entry. Owners are set only when
// running as root (anyone else keeps their own uid); names are mapped on this host when known.
// Order matters: chown clears setuid bits, so mode comes after it; the ACL (which also sets the
// group bits) after the mode; times last, because each change above touches ctime only.
import fs from 'node:fs';
import type { EntryMeta } from '../../protocol/archive/entry.js';
import { fsx } from '../fsx.js';
import { localGid, localUid } from '../ids.js';
import { ACL_ACCESS, ACL_DEFAULT } from '../pack/meta.js';
import type { Reporter } from '../report.js';

export interface MetaContext {
  asRoot: boolean;
  report: Reporter;
}

function attributes(meta: EntryMeta): { name: string; value: Buffer }[] {
  const list = [...(meta.xattrs ?? [])];
  if (meta.aclAccess) list.push({ name: ACL_ACCESS, value: meta.aclAccess });
  if (meta.aclDefault) list.push({ name: ACL_DEFAULT, value: meta.aclDefault });
  return list;
}

function owner(meta: EntryMeta): [number, number] {
  return [localUid(meta.user, meta.uid), localGid(meta.group, meta.gid)];
}

/** For an open file or directory. */
export function applyMetaFd(fd: number, meta: EntryMeta, ctx: MetaContext): void {
  if (ctx.asRoot) fs.fchownSync(fd, ...owner(meta));
  fs.fchmodSync(fd, meta.mode);
  for (const { name, value } of attributes(meta)) {
    try {
      fsx.fsetxattr(fd, name, value);
    } catch (err) {
      ctx.report.problem(meta.name, `cannot restore extended attribute ${name}: ${(err as Error).message}`);
    }
  }
  fsx.futimens(fd, meta.atimeNs, meta.mtimeNs);
}

/**
 * For an entry that cannot be opened (symlink, FIFO, device), named by a /proc/self/fd path whose
 * last component is not followed. Its mode was given when it was created.
 */
export function applyMetaPath(p: Buffer, meta: EntryMeta, ctx: MetaContext): void {
  if (ctx.asRoot) fs.lchownSync(p, ...owner(meta));
  for (const { name, value } of attributes(meta)) {
    try {
      fsx.lsetxattr(p, name, value);
    } catch (err) {
      ctx.report.problem(meta.name, `cannot restore extended attribute ${name}: ${(err as Error).message}`);
    }
  }
  fsx.utimens(p, meta.atimeNs, meta.mtimeNs, true);
}
