// What afserver refuses: writing read-only or write-protected cartridges, blank cartridges under
// Reject Unlabeled Tapes, cartridge sets a client is not listed for, programs outside
// Program-Directory, and a connection that sends garbage (which loses only itself).
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import type { RunningServer } from '../../afserver/server.js';
import { setWriteProtect } from '../../drivers/vtape/index.js';
import { afwire } from '../../protocol/wire/index.js';
import { backup, connect, restore, serverSetup, startTestServer, type ServerSetup } from './server-helpers.js';

const digest = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const cartridgeFile = (setup: ServerSetup, n: number): string => path.join(setup.dir, 'library', 'cartridges', `AFB00${n}L8.vtape`);
const withStatus = (status: afwire.Status, message?: RegExp) => (e: Error & { status?: number }) => {
  assert.equal(e.status, status, e.message);
  if (message) assert.match(e.message, message);
  return true;
};

async function withServer(extra: Record<string, string | number>, fn: (server: RunningServer, setup: ServerSetup) => Promise<void>): Promise<void> {
  const setup = serverSetup(extra);
  const server = await startTestServer(setup);
  try {
    await fn(server, setup);
  } finally {
    await server.close(1000);
    setup.cleanup();
  }
}

describe('afserver policies', () => {
  it('never writes a cartridge made read-only with TapesReadOnly', () =>
    withServer({}, async (server, setup) => {
      const c = await connect(server.port, setup, 'hostRo');
      const first = await backup(c, crypto.randomBytes(50_000));
      assert.equal(first.start.cartridge, 1);
      await c.request({ clientMessage: { tapesReadOnly: { cartridges: [1] } } });
      const before = digest(cartridgeFile(setup, 1));
      const second = await backup(c, crypto.randomBytes(50_000));
      assert.equal(second.start.cartridge, 2, 'the next backup went to the next cartridge');
      assert.equal(digest(cartridgeFile(setup, 1)), before, 'cartridge 1 is untouched');
      await c.request({ clientMessage: { tapesReadWrite: { cartridges: [1] } } });
      assert.equal(server.context.catalog.cartridges.require(1).readOnly, false);
      await c.goodbye();
    }));

  it('never writes a write-protected cartridge; marks it read-only and goes on with the next', async () => {
    const setup = serverSetup();
    try {
      let server = await startTestServer(setup);
      const c = await connect(server.port, setup, 'hostWp');
      const data = crypto.randomBytes(50_000);
      const first = await backup(c, data);
      await c.goodbye();
      await server.close(1000);
      await setWriteProtect(cartridgeFile(setup, 1), true);
      const before = digest(cartridgeFile(setup, 1));
      server = await startTestServer(setup);
      try {
        const c2 = await connect(server.port, setup, 'hostWp');
        const second = await backup(c2, crypto.randomBytes(50_000));
        assert.equal(second.start.cartridge, 2);
        assert.equal(server.context.catalog.cartridges.require(1).readOnly, true);
        assert.ok((await restore(c2, first.start.cartridge!, first.start.tapeFile!)).equals(data), 'a write-protected cartridge is still read');
        await c2.goodbye();
      } finally {
        await server.close(1000);
      }
      assert.equal(digest(cartridgeFile(setup, 1)), before, 'cartridge 1 is untouched');
    } finally {
      setup.cleanup();
    }
  });

  it('refuses a blank cartridge under Reject Unlabeled Tapes, telling to run label_tape', () =>
    withServer({ 'Reject Unlabeled Tapes': 'yes' }, async (server, setup) => {
      const c = await connect(server.port, setup, 'hostBlank');
      await assert.rejects(c.request({ openForWrite: { cartridgeSet: 0 } }), withStatus(afwire.Status.INVALID_CARTRIDGE, /blank .*label it with label_tape 1/));
      // the drive is free again for the next request
      const st = await c.request({ queryStreamerState: {} });
      assert.notEqual(st.streamerState?.state, afwire.StreamerState.BUSY);
      await c.goodbye();
    }));

  it('lets a client use only the cartridge sets it is listed for', () =>
    withServer({ 'Cartridge-Sets': '1-2:hostA 3:hostA,hostB' }, async (server, setup) => {
      const b = await connect(server.port, setup, 'hostB');
      await assert.rejects(b.request({ openForWrite: { cartridgeSet: 1 } }), withStatus(afwire.Status.CARTRIDGE_SET_DENIED, /hostB may not use cartridge set 1/));
      await assert.rejects(b.request({ openForRead: { cartridgeSet: 1 } }), withStatus(afwire.Status.CARTRIDGE_SET_DENIED));
      const own = await backup(b, crypto.randomBytes(10_000));
      assert.equal(own.start.cartridge, 3, "hostB's default set is the first it may use");
      const other = await connect(server.port, setup, 'hostC');
      await assert.rejects(other.request({ openForWrite: { cartridgeSet: 0 } }), withStatus(afwire.Status.CARTRIDGE_SET_DENIED));
      const a = await connect(server.port, setup, 'hostA');
      assert.equal((await backup(a, crypto.randomBytes(10_000))).start.cartridge, 1);
      await Promise.all([a.goodbye(), b.goodbye(), other.goodbye()]);
    }));

  it('starts programs from Program-Directory only', async () => {
    const setup = serverSetup();
    const bin = path.join(setup.dir, 'bin');
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, 'hello'), '#!/bin/sh\necho "hello $1"\n', { mode: 0o755 });
    fs.appendFileSync(setup.confFile, `Program-Directory: ${bin}\n`);
    const server = await startTestServer(setup);
    try {
      const c = await connect(server.port, setup, 'hostX');
      const { data } = await c.receiveData({ remoteStart: { program: 'hello', args: ['world'] } });
      let out = '';
      for await (const b of data as Readable) out += String(b);
      assert.equal(out, 'hello world\n');
      for (const program of ['../x', '/bin/sh', '..', '', 'missing']) {
        await assert.rejects(c.receiveData({ remoteStart: { program, args: [] } }), withStatus(afwire.Status.PROGRAM_NOT_FOUND), `'${program}' refused`);
      }
      await c.goodbye();
    } finally {
      await server.close(1000);
      setup.cleanup();
    }
  });

  it('a malformed frame closes only that connection; another client backup goes on', () =>
    withServer({}, async (server, setup) => {
      const good = await connect(server.port, setup, 'hostGood');
      const bad = await connect(server.port, setup, 'hostBad');
      const data = crypto.randomBytes(400_000);
      let sentBefore = false;
      const source = async function* () {
        for (let i = 0; i < data.length; i += 20_000) {
          if (i === 200_000) {
            // half way through: the other client sends a frame of an unknown type
            const socket = bad.connection.socket;
            const closed = new Promise((r) => socket.once('close', r));
            socket.write(Buffer.from([0x7f, 0, 0, 0, 4, 1, 2, 3, 4]));
            await closed;
            sentBefore = true;
          }
          yield data.subarray(i, i + 20_000);
        }
      };
      const opened = await good.request({ openForWrite: { cartridgeSet: 0 } });
      await good.sendData({ write: {} }, source());
      await good.request({ close: {} });
      assert.ok(sentBefore);
      await assert.rejects(bad.request({ queryPosition: {} }));
      assert.ok((await restore(good, opened.position!.cartridge!, opened.position!.tapeFile!)).equals(data));
      await good.goodbye();
    }));
});
