// FilesystemTypes names the types as mount(8) and /proc/filesystems do; statfs(2) reports a
// magic number. This table maps the magic numbers of linux/magic.h to those names.
import fs from 'node:fs';

const MAGIC: Record<number, string> = {
  0x0187: 'autofs',
  0x9fa0: 'proc',
  0x1cd1: 'devpts',
  0x9fa2: 'usbdevfs',
  0x62656572: 'sysfs',
  0x01021994: 'tmpfs',
  0x27e0eb: 'cgroup',
  0x63677270: 'cgroup2',
  0x64626720: 'debugfs',
  0x74726163: 'tracefs',
  0x73636673: 'securityfs',
  0x6165676c: 'pstore',
  0xcafe4a11: 'bpf',
  0x62656570: 'configfs',
  0x65735543: 'fusectl',
  0x19800202: 'mqueue',
  0x958458f6: 'hugetlbfs',
  0x42494e4d: 'binfmt_misc',
  0xef53: 'ext4',
  0x58465342: 'xfs',
  0x9123683e: 'btrfs',
  0x794c7630: 'overlay',
  0x6969: 'nfs',
  0x517b: 'smb',
  0xfe534d42: 'smb2',
  0xff534d42: 'cifs',
  0x4d44: 'vfat',
  0x5346544e: 'ntfs',
  0x9660: 'iso9660',
  0x2fc12fc1: 'zfs',
  0xf2f52010: 'f2fs',
  0x858458f6: 'ramfs',
  0x65735546: 'fuse',
  0x73717368: 'squashfs',
};

/** The type name of the filesystem holding `path` (ext2/ext3/ext4 share one magic: 'ext4'). */
export function filesystemType(path: Buffer | string): string {
  const magic = fs.statfsSync(path).type >>> 0;
  return MAGIC[magic] ?? `0x${magic.toString(16)}`;
}

/** ext2 and ext3 report ext4's magic, so a rule for any of them means all three. */
export function sameFilesystemType(rule: string, actual: string): boolean {
  const ext = /^ext[234]$/;
  return rule === actual || (ext.test(rule) && ext.test(actual));
}
