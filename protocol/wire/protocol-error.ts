// The one error type the wire layer throws for anything a peer did wrong (or that went wrong
// between the peers). The code lets callers and logs tell a broken frame from a refused login
// without parsing messages; `status` is what goes to the peer in a Fatal message, if anything.

import { afwire } from './generated/wire.js';

export type ProtocolErrorCode =
  | 'MALFORMED_FRAME' // unknown frame type, undecodable control message, frame out of sequence
  | 'OVERSIZED_FRAME' // a frame header announces more than the limit for its type
  | 'VERSION_MISMATCH'
  | 'AUTH_FAILED'
  | 'KEY_FILE' // a key file is missing, unsafe or too short
  | 'CONNECTION_CLOSED' // the peer closed (or the socket failed) before the exchange finished
  | 'TIMEOUT'
  | 'REQUEST_FAILED' // a request was answered with a status other than OK
  | 'DATA_ABORTED' // a data stream ended with an error status or a wrong byte count
  | 'BAD_ARGUMENT'; // the local caller passed something unusable (oversized message, bad client id)

export class ProtocolError extends Error {
  readonly code: ProtocolErrorCode;
  /** Status to report to the peer or that the peer reported. */
  readonly status: afwire.Status;

  constructor(code: ProtocolErrorCode, message: string, status: afwire.Status = afwire.Status.PROTOCOL_ERROR) {
    super(message);
    this.name = 'ProtocolError';
    this.code = code;
    this.status = status;
  }
}

export function isProtocolError(e: unknown, code?: ProtocolErrorCode): e is ProtocolError {
  return e instanceof ProtocolError && (code === undefined || e.code === code);
}

/** Readable name of a status ("DEVICE_IN_USE"), for messages and logs. */
export function statusName(status: afwire.Status | null | undefined): string {
  return afwire.Status[status ?? afwire.Status.OK] ?? `status ${String(status)}`;
}
