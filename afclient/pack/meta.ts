// EntryMeta for one filesystem object, from its lstat and its extended attributes.
import type { BigIntStats } from 'node:fs';
import type { EntryMeta, EntryType, Xattr } from '../../protocol/archive/entry.js';
import { XATTR_UNSUPPORTED, errnoCode, fsx, type FsPath } from '../fsx.js';
import { groupName, userName } from '../ids.js';
import type { Reporter } from '../report.js';

export const ACL_ACCESS = 'system.posix_acl_access';
export const ACL_DEFAULT = 'system.posix_acl_default';

export function entryType(st: BigIntStats): EntryType {
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'directory';
  if (st.isSymbolicLink()) return 'symlink';
  if (st.isFIFO()) return 'fifo';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'chardev';
  return 'blockdev';
}

/** Linux's dev_t encoding (glibc gnu_dev_major/minor). */
export function devNumbers(rdev: bigint): { devMajor: number; devMinor: number } {
  return {
    devMajor: Number(((rdev >> 8n) & 0xfffn) | ((rdev >> 32n) & ~0xfffn)),
    devMinor: Number((rdev & 0xffn) | ((rdev >> 12n) & ~0xffn)),
  };
}

export function baseMeta(name: Buffer, st: BigIntStats, type: EntryType = entryType(st)): EntryMeta {
  const uid = Number(st.uid);
  const gid = Number(st.gid);
  const meta: EntryMeta = {
    name,
    type,
    mode: Number(st.mode & 0o7777n),
    uid,
    gid,
    user: userName(uid),
    group: groupName(gid),
    mtimeNs: st.mtimeNs,
    ctimeNs: st.ctimeNs,
    atimeNs: st.atimeNs,
    size: type === 'file' ? st.size : 0n,
  };
  if (type === 'chardev' || type === 'blockdev') Object.assign(meta, devNumbers(st.rdev));
  return meta;
}

/** Adds xattrs and POSIX ACLs; attributes that cannot be read are reported, the entry is kept. */
export function addXattrs(meta: EntryMeta, path: FsPath, report: Reporter): void {
  let names: string[];
  try {
    names = fsx.llistxattr(path);
  } catch (err) {
    if (!XATTR_UNSUPPORTED.has(errnoCode(err) ?? '')) report.problem(meta.name, `cannot list extended attributes: ${(err as Error).message}`);
    return;
  }
  const xattrs: Xattr[] = [];
  for (const name of names.sort()) {
    let value: Buffer;
    try {
      value = fsx.lgetxattr(path, name);
    } catch (err) {
      if (errnoCode(err) !== 'ENODATA') report.problem(meta.name, `cannot read extended attribute ${name}: ${(err as Error).message}`);
      continue;
    }
    if (name === ACL_ACCESS) meta.aclAccess = value;
    else if (name === ACL_DEFAULT) meta.aclDefault = value;
    else xattrs.push({ name, value });
  }
  if (xattrs.length) meta.xattrs = xattrs;
}
