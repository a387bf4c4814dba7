// Turns the errno of a failed system call on an st device into the TapeError the rest of
// afbackup understands. The codes are st's own (see drivers/tape/tape-error.ts); the messages
// add what the operator should do, because "EIO" alone does not say whether the tape ended or
// the drive broke.
import { TapeError, type TapeErrno } from '../tape/tape-error.js';

/** What was being done when the error happened, for the message and for context-dependent codes. */
export type StAction = 'open' | 'write' | 'read' | 'op' | 'status' | 'tell' | 'limits' | 'close';

/** The errno name of a Node or addon error, if it has one. */
export function errnoCode(e: unknown): string | undefined {
  if (typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string') return e.code;
  return undefined;
}

const hints: Partial<Record<TapeErrno, string>> = {
  EBUSY: 'the drive is held by another program (another afbackup server, mt, tar?): wait for it or stop it',
  EACCES: 'the cartridge is write-protected: move its write-protect tab or use another cartridge',
  EROFS: 'the cartridge is write-protected: move its write-protect tab or use another cartridge',
  ENOMEDIUM: 'no cartridge in the drive: load one',
};

/**
 * Maps an errno-carrying error (from fs or the mtio addon) to a TapeError for `device`.
 * `what` names the failed request ("write of 65536 bytes", "MTFSF 2").
 */
export function stError(e: unknown, device: string, action: StAction, what: string): TapeError {
  const code = errnoCode(e);
  const message = e instanceof Error ? e.message : String(e);
  // The mtio addon's messages already start with the request ("MTFSF 2 failed: ...").
  const detail = message.startsWith(`${what} failed: `) ? message.slice(what.length + 9) : message;
  const make = (c: TapeErrno, text: string): TapeError => {
    const hint = action === 'open' && c === 'EACCES' ? undefined : hints[c];
    const err = new TapeError(c, device, hint ? `${text}: ${hint}` : text);
    err.cause = e;
    return err;
  };
  if (action === 'open' && (code === 'EACCES' || code === 'EPERM')) {
    return make('EACCES', `${what} failed: permission denied (${detail}): run as a member of the device's group (usually 'tape')`);
  }
  switch (code) {
    case 'EIO':
      if (action === 'close') return make('EIO', `${what} failed: the filemark could not be written (no room left on the cartridge?)`);
      return make('EIO', `${what} failed: ${detail}`);
    case 'ENOSPC':
    case 'ENOMEM':
    case 'EINVAL':
    case 'EBUSY':
    case 'EACCES':
    case 'EROFS':
    case 'ENOSYS':
    case 'ENOMEDIUM':
    case 'ESPIPE':
      return make(code, `${what} failed: ${detail}`);
    case 'ENOTTY':
      return make('ENOTTY', `${what} failed: ${device} is not a tape device`);
    case 'EBADF':
      // The descriptor is valid, so EBADF means a write on a descriptor opened read-only, which
      // openStDrive only does for a write-protected cartridge.
      if (action === 'write') return make('EACCES', `${what} failed: the drive was opened read-only`);
      return make('EIO', `${what} failed: ${detail}`);
    case 'EPERM':
      return make('EACCES', `${what} failed: permission denied (${detail})`);
    case 'EAGAIN':
      return make('EBUSY', `${what} failed: the drive is not ready yet (${detail}); try again`);
    case 'EISDIR':
    case 'ENOENT':
    case 'ENXIO':
    case 'ENODEV':
      return make('ENOTTY', `${what} failed: ${device} is not a tape device (${code}): check the device name and that the st driver sees the drive (dmesg, /proc/scsi/scsi)`);
    default:
      return make('EIO', `${what} failed: ${detail}`);
  }
}
