// Typing glue for the generated protobuf code. pbjs types nested messages as optional
// "properties" and 64-bit fields as Long (the script generates with --force-long), while
// decoded messages really are full instances with proto3 defaults; these helpers state that
// once instead of casting at every use.

import $protobuf from 'protobufjs/minimal.js';
import { afwire } from './generated/wire.js';

export type Long = afwire.DataEnd['bytes'];

interface LongConstructor {
  fromNumber(value: number, unsigned?: boolean): Long;
}

/** A non-negative integer as the uint64 value the generated encoders expect. */
export function u64(n: number): Long {
  return ($protobuf.util.Long as unknown as LongConstructor).fromNumber(n, true);
}

/** A decoded 64-bit value as a number (exact below 2^53, far beyond any tape). */
export function toNumber(v: number | Long | null | undefined): number {
  if (v === null || v === undefined) return 0;
  return typeof v === 'number' ? v : v.toNumber();
}

interface Bodies {
  hello: afwire.Hello;
  authChallenge: afwire.AuthChallenge;
  authResponse: afwire.AuthResponse;
  authResult: afwire.AuthResult;
  fatal: afwire.Fatal;
  request: afwire.Request;
  response: afwire.Response;
}
export type EnvelopeKind = keyof Bodies;

/** A decoded Envelope: at most one body set, named by `kind`. */
export type DecodedEnvelope = { kind?: EnvelopeKind } & { [K in EnvelopeKind]?: Bodies[K] | null };

export function decodeEnvelope(payload: Uint8Array): DecodedEnvelope {
  return afwire.Envelope.decode(payload) as unknown as DecodedEnvelope;
}
