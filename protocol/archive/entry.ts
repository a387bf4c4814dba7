// One filesystem entry as the archive carries it, independent of how it is encoded. The packer
// (afclient/pack) builds these from the filesystem, the record writer (protocol/archive) encodes
// them, the record reader decodes them and the unpacker (afclient/unpack) recreates them.

export type EntryType =
  | 'file'
  | 'directory' // written after its contents, so its mtime can be set last
  | 'symlink'
  | 'hardlink' // a second or later name of a file stored earlier in the same stream
  | 'fifo'
  | 'socket' // recorded, never recreated
  | 'chardev'
  | 'blockdev'
  | 'command'; // output of a command (afbackup's "||| dumpcmd ||| restorecmd ### comment")

export interface Xattr {
  /** Full attribute name, e.g. "user.comment", "security.selinux". */
  name: string;
  value: Buffer;
}

export interface CommandSpec {
  /** Run at backup; its standard output is the entry's content. */
  dump: string;
  /** Run at restore; the content is piped into its standard input. */
  restore: string;
  comment: string;
}

export interface EntryMeta {
  /** The stored name as raw bytes (relative, '/'-separated); non-UTF-8 names survive. */
  name: Buffer;
  type: EntryType;
  /** Permission bits including setuid/setgid/sticky (mode & 0o7777); the type is in `type`. */
  mode: number;
  uid: number;
  gid: number;
  /** Owner and group names at backup time ("" when unknown), for restoring on another host. */
  user: string;
  group: string;
  mtimeNs: bigint;
  ctimeNs: bigint;
  atimeNs: bigint;
  /** Logical size in bytes (of a sparse file: including holes). 0 for non-files. */
  size: bigint;
  /** Symlink target, or for a hardlink the stored name of the first link. */
  linkTarget?: Buffer;
  devMajor?: number;
  devMinor?: number;
  /** Extended attributes other than POSIX ACLs. */
  xattrs?: Xattr[];
  /** POSIX ACLs in the kernel's xattr form (system.posix_acl_access / _default values). */
  aclAccess?: Buffer;
  aclDefault?: Buffer;
  command?: CommandSpec;
  /** Skipped by verify runs (afbackup's PACK_NOVERIFY, e.g. the start-positions copy). */
  noVerify?: boolean;
}

/**
 * A run of file content at a logical offset. A sparse file is a series of segments with gaps
 * between them: the gaps are holes and are recreated as holes, never stored as zeros.
 */
export interface DataSegment {
  offset: bigint;
  data: Buffer;
}
