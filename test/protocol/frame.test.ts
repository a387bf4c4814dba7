import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_FRAME_LIMITS,
  FRAME_HEADER_SIZE,
  FrameDecoder,
  FrameEncoder,
  FrameType,
  ProtocolError,
  afwire,
  encodeFrameHeader,
  isProtocolError,
} from '../../protocol/wire/index.js';

/** mulberry32: a small seeded generator, so a failing fuzz case can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function feedInPieces(dec: FrameDecoder, bytes: Buffer, sizes: () => number) {
  const out = [];
  for (let off = 0; off < bytes.length; ) {
    const n = Math.max(1, Math.min(bytes.length - off, sizes()));
    out.push(...dec.push(bytes.subarray(off, off + n)));
    off += n;
  }
  return out;
}

test('control, data and data-end frames survive any chunking; data comes in the pieces it arrived in', () => {
  const enc = new FrameEncoder();
  const env = afwire.Envelope.encode({ request: { id: 42, queryPosition: {} } }).finish();
  const data = Buffer.from('tape block contents');
  const end = afwire.DataEnd.encode({ status: afwire.Status.OK }).finish();
  const wire = Buffer.concat([...enc.encode(FrameType.CONTROL, env), ...enc.encode(FrameType.DATA, data), ...enc.encode(FrameType.DATA_END, end)]);
  for (const piece of [1, 2, 3, 5, 7, 64, wire.length]) {
    const frames = feedInPieces(new FrameDecoder(), wire, () => piece);
    const first = frames[0]!;
    const last = frames[frames.length - 1]!;
    const middle = frames.slice(1, -1);
    assert.equal(first.type, FrameType.CONTROL);
    assert.equal(afwire.Envelope.decode(first.payload).request?.id, 42);
    assert.ok(middle.every((f) => f.type === FrameType.DATA));
    assert.deepEqual(Buffer.concat(middle.map((f) => f.payload)), data);
    assert.ok(middle.length <= Math.ceil(data.length / piece) + 1, 'no piece smaller than what arrived together');
    assert.equal(last.type, FrameType.DATA_END);
    assert.equal(last.payload.length, end.length);
  }
});

test('data pieces are views of the pushed chunk, not copies', () => {
  const wire = Buffer.concat(new FrameEncoder().encode(FrameType.DATA, Buffer.alloc(1000, 9)));
  const frames = new FrameDecoder().push(wire);
  assert.equal(frames.length, 1);
  assert.equal(frames[0]!.payload.buffer, wire.buffer);
  assert.equal(frames[0]!.payload.length, 1000);
});

test('an empty payload is a complete frame; an empty DATA frame carries nothing to hand on', () => {
  const dec = new FrameDecoder();
  const frames = dec.push(encodeFrameHeader(FrameType.DATA_END, 0));
  assert.equal(frames.length, 1);
  assert.equal(frames[0]!.payload.length, 0);
  assert.ok(dec.idle);
  assert.deepEqual(dec.push(encodeFrameHeader(FrameType.DATA, 0)), []);
  assert.ok(dec.idle);
});

test('the encoder cuts large data into frames of the limit without copying', () => {
  const enc = new FrameEncoder({ maxControl: 64, maxData: 10 });
  const data = Buffer.alloc(25, 7);
  const bufs = enc.encode(FrameType.DATA, data);
  assert.equal(bufs.length, 6); // 3 headers + 3 slices
  assert.equal(bufs[1]!.buffer, data.buffer, 'payload slices share the caller buffer');
  const frames = new FrameDecoder({ maxControl: 64, maxData: 10 }).push(Buffer.concat(bufs));
  assert.deepEqual(
    frames.map((f) => f.payload.length),
    [10, 10, 5],
  );
  assert.throws(() => enc.encode(FrameType.CONTROL, Buffer.alloc(65)), (e: unknown) => isProtocolError(e, 'BAD_ARGUMENT'));
});

test('an oversized frame is refused from its header, before its payload is buffered', () => {
  const dec = new FrameDecoder();
  const header = encodeFrameHeader(FrameType.CONTROL, DEFAULT_FRAME_LIMITS.maxControl + 1);
  assert.throws(
    () => dec.push(header),
    (e: unknown) => isProtocolError(e, 'OVERSIZED_FRAME') && /exceeds the limit of 1048576/.test(e.message),
  );
  assert.ok(dec.buffered <= FRAME_HEADER_SIZE);
  // A failed decoder stays failed: the stream cannot be resynchronised.
  assert.throws(() => dec.push(encodeFrameHeader(FrameType.DATA, 1)), (e: unknown) => isProtocolError(e, 'OVERSIZED_FRAME'));
  const data = new FrameDecoder();
  assert.doesNotThrow(() => data.push(encodeFrameHeader(FrameType.DATA, DEFAULT_FRAME_LIMITS.maxData)));
  assert.throws(() => new FrameDecoder().push(encodeFrameHeader(FrameType.DATA, DEFAULT_FRAME_LIMITS.maxData + 1)), (e: unknown) => isProtocolError(e, 'OVERSIZED_FRAME'));
});

test('an unknown frame type is malformed (an HTTP request is not a frame)', () => {
  assert.throws(
    () => new FrameDecoder().push(Buffer.from('GET / HTTP/1.1\r\n\r\n')),
    (e: unknown) => isProtocolError(e, 'MALFORMED_FRAME') && /unknown frame type 0x47/.test(e.message),
  );
});

test('fuzz: random input yields frames or a ProtocolError, never more buffered than one frame', () => {
  const limits = { maxControl: 4096, maxData: 65536 };
  const bound = limits.maxData + FRAME_HEADER_SIZE;
  const rand = rng(0xaf_2988);
  let errors = 0;
  let frames = 0;
  for (let iter = 0; iter < 2000; iter++) {
    const dec = new FrameDecoder(limits);
    // Half of the inputs start as valid frames and are then damaged, so the parser gets past
    // the first header often; the rest are plain noise.
    const parts: Buffer[] = [];
    if (rand() < 0.5) {
      const enc = new FrameEncoder(limits);
      for (let k = 0; k < 1 + Math.floor(rand() * 4); k++) {
        const type = ([FrameType.CONTROL, FrameType.DATA, FrameType.DATA_END] as const)[Math.floor(rand() * 3)]!;
        parts.push(...enc.encode(type, Buffer.alloc(Math.floor(rand() * (type === FrameType.DATA ? 70000 : 4000)) % (type === FrameType.DATA ? 65536 : 4096), 1)));
      }
    } else {
      parts.push(Buffer.from(Array.from({ length: Math.floor(rand() * 300) }, () => Math.floor(rand() * 256))));
    }
    const input = Buffer.concat(parts);
    for (let flips = Math.floor(rand() * 4); flips > 0 && input.length > 0; flips--) input[Math.floor(rand() * input.length)] = Math.floor(rand() * 256);
    try {
      for (let off = 0; off < input.length; ) {
        const n = 1 + Math.floor(rand() * 9000);
        frames += dec.push(input.subarray(off, off + n)).length;
        off += n;
        assert.ok(dec.buffered <= bound, `iteration ${iter}: ${dec.buffered} bytes buffered`);
      }
    } catch (e) {
      if (!(e instanceof ProtocolError)) throw new Error(`iteration ${iter}: ${String(e)}`);
      assert.ok(e.code === 'MALFORMED_FRAME' || e.code === 'OVERSIZED_FRAME', e.code);
      errors++;
    }
  }
  // The fuzz must exercise both outcomes to mean anything.
  assert.ok(errors > 100, `only ${errors} rejected inputs`);
  assert.ok(frames > 100, `only ${frames} decoded frames`);
});

test('a lent chunk may be overwritten once pushed: the part of a control frame held for the next chunk is a copy', () => {
  const enc = new FrameEncoder();
  const env = afwire.Envelope.encode({ request: { id: 7, setCartridge: { cartridge: 12 } } }).finish();
  const bytes = Buffer.concat(enc.encode(FrameType.CONTROL, env));
  const dec = new FrameDecoder();
  // one buffer reused for every read, as a socket reading into a lent buffer does
  const lent = Buffer.alloc(bytes.length);
  const frames = [];
  for (const [from, to] of [
    [0, 3],
    [3, 9],
    [9, bytes.length],
  ] as const) {
    bytes.copy(lent, 0, from, to);
    frames.push(...dec.push(lent.subarray(0, to - from), true));
    lent.fill(0xee);
  }
  assert.equal(frames.length, 1);
  assert.deepEqual(afwire.Envelope.decode(frames[0]!.payload).request?.setCartridge?.cartridge, 12);
});
