// rmt replies carry the remote errno as a number (`E5\n...`). The remote end of interest is a Linux
// st driver, so the numbers are Linux's whatever platform this client runs on; mapping them here
// (not through os.constants) keeps a macOS or BSD client reading a Linux server correctly.

import type { TapeErrno } from '../tape/tape-error.js';

const LINUX_ERRNO_NAMES: ReadonlyMap<number, string> = new Map([
  [1, 'EPERM'],
  [2, 'ENOENT'],
  [5, 'EIO'],
  [6, 'ENXIO'],
  [9, 'EBADF'],
  [12, 'ENOMEM'],
  [13, 'EACCES'],
  [16, 'EBUSY'],
  [19, 'ENODEV'],
  [21, 'EISDIR'],
  [22, 'EINVAL'],
  [25, 'ENOTTY'],
  [28, 'ENOSPC'],
  [29, 'ESPIPE'],
  [30, 'EROFS'],
  [38, 'ENOSYS'],
  [95, 'EOPNOTSUPP'],
  [123, 'ENOMEDIUM'],
]);

const TAPE_ERRNOS: ReadonlySet<string> = new Set<TapeErrno>([
  'EIO',
  'ENOSPC',
  'ENOMEM',
  'EINVAL',
  'EBUSY',
  'EACCES',
  'EROFS',
  'ENOTTY',
  'ENOSYS',
  'ENOMEDIUM',
  'ESPIPE',
]);

/** "ENOENT" for 2; "errno 77" for a number this table does not know. */
export function remoteErrnoName(errno: number): string {
  return LINUX_ERRNO_NAMES.get(errno) ?? `errno ${errno}`;
}

/**
 * The TapeErrno a caller should branch on. Errnos a tape never gives in normal operation (ENOENT,
 * ENXIO, EPERM, ...) become EIO: the drive is unusable, and the message keeps the real name.
 */
export function tapeErrnoFor(errno: number): TapeErrno {
  const name = LINUX_ERRNO_NAMES.get(errno);
  return name !== undefined && TAPE_ERRNOS.has(name) ? (name as TapeErrno) : 'EIO';
}
