// Maps what went wrong inside the server to a protocol status and a message for the client.
import { LabelError } from '../../drivers/layout/index.js';
import { isTapeError } from '../../drivers/tape/tape-error.js';
import { ChangerError } from '../../drivers/changer/changer.js';
import { afwire } from '../../protocol/wire/index.js';
import { CartridgeUnavailableError } from '../media/mounter.js';
import { StreamReadError } from '../stream/stream-reader.js';

/** A refusal that carries its own protocol status. */
export class RequestError extends Error {
  override readonly name = 'RequestError';
  constructor(
    readonly status: afwire.Status,
    message: string,
  ) {
    super(message);
  }
}

export function statusOf(e: unknown): { status: afwire.Status; message: string } {
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof RequestError) return { status: e.status, message };
  if (e instanceof StreamReadError) return { status: afwire.Status.INVALID_TAPE_FILE, message };
  if (e instanceof CartridgeUnavailableError) return { status: afwire.Status.INVALID_CARTRIDGE, message };
  if (e instanceof ChangerError) return { status: afwire.Status.DEVICE_UNAVAILABLE, message };
  if (isTapeError(e, 'EBUSY')) return { status: afwire.Status.DEVICE_IN_USE, message };
  if (isTapeError(e, 'ENOSPC')) return { status: afwire.Status.END_OF_TAPE, message };
  if (isTapeError(e)) return { status: afwire.Status.TAPE_ERROR, message };
  if (e instanceof LabelError) return { status: afwire.Status.INVALID_CARTRIDGE, message };
  return { status: afwire.Status.ERROR, message };
}
