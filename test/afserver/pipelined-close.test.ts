// The Close sent right behind a Write's data (protocol 1.2), without waiting for the Write's
// answer: afserver must not complete a session whose Write failed, and afclient's writeSession
// must send its Close before that answer comes.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { describe, it } from 'node:test';
import { pino } from 'pino';
import { writeSession } from '../../afclient/remote/write-session.js';
import { PIPELINED_CLOSE_MINOR, ProtocolClient, ProtocolServer, u64, type ServerSession } from '../../protocol/wire/index.js';
import { backup, connect, restore, serverSetup, startTestServer, toNumber } from './server-helpers.js';

describe('a Close pipelined behind the Write', () => {
  it('is refused when the Write failed, and leaves the session incomplete and the drive free', async () => {
    const setup = serverSetup({ 'Max Bytes Per Tape': '4M', 'Max Bytes Per File': '2M' });
    const server = await startTestServer(setup);
    try {
      const c = await connect(server.port, setup, 'hostFail');
      await c.request({ openForWrite: { cartridgeSet: 0 } });
      const failing = (async function* () {
        yield crypto.randomBytes(100_000);
        throw new Error('the file system went away');
      })();
      const written = c.sendData({ write: {} }, failing);
      const closed = c.request({ close: {} });
      await assert.rejects(written, /the file system went away/);
      await assert.rejects(closed, (e: Error) => {
        assert.match(e.message, /a write of this session failed/);
        assert.match(e.message, /closed incomplete/);
        return true;
      });
      const sessions = server.context.catalog.sessions.ofClient('hostFail');
      assert.equal(sessions.length, 1);
      assert.equal(sessions[0]?.state, 'incomplete', 'the Close did not complete the session');
      // the connection and the drive serve the next session
      const data = crypto.randomBytes(30_000);
      const r = await backup(c, data);
      assert.equal(toNumber(r.session.bytes), data.length);
      assert.ok((await restore(c, r.start.cartridge!, r.start.tapeFile!)).equals(data));
      assert.equal(server.context.catalog.sessions.ofClient('hostFail').at(-1)?.state, 'complete');
      await c.goodbye();
    } finally {
      await server.close(1000);
      setup.cleanup();
    }
  });

  it("completes the session when the Write succeeded, with the Write's answer first", async () => {
    const setup = serverSetup({ 'Max Bytes Per Tape': '4M', 'Max Bytes Per File': '2M' });
    const server = await startTestServer(setup);
    try {
      const c = await connect(server.port, setup, 'hostPipe');
      const data = crypto.randomBytes(200_000);
      const opened = c.request({ openForWrite: { cartridgeSet: 0 } });
      const written = c.sendData({ write: {} }, [data]);
      const closed = c.request({ close: {} });
      assert.equal(toNumber((await written).writeResult?.bytes), data.length);
      assert.equal(toNumber((await closed).session?.bytes), data.length);
      const start = (await opened).position!;
      assert.ok((await restore(c, start.cartridge!, start.tapeFile!)).equals(data));
      await c.goodbye();
    } finally {
      await server.close(1000);
      setup.cleanup();
    }
  });

  /**
   * A server that answers each Write only once the next request is in, or `waitMs` have passed:
   * `seen` tells, per Write, whether the client's Close came before that answer.
   */
  async function watchingServer(keyFile: string, waitMs: number): Promise<{ server: ProtocolServer; seen: string[] }> {
    const seen: string[] = [];
    const serve = async (s: ServerSession): Promise<void> => {
      let bytes = 0;
      let next = s.nextRequest();
      for (let req = await next; req; req = await next) {
        if (req.op !== 'write') {
          await s.ok(req.id, req.op === 'close' ? { session: { sessionId: u64(1), bytes: u64(bytes) } } : {});
          next = s.nextRequest();
          continue;
        }
        bytes += (await req.data!.pipeInto({ take: (chunk) => chunk.length, write: async () => undefined })).bytes;
        next = s.nextRequest();
        let timer: NodeJS.Timeout | undefined;
        const early = await Promise.race([next.then(() => true), new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), waitMs)))]);
        clearTimeout(timer);
        seen.push(early ? `${(await next)?.op} before the write's answer` : "nothing before the write's answer");
        await s.ok(req.id, { writeResult: { bytes: u64(bytes) } });
      }
    };
    const server = await ProtocolServer.start({ port: 0, keys: { defaultKeyFile: keyFile }, logger: pino({ level: 'silent' }), onSession: serve });
    return { server, seen };
  }

  const produce = async (sink: (chunk: Buffer) => Promise<void>): Promise<void> => {
    await sink(crypto.randomBytes(300_000));
    await sink(crypto.randomBytes(1000));
  };

  it("is what writeSession sends: its Close reaches the server before the Write's answer", async () => {
    const setup = serverSetup();
    const { server, seen } = await watchingServer(setup.keyFile, 3000);
    try {
      const client = await ProtocolClient.connect({ host: '127.0.0.1', port: server.address().port, clientId: 'hostW', keyFile: setup.keyFile, logger: pino({ level: 'silent' }) });
      const r = await writeSession(client, { cartridgeSet: 0 }, produce);
      assert.equal(r.bytes, 301_000);
      assert.deepEqual(seen, ["close before the write's answer"]);
      await client.goodbye();
    } finally {
      await server.close({ graceMs: 0 });
      setup.cleanup();
    }
  });

  it("waits for the Write's answer with a server of protocol 1.1, which would complete the session of a failed Write", async () => {
    const setup = serverSetup();
    const { server, seen } = await watchingServer(setup.keyFile, 300);
    try {
      const client = await ProtocolClient.connect({ host: '127.0.0.1', port: server.address().port, clientId: 'hostOld', keyFile: setup.keyFile, logger: pino({ level: 'silent' }) });
      Object.defineProperty(client, 'protocolMinor', { value: PIPELINED_CLOSE_MINOR - 1 });
      const r = await writeSession(client, { cartridgeSet: 0 }, produce);
      assert.equal(r.bytes, 301_000);
      assert.deepEqual(seen, ["nothing before the write's answer"]);
      await client.goodbye();
    } finally {
      await server.close({ graceMs: 0 });
      setup.cleanup();
    }
  });
});
