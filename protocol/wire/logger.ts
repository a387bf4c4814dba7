// The logging surface the wire layer needs. A pino logger fits it as is; tests pass a recorder.

import { pino } from 'pino';

export interface WireLogger {
  debug(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Default for servers and clients that were given no logger: JSON lines on stderr. */
export function defaultWireLogger(name: string): WireLogger {
  return pino({ name, level: process.env['AFBACKUP_LOG_LEVEL'] ?? 'info' }, pino.destination(2));
}
