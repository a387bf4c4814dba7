import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import crypto from 'node:crypto';
import { Connection, PROTOCOL_MAJOR, PROTOCOL_MINOR, ProtocolClient, ProtocolServer, afwire, isProtocolError, loadKeyFile } from '../../protocol/wire/index.js';
import { LogRecorder, startTestServer, tempDir, until, writeKeyFile } from './helpers.js';

const dir = await tempDir();
after(() => fs.rm(dir, { recursive: true, force: true }));

test('a key file readable or writable by group or others is refused with the fix', async () => {
  const readable = await writeKeyFile(dir, 'group-readable.key', 0o640);
  await assert.rejects(loadKeyFile(readable), { message: `key file ${readable} is readable by others; chmod 600 ${readable}` });
  const writable = await writeKeyFile(dir, 'group-writable.key', 0o620);
  await assert.rejects(loadKeyFile(writable), { message: `key file ${writable} is writable by others; chmod 600 ${writable}` });
  const world = await writeKeyFile(dir, 'world-readable.key', 0o604);
  await assert.rejects(loadKeyFile(world), /readable by others/);
  // The server refuses to start with such a key, the client refuses to connect with it.
  await assert.rejects(ProtocolServer.start({ port: 0, keys: { defaultKeyFile: readable }, logger: new LogRecorder(), onSession: async () => undefined }), /chmod 600/);
  await assert.rejects(ProtocolClient.connect({ host: '127.0.0.1', port: 1, keyFile: readable }), /chmod 600/);
});

test('a key shorter than 16 bytes and a missing key file are refused', async () => {
  const short = await writeKeyFile(dir, 'short.key', 0o600, 'abcdefghijklmno'); // 15 bytes + newline
  await assert.rejects(loadKeyFile(short), (e: unknown) => isProtocolError(e, 'KEY_FILE') && /holds 15 bytes; at least 16/.test(e.message));
  const ok = await writeKeyFile(dir, 'sixteen.key', 0o600, 'abcdefghijklmnop');
  assert.equal((await loadKeyFile(ok)).toString(), 'abcdefghijklmnop');
  await assert.rejects(loadKeyFile(path.join(dir, 'absent.key')), /cannot open key file .*absent\.key \(ENOENT\)/);
});

test('a client with the right key is authenticated, with its own key or the default one', async () => {
  const mine = await writeKeyFile(dir, 'alpha.key');
  const shared = await writeKeyFile(dir, 'default.key');
  const { server, log, port } = await startTestServer({ clientKeyFiles: { alpha: mine }, defaultKeyFile: shared }, { serverIdentifier: 'tapes-1' });
  try {
    const alpha = await ProtocolClient.connect({ host: '127.0.0.1', port, clientId: 'alpha', keyFile: mine, logger: new LogRecorder() });
    assert.equal(alpha.server.serverIdentifier, 'tapes-1');
    assert.equal(alpha.server.protocolMajor, PROTOCOL_MAJOR);
    const r = await alpha.request({ queryPosition: {} });
    assert.equal(r.position?.cartridge, 3);
    await alpha.goodbye();
    const other = await ProtocolClient.connect({ host: '127.0.0.1', port, clientId: 'beta', keyFile: shared, logger: new LogRecorder() });
    await other.goodbye();
    // alpha has a key of its own: the default key is not accepted for it.
    await assert.rejects(ProtocolClient.connect({ host: '127.0.0.1', port, clientId: 'alpha', keyFile: shared, logger: new LogRecorder() }), (e: unknown) =>
      isProtocolError(e, 'AUTH_FAILED'),
    );
    assert.ok(log.entries.some((e) => e.msg === 'session started' && e.obj['clientId'] === 'beta'));
  } finally {
    await server.close({ graceMs: 1000 });
  }
});

test('a wrong key is refused after a growing delay, logged with the peer; unknown ids look the same', async () => {
  const right = await writeKeyFile(dir, 'right.key');
  const wrong = await writeKeyFile(dir, 'wrong.key');
  const { server, log, port } = await startTestServer({ clientKeyFiles: { gamma: right } });
  try {
    const messages: string[] = [];
    for (const clientId of ['gamma', 'gamma', 'nobody']) {
      const started = performance.now();
      await assert.rejects(ProtocolClient.connect({ host: '127.0.0.1', port, clientId, keyFile: wrong, logger: new LogRecorder() }), (e: unknown) => {
        assert.ok(isProtocolError(e, 'AUTH_FAILED'), String(e));
        messages.push(e.message.replace(clientId, 'ID'));
        return true;
      });
      const failures = log.warnings().filter((w) => w.msg === 'authentication failed');
      const last = failures.at(-1)!;
      assert.equal(last.obj['clientId'], clientId);
      assert.match(String(last.obj['peer']), /^127\.0\.0\.1:\d+$/);
      // The answer is never given before the logged delay has passed (timers never fire early
      // by more than a millisecond).
      assert.ok(performance.now() - started >= Number(last.obj['delayMs']) - 2);
    }
    const delays = log.warnings().filter((w) => w.msg === 'authentication failed').map((w) => w.obj['delayMs']);
    assert.deepEqual(delays, [40, 80, 160]);
    assert.equal(new Set(messages).size, 1, 'a known id with a wrong key and an unknown id get the same answer');
    assert.match(messages[0]!, /^authentication failed at server/);
    // A success from the address resets the delay.
    const ok = await ProtocolClient.connect({ host: '127.0.0.1', port, clientId: 'gamma', keyFile: right, logger: new LogRecorder() });
    await ok.goodbye();
    await assert.rejects(ProtocolClient.connect({ host: '127.0.0.1', port, clientId: 'gamma', keyFile: wrong, logger: new LogRecorder() }));
    assert.equal(log.warnings().filter((w) => w.msg === 'authentication failed').at(-1)!.obj['delayMs'], 40);
  } finally {
    await server.close({ graceMs: 1000 });
  }
});

/** A server that speaks the protocol but does not know the key (or states another version). */
async function fakeServer(hello: afwire.IHello): Promise<{ port: number; stop: () => Promise<void>; saw: afwire.IEnvelope[] }> {
  const saw: afwire.IEnvelope[] = [];
  const sockets = new Set<net.Socket>();
  const srv = net.createServer((socket) => {
    sockets.add(socket);
    const conn = new Connection(socket, { logger: new LogRecorder() });
    void (async () => {
      await conn.sendControl({ hello });
      await conn.sendControl({ authChallenge: { serverNonce: crypto.randomBytes(32) } });
      try {
        for (;;) {
          const item = await conn.read();
          if (item.kind !== 'control') continue;
          saw.push(item.envelope as afwire.IEnvelope);
          if (item.envelope.authResponse) await conn.sendControl({ authResult: { status: afwire.Status.OK, serverMac: crypto.randomBytes(32) } });
        }
      } catch {
        conn.destroy();
      }
    })();
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  return {
    port: (srv.address() as net.AddressInfo).port,
    saw,
    stop: () => {
      for (const s of sockets) s.destroy();
      return new Promise((r) => srv.close(() => r()));
    },
  };
}

test('a fake server without the key is detected by the client', async () => {
  const key = await writeKeyFile(dir, 'victim.key');
  const fake = await fakeServer({ protocolMajor: PROTOCOL_MAJOR, protocolMinor: 0, program: 'afserver', programVersion: '0.1.0' });
  try {
    await assert.rejects(ProtocolClient.connect({ host: '127.0.0.1', port: fake.port, clientId: 'delta', keyFile: key, logger: new LogRecorder() }), (e: unknown) => {
      assert.ok(isProtocolError(e, 'AUTH_FAILED'));
      assert.match(e.message, /could not prove that it knows the key: it may be a fake server/);
      return true;
    });
    await until(() => fake.saw.some((env) => env.fatal), 'the client to tell the fake server');
    assert.equal(fake.saw.filter((env) => env.request).length, 0, 'no request was sent to the fake server');
  } finally {
    await fake.stop();
  }
});

test('a newer protocol major is refused with a readable error, on both sides', async () => {
  const key = await writeKeyFile(dir, 'version.key');
  // Client side: the server states major 99.
  const fake = await fakeServer({ protocolMajor: 99, protocolMinor: 3, program: 'afserver', programVersion: '9.0.0' });
  try {
    await assert.rejects(ProtocolClient.connect({ host: '127.0.0.1', port: fake.port, clientId: 'eps', keyFile: key, logger: new LogRecorder() }), (e: unknown) => {
      assert.ok(isProtocolError(e, 'VERSION_MISMATCH'));
      assert.match(e.message, new RegExp(`runs afserver 9\\.0\\.0 \\(protocol 99\\.3\\); this afclient .* speaks protocol ${PROTOCOL_MAJOR}\\.${PROTOCOL_MINOR}: install matching major versions`));
      return true;
    });
    await until(() => fake.saw.some((env) => env.fatal?.status === afwire.Status.VERSION_MISMATCH), 'the client to tell the server why');
  } finally {
    await fake.stop();
  }
  // Server side: a client states major 99.
  const { server, log, port } = await startTestServer({ defaultKeyFile: key });
  try {
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    const conn = new Connection(socket, { logger: new LogRecorder() });
    assert.ok((await conn.read()).kind === 'control'); // Hello
    await conn.read(); // AuthChallenge
    await conn.sendControl({ hello: { protocolMajor: 99, protocolMinor: 0, program: 'afclient', programVersion: '9.0.0' } });
    const item = await conn.read();
    assert.equal(item.kind, 'control');
    const fatal = item.kind === 'control' ? item.envelope.fatal : undefined;
    assert.equal(fatal?.status, afwire.Status.VERSION_MISMATCH);
    assert.match(fatal?.message ?? '', new RegExp(`speaks protocol ${PROTOCOL_MAJOR}\\.${PROTOCOL_MINOR}, the client afclient 9\\.0\\.0 \\(protocol 99\\.0\\) does not`));
    await conn.whenClosed();
    assert.ok(log.warnings().some((w) => /^refused: /.test(w.msg)));
  } finally {
    await server.close({ graceMs: 1000 });
  }
});
