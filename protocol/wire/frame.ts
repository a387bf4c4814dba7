// Framing of the byte stream between client and server (PROTOCOL.md, "Frames"):
//   1 byte type | 4 bytes payload length, big-endian | payload
// The length is checked against the limit of the frame's type before a single payload byte is
// buffered, so a peer can never make us hold more than one frame of the largest allowed size.

import { ProtocolError } from './protocol-error.js';

export const FrameType = {
  /** One protobuf Envelope. */
  CONTROL: 0x01,
  /** Raw bulk data of the open data stream. */
  DATA: 0x02,
  /** Closes the open data stream; payload is a protobuf DataEnd. */
  DATA_END: 0x03,
} as const;
export type FrameType = (typeof FrameType)[keyof typeof FrameType];

export const FRAME_HEADER_SIZE = 5;

export interface FrameLimits {
  /** Largest CONTROL and DATA_END payload. */
  maxControl: number;
  /** Largest DATA payload. */
  maxData: number;
}

export const DEFAULT_FRAME_LIMITS: Readonly<FrameLimits> = Object.freeze({
  maxControl: 1024 * 1024,
  maxData: 16 * 1024 * 1024,
});

export interface Frame {
  type: FrameType;
  /** The payload; from FrameDecoder, for DATA, one piece of it (see there). */
  payload: Buffer;
}

export function frameTypeName(type: number): string {
  for (const [name, value] of Object.entries(FrameType)) if (value === type) return name;
  return `0x${type.toString(16).padStart(2, '0')}`;
}

function limitFor(type: number, limits: FrameLimits): number | undefined {
  switch (type) {
    case FrameType.CONTROL:
    case FrameType.DATA_END:
      return limits.maxControl;
    case FrameType.DATA:
      return limits.maxData;
    default:
      return undefined;
  }
}

export function encodeFrameHeader(type: FrameType, length: number): Buffer {
  const header = Buffer.allocUnsafe(FRAME_HEADER_SIZE);
  header.writeUInt8(type, 0);
  header.writeUInt32BE(length, 1);
  return header;
}

/**
 * Turns payloads into frames: header buffers plus the caller's payload (or slices of it), never
 * a copy of the payload. DATA larger than the limit is cut into several frames; a CONTROL or
 * DATA_END payload over the limit is the caller's mistake.
 */
export class FrameEncoder {
  readonly limits: FrameLimits;

  constructor(limits: FrameLimits = DEFAULT_FRAME_LIMITS) {
    this.limits = limits;
  }

  encode(type: FrameType, payload: Uint8Array): Buffer[] {
    const max = limitFor(type, this.limits) ?? 0;
    const buf = Buffer.isBuffer(payload) ? payload : Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
    if (type !== FrameType.DATA) {
      if (buf.length > max) {
        throw new ProtocolError('BAD_ARGUMENT', `${frameTypeName(type)} payload of ${buf.length} bytes exceeds the limit of ${max} bytes`);
      }
      return [encodeFrameHeader(type, buf.length), buf];
    }
    const out: Buffer[] = [];
    for (let off = 0; off < buf.length; off += max) {
      const piece = buf.subarray(off, Math.min(off + max, buf.length));
      out.push(encodeFrameHeader(type, piece.length), piece);
    }
    return out;
  }
}

/**
 * Incremental frame parser. push() takes any chunking of the byte stream and returns the frames
 * completed by it. It throws ProtocolError (MALFORMED_FRAME or OVERSIZED_FRAME) on the first bad
 * header and stays failed: a stream cannot be resynchronised after a bad length.
 *
 * DATA payloads are not gathered: their bytes are handed on as DATA frames in the pieces they
 * arrive in (views of the pushed chunks), since frame boundaries carry no meaning inside a data
 * stream (PROTOCOL.md) and joining the pieces would cost a copy and a large allocation per
 * frame. A zero-length DATA frame therefore yields nothing. CONTROL and DATA_END are whole.
 */
export class FrameDecoder {
  readonly limits: FrameLimits;
  private readonly header = Buffer.alloc(FRAME_HEADER_SIZE);
  private headerFill = 0;
  private type: FrameType = FrameType.CONTROL;
  private need = -1; // payload bytes still missing; -1 = reading a header
  private parts: Buffer[] = [];
  private partsBytes = 0;
  private failure: ProtocolError | undefined;

  constructor(limits: FrameLimits = DEFAULT_FRAME_LIMITS) {
    this.limits = limits;
  }

  /** Bytes of an unfinished CONTROL or DATA_END frame held now (header included); at most header + its limit. */
  get buffered(): number {
    return this.headerFill + this.partsBytes;
  }

  /** True between frames: nothing of a partial frame is held. */
  get idle(): boolean {
    return this.headerFill === 0 && this.need < 0;
  }

  /**
   * `lent`: the chunk's memory is reused once this returns, so the part of a frame held for the
   * next chunk is copied (the frames returned are still views of it).
   */
  push(chunk: Buffer, lent = false): Frame[] {
    if (this.failure) throw this.failure;
    const frames: Frame[] = [];
    let pos = 0;
    while (pos < chunk.length) {
      if (this.need < 0) {
        const take = Math.min(FRAME_HEADER_SIZE - this.headerFill, chunk.length - pos);
        chunk.copy(this.header, this.headerFill, pos, pos + take);
        this.headerFill += take;
        pos += take;
        if (this.headerFill < FRAME_HEADER_SIZE) break;
        this.startPayload();
        if (this.need === 0) this.finish(frames);
        continue;
      }
      const take = Math.min(this.need, chunk.length - pos);
      const piece = chunk.subarray(pos, pos + take);
      this.need -= take;
      pos += take;
      if (this.type === FrameType.DATA) {
        frames.push({ type: FrameType.DATA, payload: piece });
        if (this.need === 0) this.reset();
        continue;
      }
      this.parts.push(lent && this.need > 0 ? Buffer.from(piece) : piece);
      this.partsBytes += take;
      if (this.need === 0) this.finish(frames);
    }
    return frames;
  }

  private startPayload(): void {
    const type = this.header.readUInt8(0);
    const length = this.header.readUInt32BE(1);
    const max = limitFor(type, this.limits);
    if (max === undefined) {
      this.failure = new ProtocolError('MALFORMED_FRAME', `unknown frame type ${frameTypeName(type)} (not an afbackup peer, or a corrupted stream)`);
      throw this.failure;
    }
    if (length > max) {
      this.failure = new ProtocolError('OVERSIZED_FRAME', `${frameTypeName(type)} frame of ${length} bytes exceeds the limit of ${max} bytes`);
      throw this.failure;
    }
    this.type = type as FrameType;
    this.need = length;
  }

  /** A whole CONTROL or DATA_END payload is in; an empty DATA frame has nothing to hand on. */
  private finish(frames: Frame[]): void {
    if (this.type !== FrameType.DATA) {
      const payload =
        this.parts.length === 1 ? this.parts[0]! : this.parts.length === 0 ? Buffer.alloc(0) : Buffer.concat(this.parts, this.partsBytes);
      frames.push({ type: this.type, payload });
    }
    this.reset();
  }

  private reset(): void {
    this.parts = [];
    this.partsBytes = 0;
    this.headerFill = 0;
    this.need = -1;
  }
}
