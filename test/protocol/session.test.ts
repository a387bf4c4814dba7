import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import {
  Connection,
  FrameType,
  ProtocolClient,
  ServerSession,
  afwire,
  encodeFrameHeader,
  isProtocolError,
  loadKeyFile,
  toNumber,
  u64,
} from '../../protocol/wire/index.js';
import { clientHandshake } from '../../protocol/wire/handshake.js';
import { LogRecorder, pattern, patternSha, startTestServer, tempDir, testHandler, until, writeKeyFile } from './helpers.js';

const MiB = 1024 * 1024;
let dir: string;
let keyFile: string;

before(async () => {
  dir = await tempDir();
  keyFile = await writeKeyFile(dir, 'client.key');
});
after(() => fs.rm(dir, { recursive: true, force: true }));

function connect(port: number, clientId = 'c1'): Promise<ProtocolClient> {
  return ProtocolClient.connect({ host: '127.0.0.1', port, clientId, keyFile, logger: new LogRecorder() });
}

test('pipelined requests are answered by id, in whatever order the server answers', async () => {
  // This server takes three requests before answering any, then answers them in reverse.
  const { server, port } = await startTestServer(
    { defaultKeyFile: keyFile },
    {
      onSession: async (s: ServerSession) => {
        const reqs = [];
        for (let i = 0; i < 3; i++) reqs.push((await s.nextRequest())!);
        for (const [n, r] of reqs.reverse().entries()) {
          await s.ok(r.id, { position: { cartridge: r.request.setCartridge!.cartridge!, tapeFile: n } });
        }
        await testHandler(s);
      },
    },
  );
  try {
    const c = await connect(port);
    assert.deepEqual(
      server.activeSessions().map((s) => s.clientId),
      ['c1'],
    );
    assert.equal(server.activeSessions('someone-else').length, 0);
    const answers = await Promise.all([1, 2, 3].map((cartridge) => c.request({ setCartridge: { cartridge } })));
    assert.deepEqual(
      answers.map((a) => a.position?.cartridge),
      [1, 2, 3],
    );
    assert.deepEqual(
      answers.map((a) => a.position?.tapeFile),
      [2, 1, 0],
      'the last request was answered first',
    );
    // A failing request rejects with the server's status and message; the session goes on.
    await assert.rejects(c.request({ newCartridge: {} }), (e: unknown) => isProtocolError(e, 'REQUEST_FAILED') && e.status === afwire.Status.UNSUPPORTED && /does not do newCartridge/.test(e.message));
    assert.equal((await c.request({ queryPosition: {} })).position?.cartridge, 3);
    await c.goodbye();
  } finally {
    await server.close({ graceMs: 1000 });
  }
});

test('a flood of pipelined requests is held back by the socket, not buffered by the server', async () => {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let session: ServerSession | undefined;
  const { server, port } = await startTestServer(
    { defaultKeyFile: keyFile },
    {
      onSession: async (s) => {
        session = s;
        await released;
        for (let req = await s.nextRequest(); req; req = await s.nextRequest()) {
          await s.ok(req.id, { position: { cartridge: req.request.remoteStart!.args!.length } });
        }
      },
    },
  );
  try {
    const c = await connect(port);
    const bigArgs = Array.from({ length: 1000 }, () => 'x'.repeat(100)); // ~100 KiB per request
    const answers = Array.from({ length: 160 }, () => c.request({ remoteStart: { program: 'p', args: bigArgs } }));
    // 16 MiB are on their way while the server reads nothing: once its buffer is full, give the
    // rest every chance to pile up before looking.
    await until(() => (session?.connection.bufferedBytes ?? 0) >= MiB, 'the server buffer to fill');
    await new Promise((r) => setTimeout(r, 100));
    const buffered = session!.connection.bufferedBytes;
    release();
    const all = await Promise.all(answers);
    assert.ok(all.every((a) => a.position?.cartridge === 1000));
    assert.ok(buffered <= 2 * MiB, `server held ${buffered} bytes of 16 MiB sent`);
    await c.goodbye();
  } finally {
    await server.close({ graceMs: 1000 });
  }
});

test('malformed and oversized frames close only their own connection', async () => {
  const { server, log, port } = await startTestServer({ defaultKeyFile: keyFile });
  try {
    const good = await connect(port, 'good');
    const rawPeer = async (bytes: Buffer): Promise<void> => {
      const s = net.connect(port, '127.0.0.1');
      await new Promise((r) => s.once('connect', r));
      s.resume();
      s.write(bytes);
      await new Promise((r) => s.once('close', r));
    };
    await rawPeer(Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
    await rawPeer(encodeFrameHeader(FrameType.CONTROL, 2 * MiB));
    await rawPeer(Buffer.concat([encodeFrameHeader(FrameType.CONTROL, 3), Buffer.from([0xff, 0xff, 0xff])]));
    // An authenticated client that breaks the rules loses its session too.
    const bad = await connect(port, 'bad');
    bad.connection.socket.write(encodeFrameHeader(FrameType.DATA, 1));
    bad.connection.socket.write(Buffer.from([0]));
    await bad.connection.whenClosed();
    await assert.rejects(bad.request({ queryPosition: {} }));
    await until(() => log.warnings().length >= 4, 'four logged reasons');
    const reasons = log.warnings().map((w) => w.msg);
    assert.ok(reasons.some((m) => /closing connection: unknown frame type 0x47/.test(m)), reasons.join('\n'));
    assert.ok(reasons.some((m) => /closing connection: CONTROL frame of 2097152 bytes exceeds the limit of 1048576 bytes/.test(m)), reasons.join('\n'));
    assert.ok(reasons.some((m) => /closing connection: undecodable control message/.test(m)), reasons.join('\n'));
    assert.ok(reasons.some((m) => /closing connection: DATA frame outside a data stream/.test(m)), reasons.join('\n'));
    assert.ok(log.warnings().every((w) => typeof w.obj['peer'] === 'string'));
    // The well-behaved client never noticed.
    assert.equal((await good.request({ queryPosition: {} })).position?.tapeFile, 1);
    await good.goodbye();
  } finally {
    await server.close({ graceMs: 1000 });
  }
});

test('random control payloads never take the server down', async () => {
  const { server, port } = await startTestServer({ defaultKeyFile: keyFile });
  let seed = 2988;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  try {
    for (let i = 0; i < 150; i++) {
      const s = net.connect(port, '127.0.0.1');
      await new Promise((r) => s.once('connect', r));
      s.resume();
      const payload = Buffer.from(Array.from({ length: Math.floor(rand() * 64) }, () => Math.floor(rand() * 256)));
      s.end(Buffer.concat([encodeFrameHeader(FrameType.CONTROL, payload.length), payload]));
      await new Promise((r) => s.once('close', r));
    }
    const c = await connect(port);
    assert.equal((await c.request({ queryPosition: {} })).position?.cartridge, 3);
    await c.goodbye();
  } finally {
    await server.close({ graceMs: 1000 });
  }
});

test('64 MiB go to the server and back with bounded buffering at every hop', async () => {
  const total = 64 * MiB;
  let received: { bytes: number; sha: string } | undefined;
  let maxServerBuffered = 0;
  let maxClientQueued = 0;
  const { server, port } = await startTestServer(
    { defaultKeyFile: keyFile },
    {
      onSession: async (s) => {
        const req = (await s.nextRequest())!;
        assert.equal(req.op, 'write');
        const hash = crypto.createHash('sha256');
        let bytes = 0;
        for await (const chunk of req.data!) {
          hash.update(chunk as Buffer);
          bytes += (chunk as Buffer).length;
          maxServerBuffered = Math.max(maxServerBuffered, s.connection.bufferedBytes);
          // A slow tape: the client must be held back, not buffered for.
          await new Promise((r) => setTimeout(r, 5));
        }
        received = { bytes, sha: hash.digest('hex') };
        await s.ok(req.id, { writeResult: { start: { cartridge: 5, tapeFile: 2, block: u64(0), offset: 0 }, bytes: u64(bytes) } });
        await testHandler(s);
      },
    },
  );
  try {
    const c = await connect(port);
    const source = (function* () {
      for (const chunk of pattern(total)) {
        maxClientQueued = Math.max(maxClientQueued, c.connection.socket.writableLength);
        yield chunk;
      }
    })();
    const res = await c.sendData({ write: {} }, source);
    assert.equal(toNumber(res.writeResult?.bytes), total);
    assert.equal(res.writeResult?.start?.cartridge, 5);
    assert.deepEqual(received, { bytes: total, sha: patternSha(total) });
    assert.ok(maxServerBuffered <= 3 * MiB, `server held ${maxServerBuffered} bytes unread`);
    assert.ok(maxClientQueued <= 3 * MiB, `client queued ${maxClientQueued} bytes in the socket`);

    const { data } = await c.receiveData({ read: { maxBytes: u64(total) } });
    const hash = crypto.createHash('sha256');
    let bytes = 0;
    let maxClientBuffered = 0;
    for await (const chunk of data) {
      hash.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
      maxClientBuffered = Math.max(maxClientBuffered, c.connection.bufferedBytes);
      await new Promise((r) => setTimeout(r, 5));
    }
    assert.equal(bytes, total);
    assert.equal(hash.digest('hex'), patternSha(total));
    assert.ok(maxClientBuffered <= 3 * MiB, `client held ${maxClientBuffered} bytes unread`);
    await c.goodbye();
  } finally {
    await server.close({ graceMs: 1000 });
  }
});

test('remote start output comes back with the exit status; requests after a data stream still work', async () => {
  const { server, port } = await startTestServer({ defaultKeyFile: keyFile });
  try {
    const c = await connect(port);
    const pipelined = c.request({ queryPosition: {} });
    const { data } = await c.receiveData({ remoteStart: { program: 'labeltape', args: ['-c', '7'] } });
    const chunks: Buffer[] = [];
    for await (const chunk of data) chunks.push(chunk as Buffer);
    assert.equal(Buffer.concat(chunks).toString(), 'labeltape -c 7\n');
    assert.equal((await (data as unknown as { done: Promise<{ exitCode: number }> }).done).exitCode, 2);
    assert.equal((await pipelined).position?.cartridge, 3);
    // A stream the client abandons is drained, and the session stays in step.
    const second = await c.receiveData({ read: { maxBytes: u64(5 * MiB) } });
    second.data.destroy();
    assert.equal((await c.request({ queryPosition: {} })).position?.tapeFile, 1);
    const third = await c.receiveData({ read: { maxBytes: u64(5 * MiB) } });
    for await (const chunk of third.data) {
      // data comes in the pieces the socket delivered, never more than a frame
      assert.ok((chunk as Buffer).length > 0 && (chunk as Buffer).length <= MiB);
      break; // leaves the stream in the middle of a frame pull
    }
    assert.equal((await c.request({ queryPosition: {} })).position?.cartridge, 3);
    // A write request needs its data, and only a write request takes data.
    await assert.rejects(c.request({ write: {} }), (e: unknown) => isProtocolError(e, 'BAD_ARGUMENT'));
    await assert.rejects(c.sendData({ queryPosition: {} }, []), (e: unknown) => isProtocolError(e, 'BAD_ARGUMENT'));
    await c.goodbye();
  } finally {
    await server.close({ graceMs: 1000 });
  }
});

test('an unknown request from a newer client is refused, its data dropped, the session kept', async () => {
  const { server, port } = await startTestServer({ defaultKeyFile: keyFile });
  try {
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    const conn = new Connection(socket, { logger: new LogRecorder() });
    await clientHandshake(conn, { key: await loadKeyFile(keyFile), clientId: 'newer', program: 'afclient', programVersion: '1.9.0' });
    // Request{id 7, data_follows, field 99 (unknown to this version)}, then 3 bytes of data.
    const request = Buffer.concat([afwire.Request.encode({ id: 7, dataFollows: true }).finish(), Buffer.from([0x9a, 0x06, 0x00])]);
    const envelope = Buffer.concat([Buffer.from([0x32, request.length]), request]);
    const dataEnd = afwire.DataEnd.encode({ status: afwire.Status.OK, bytes: u64(3) }).finish();
    socket.write(Buffer.concat([encodeFrameHeader(FrameType.CONTROL, envelope.length), envelope]));
    socket.write(Buffer.concat([encodeFrameHeader(FrameType.DATA, 3), Buffer.from('abc')]));
    socket.write(Buffer.concat([encodeFrameHeader(FrameType.DATA_END, dataEnd.length), dataEnd]));
    const answer = await conn.read();
    assert.equal(answer.kind, 'control');
    const response = answer.kind === 'control' ? answer.envelope.response : undefined;
    assert.equal(response?.id, 7);
    assert.equal(response?.status, afwire.Status.UNSUPPORTED);
    assert.match(response?.message ?? '', /does not know that request/);
    await conn.sendControl({ request: { id: 8, queryPosition: {} } });
    const next = await conn.read();
    assert.equal(next.kind === 'control' ? next.envelope.response?.position?.cartridge : undefined, 3);
    conn.destroy();
  } finally {
    await server.close({ graceMs: 1000 });
  }
});

test('a data stream whose source fails is aborted at the receiver, and the session continues', async () => {
  let serverSaw: string | undefined;
  const { server, port } = await startTestServer(
    { defaultKeyFile: keyFile },
    {
      onSession: async (s) => {
        const req = (await s.nextRequest())!;
        try {
          for await (const chunk of req.data!) void chunk;
        } catch (e) {
          serverSaw = (e as Error).message;
        }
        await s.reply(req.id, afwire.Status.ERROR, 'nothing written: the client aborted the data');
        await testHandler(s);
      },
    },
  );
  try {
    const c = await connect(port);
    async function* failing() {
      yield Buffer.from('first block');
      throw new Error('disk read error on /home/x');
    }
    await assert.rejects(c.sendData({ write: {} }, failing()), /disk read error/);
    await until(() => serverSaw !== undefined, 'the server to see the abort');
    assert.match(serverSaw!, /data stream aborted by the sender: data source failed: disk read error/);
    assert.equal((await c.request({ queryPosition: {} })).position?.cartridge, 3);
    await c.goodbye();
  } finally {
    await server.close({ graceMs: 1000 });
  }
});

test('a Fatal inside the server data stream ends it with the server reason', async () => {
  const { server, port } = await startTestServer(
    { defaultKeyFile: keyFile },
    {
      onSession: async (s) => {
        const req = (await s.nextRequest())!;
        async function* failingTape() {
          yield Buffer.alloc(1000, 1);
          await s.terminate(afwire.Status.TAPE_ERROR, 'drive /dev/nst0 went offline (EIO)');
        }
        await s.replyWithData(req.id, failingTape()).catch(() => undefined);
      },
    },
  );
  try {
    const c = await connect(port);
    const { data } = await c.receiveData({ read: { maxBytes: u64(0) } });
    let got = 0;
    await assert.rejects(
      (async () => {
        for await (const chunk of data) got += (chunk as Buffer).length;
      })(),
      (e: unknown) => isProtocolError(e) && e.status === afwire.Status.TAPE_ERROR && /gave up during the data stream: drive \/dev\/nst0 went offline/.test(e.message),
    );
    assert.equal(got, 1000);
    await assert.rejects(c.request({ queryPosition: {} }));
  } finally {
    await server.close({ graceMs: 1000 });
  }
});

test('shutdown lets a running session finish, then closes idle ones with a reason', async () => {
  const { server, port } = await startTestServer({ defaultKeyFile: keyFile });
  const busy = await connect(port, 'busy');
  const closing = server.close({ graceMs: 60_000 });
  // New connections are refused with a reason; the running session still works.
  await assert.rejects(connect(port, 'late'), (e: unknown) => isProtocolError(e) && /shutting down|ECONNREFUSED/.test(e.message));
  assert.equal((await busy.request({ queryPosition: {} })).position?.cartridge, 3);
  await busy.goodbye();
  await closing;

  const second = await startTestServer({ defaultKeyFile: keyFile });
  const idle = await connect(second.port, 'idle');
  await second.server.close({ graceMs: 20 });
  await assert.rejects(idle.request({ queryPosition: {} }), (e: unknown) => isProtocolError(e) && /shutting down/.test(e.message));
  assert.equal(second.server.connectionCount, 0);
});

test('a failing session handler is logged and the client told', async () => {
  const { server, log, port } = await startTestServer(
    { defaultKeyFile: keyFile },
    {
      onSession: async (s) => {
        await s.nextRequest();
        throw new Error('tape drive exploded');
      },
    },
  );
  try {
    const c = await connect(port);
    await assert.rejects(c.request({ queryPosition: {} }), /server error: tape drive exploded/);
    assert.ok(log.entries.some((e) => e.level === 'error' && /session failed: tape drive exploded/.test(e.msg)));
  } finally {
    await server.close({ graceMs: 1000 });
  }
});

test('the server refuses connections beyond its limit', async () => {
  const { server, port } = await startTestServer({ defaultKeyFile: keyFile }, { maxConnections: 1 });
  try {
    const first = await connect(port, 'first');
    await assert.rejects(connect(port, 'second'), (e: unknown) => isProtocolError(e) && e.status === afwire.Status.TOO_MANY_CLIENTS && /too many clients/.test(e.message));
    await first.goodbye();
  } finally {
    await server.close({ graceMs: 1000 });
  }
});

test('Connection.read() hands out nothing after the peer is gone', async () => {
  const srv = net.createServer((s) => s.end());
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  try {
    const s = net.connect((srv.address() as net.AddressInfo).port, '127.0.0.1');
    const conn = new Connection(s, { logger: new LogRecorder() });
    await assert.rejects(conn.read(), (e: unknown) => isProtocolError(e, 'CONNECTION_CLOSED'));
  } finally {
    await new Promise((r) => srv.close(r));
  }
});

