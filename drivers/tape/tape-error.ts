// Tape errors carry the errno name the Linux st driver would give, so callers (and the
// conformance suite) can tell "end of data" (EIO) from "end of medium" (ENOSPC) from "buffer too
// small, record lost" (ENOMEM) whatever the driver underneath: a virtual tape, /dev/nst0, or rmt.

export type TapeErrno =
  | 'EIO' // space past a filemark/EOD/BOT, read past EOD, no medium, filemark write failed at PEOM
  | 'ENOSPC' // early warning / physical end of medium on write
  | 'ENOMEM' // read buffer smaller than the record: the record is consumed and lost
  | 'EINVAL' // block size violation, bad argument
  | 'EBUSY' // the drive is held by another opener
  | 'EACCES' // write to a write-protected cartridge
  | 'EROFS'
  | 'ENOTTY' // a tape operation on something that is not a tape
  | 'ENOSYS' // an operation the device does not implement
  | 'ENOMEDIUM'
  | 'ESPIPE';

export class TapeError extends Error {
  readonly code: TapeErrno;
  /** The device that failed, for the operator ("/dev/nst0", "vtape:/var/lib/af/cart3"). */
  readonly device: string;

  constructor(code: TapeErrno, device: string, message: string) {
    super(`${device}: ${message} (${code})`);
    this.name = 'TapeError';
    this.code = code;
    this.device = device;
  }
}

export function isTapeError(e: unknown, code?: TapeErrno): e is TapeError {
  return e instanceof TapeError && (code === undefined || e.code === code);
}
