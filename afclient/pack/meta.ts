// EntryMeta for one filesystem object, from its lstat and its extended attributes.
import type { BigIntStats } from 'node:fs';
import type { EntryMeta, EntryType, Xattr } from '../../protocol/archive/entry.js';
import { XATTR_UNSUPPORTED, errnoCode, fsx, type FsPath } from '../fsx.js';
import { groupName, userName } from '../ids.js';
import type { Reporter } from '../report.js';
import type { EntryStat } from './entry-stat.js';

export const ACL_ACCESS = 'system.posix_acl_access';
export const ACL_DEFAULT = 'system.posix_acl_default';

const S_IFMT = 0o170000;
const TYPES: ReadonlyMap<number, EntryType> = new Map([
  [0o100000, 'file'],
  [0o040000, 'directory'],
  [0o120000, 'symlink'],
  [0o010000, 'fifo'],
  [0o140000, 'socket'],
  [0o020000, 'chardev'],
]);

/** The entry type of an st_mode. */
export const typeOfMode = (mode: number): EntryType => TYPES.get(mode & S_IFMT) ?? 'blockdev';

export function entryType(st: BigIntStats): EntryType {
  return typeOfMode(Number(st.mode));
}

/** Linux's dev_t encoding (glibc gnu_dev_major/minor). */
export function devNumbers(rdev: bigint): { devMajor: number; devMinor: number } {
  return {
    devMajor: Number(((rdev >> 8n) & 0xfffn) | ((rdev >> 32n) & ~0xfffn)),
    devMinor: Number((rdev & 0xffn) | ((rdev >> 12n) & ~0xffn)),
  };
}

export function baseMeta(name: Buffer, st: EntryStat, type: EntryType = st.type): EntryMeta {
  const meta: EntryMeta = {
    name,
    type,
    mode: st.mode & 0o7777,
    uid: st.uid,
    gid: st.gid,
    user: userName(st.uid),
    group: groupName(st.gid),
    mtimeNs: st.mtimeNs,
    ctimeNs: st.ctimeNs,
    atimeNs: st.atimeNs,
    size: type === 'file' ? st.size : 0n,
  };
  if (type === 'chardev' || type === 'blockdev') {
    meta.devMajor = st.devMajor;
    meta.devMinor = st.devMinor;
  }
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
