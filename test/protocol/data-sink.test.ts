// A data stream consumed by InboundData.pipeInto(): the server's sockets read into a lent buffer
// and DATA goes from each read straight into the consumer's memory (the way afserver fills its
// Tape-Buffer), the rest through the queue. Order, completeness, bounded buffering, a failing
// consumer, and a client reusing its send buffer.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import { ProtocolClient, afwire, isProtocolError, toNumber, u64, type InboundSink, type ServerSession } from '../../protocol/wire/index.js';
import { LogRecorder, pattern, patternSha, startTestServer, tempDir, testHandler, writeKeyFile } from './helpers.js';

const MiB = 1024 * 1024;
let dir: string;
let keyFile: string;

before(async () => {
  dir = await tempDir();
  keyFile = await writeKeyFile(dir, 'client.key');
});
after(() => fs.rm(dir, { recursive: true, force: true }));

function connect(port: number): Promise<ProtocolClient> {
  return ProtocolClient.connect({ host: '127.0.0.1', port, clientId: 'c1', keyFile, logger: new LogRecorder() });
}

/**
 * A consumer with `room` bytes of memory that a slow drive empties every few milliseconds:
 * take() copies what fits, write() waits for room. Hashes what it got, in order.
 */
function slowSink(room: number): InboundSink & { held: () => number; maxHeld: number; digest: () => { bytes: number; sha: string } } {
  const hash = crypto.createHash('sha256');
  let held = 0;
  let bytes = 0;
  const sink = {
    maxHeld: 0,
    held: () => held,
    take(chunk: Buffer): number {
      const n = Math.max(0, Math.min(chunk.length, room - held));
      hash.update(chunk.subarray(0, n));
      held += n;
      bytes += n;
      sink.maxHeld = Math.max(sink.maxHeld, held);
      return n;
    },
    async write(chunk: Buffer): Promise<void> {
      for (let at = 0; at < chunk.length; ) {
        if (held >= room) await new Promise((r) => setTimeout(r, 2));
        at += sink.take(chunk.subarray(at));
      }
    },
    digest: () => ({ bytes, sha: hash.digest('hex') }),
  };
  const drive = setInterval(() => (held = Math.max(0, held - room / 2)), 2);
  drive.unref();
  return sink;
}

test('a data stream piped into a sink arrives whole and in order, with the socket held back while the sink is full', async () => {
  const total = 24 * MiB;
  let got: { bytes: number; sha: string } | undefined;
  let maxQueued = 0;
  let maxHeld = 0;
  const { server, port } = await startTestServer(
    { defaultKeyFile: keyFile },
    {
      onSession: async (s: ServerSession) => {
        const req = (await s.nextRequest())!;
        const sink = slowSink(3 * MiB);
        const watch = setInterval(() => (maxQueued = Math.max(maxQueued, s.connection.bufferedBytes)), 1);
        try {
          const end = await req.data!.pipeInto(sink);
          assert.equal(end.bytes, total);
        } finally {
          clearInterval(watch);
        }
        got = sink.digest();
        maxHeld = sink.maxHeld;
        await s.ok(req.id, { writeResult: { bytes: u64(got.bytes) } });
        await testHandler(s);
      },
    },
  );
  try {
    const c = await connect(port);
    const res = await c.sendData({ write: {} }, pattern(total));
    assert.equal(toNumber(res.writeResult?.bytes), total);
    assert.deepEqual(got, { bytes: total, sha: patternSha(total) });
    assert.ok(maxHeld <= 3 * MiB);
    // unread: at most the high-water mark plus one read
    assert.ok(maxQueued <= 2 * MiB + 64 * 1024, `the server held ${maxQueued} bytes unread`);
    // the session goes on after the stream
    assert.equal((await c.request({ queryPosition: {} })).position?.cartridge, 3);
    await c.goodbye();
  } finally {
    await server.close({ graceMs: 1000 });
  }
});

test('a sink that fails leaves the stream to be dropped; the client hears why and the session goes on', async () => {
  const { server, port } = await startTestServer(
    { defaultKeyFile: keyFile },
    {
      onSession: async (s: ServerSession) => {
        const req = (await s.nextRequest())!;
        let taken = 0;
        const failing: InboundSink = {
          take: (chunk) => {
            const n = Math.min(chunk.length, 2 * MiB - taken);
            taken += n;
            return n;
          },
          write: () => Promise.reject(new Error('the drive failed')),
        };
        await assert.rejects(req.data!.pipeInto(failing), /the drive failed/);
        req.data!.destroy();
        await s.reply(req.id, afwire.Status.ERROR, 'the drive failed');
        await testHandler(s);
      },
    },
  );
  try {
    const c = await connect(port);
    await assert.rejects(c.sendData({ write: {} }, pattern(8 * MiB)), /the drive failed/);
    assert.equal((await c.request({ queryPosition: {} })).position?.cartridge, 3);
    await c.goodbye();
  } finally {
    await server.close({ graceMs: 1000 });
  }
});

test('a sink whose take() throws is the server\'s failure (ERROR, with the reason), not a malformed frame of the peer; the connection ends', async () => {
  let serverSaw: unknown;
  const { server, port } = await startTestServer(
    { defaultKeyFile: keyFile },
    {
      onSession: async (s: ServerSession) => {
        const req = (await s.nextRequest())!;
        const throwing: InboundSink = {
          take: () => {
            throw new RangeError('no memory for the Tape-Buffer');
          },
          write: () => Promise.resolve(),
        };
        serverSaw = await req.data!.pipeInto(throwing).catch((e: unknown) => e);
      },
    },
  );
  try {
    const c = await connect(port);
    const clientSaw = await c.sendData({ write: {} }, pattern(4 * MiB)).catch((e: unknown) => e);
    assert.ok(isProtocolError(serverSaw, 'DATA_ABORTED'), `server: ${String(serverSaw)}`);
    assert.equal(serverSaw.status, afwire.Status.ERROR);
    assert.match(serverSaw.message, /could not be kept: no memory for the Tape-Buffer/);
    // the Fatal with the reason, or the close behind it when the client is still sending
    assert.ok(clientSaw instanceof Error, 'the client is told');
    assert.match(clientSaw.message, /could not be kept: no memory for the Tape-Buffer|closed/);
    c.close();
  } finally {
    await server.close({ graceMs: 1000 });
  }
});

test('a client may reuse its buffer as soon as the data it sent is acknowledged by sendData', async () => {
  // Small chunks while the server does not read yet: the socket queues them, and a write that
  // resolved while its bytes were still queued would send the buffer's later contents instead.
  const chunk = 1000;
  const count = 20_000;
  const expected = crypto.createHash('sha256');
  let got: string | undefined;
  const { server, port } = await startTestServer(
    { defaultKeyFile: keyFile },
    {
      onSession: async (s: ServerSession) => {
        const req = (await s.nextRequest())!;
        const hash = crypto.createHash('sha256');
        await new Promise((r) => setTimeout(r, 200));
        for await (const c of req.data!) hash.update(c as Buffer);
        got = hash.digest('hex');
        await s.ok(req.id);
        await testHandler(s);
      },
    },
  );
  try {
    const c = await connect(port);
    const buf = Buffer.alloc(chunk);
    const source = (function* () {
      for (let i = 0; i < count; i++) {
        buf.fill(i & 0xff);
        buf.writeUInt32BE(i, 0);
        expected.update(buf);
        yield buf;
      }
    })();
    await c.sendData({ write: {} }, source);
    assert.equal(got, expected.digest('hex'));
    await c.goodbye();
  } finally {
    await server.close({ graceMs: 1000 });
  }
});
