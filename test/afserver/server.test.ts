import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { RunningServer } from '../../afserver/server.js';
import { afwire } from '../../protocol/wire/index.js';
import { backup, connect, restore, serverSetup, startTestServer, toNumber, type ServerSetup } from './server-helpers.js';

describe('afserver end to end on a virtual library', () => {
  let setup: ServerSetup;
  let server: RunningServer;
  before(async () => {
    // enough cartridges for every test below; a full set would make a writer wait for the operator
    setup = serverSetup({ 'Number Of Cartridges': 8 });
    server = await startTestServer(setup);
  });
  after(async () => {
    await server.close(1000);
    setup.cleanup();
  });

  it('creates the library on first use and answers position and streamer queries', async () => {
    assert.ok(fs.existsSync(`${setup.dir}/library/library.json`));
    const c = await connect(server.port, setup, 'hostQ');
    const wp = await c.request({ queryWritePosition: { cartridgeSet: 0 } });
    assert.equal(wp.position?.cartridge, 1);
    assert.equal(wp.position?.tapeFile, 1);
    const st = await c.request({ queryStreamerState: {} });
    assert.ok(st.streamerState?.detail);
    await c.goodbye();
  });

  it('serves several clients writing at once; each reads its own stream back byte-exact', async () => {
    const ids = ['hostA', 'hostB', 'hostC', 'hostD'];
    const data = ids.map(() => crypto.randomBytes(60_000 + crypto.randomInt(40_000)));
    const clients = await Promise.all(ids.map((id) => connect(server.port, setup, id)));
    const results = await Promise.all(clients.map((c, i) => backup(c, data[i]!)));
    for (const [i, r] of results.entries()) {
      assert.equal(toNumber(r.session.bytes), data[i]!.length);
      const back = await restore(clients[i]!, r.start.cartridge!, r.start.tapeFile!);
      assert.ok(back.equals(data[i]!), `client ${ids[i]} got its data back`);
    }
    // a client never sees another client's data, and cannot tell whether it exists
    const other = results[1]!.start;
    await assert.rejects(restore(clients[0]!, other.cartridge!, other.tapeFile!), (e: Error & { status?: number }) => {
      assert.equal(e.status, afwire.Status.INVALID_TAPE_FILE);
      assert.match(e.message, /no backup of yours/);
      return true;
    });
    await Promise.all(clients.map((c) => c.goodbye()));
  });

  it('spans one stream over cartridges and reads it back from any block', async () => {
    const c = await connect(server.port, setup, 'hostBig');
    const data = crypto.randomBytes(700_000);
    const r = await backup(c, data);
    const files = r.session.tapeFiles!;
    assert.ok(new Set(files.map((f) => f.cartridge)).size >= 2, 'the stream continued on another cartridge');
    const back = await restore(c, r.start.cartridge!, r.start.tapeFile!);
    assert.ok(back.equals(data));
    // block-precise: start in block 1 of a later tape file, using the extents the server returned
    const later = files.slice(1).find((f) => toNumber(f.bytes) > 2 * f.payloadPerBlock!)!;
    assert.ok(later, 'a later tape file with several blocks');
    const inBlock0 = later.payloadPerBlock! - later.headerBytes!;
    const offset = toNumber(later.streamOffset) + inBlock0 + 10;
    const tail = await restore(c, later.cartridge!, later.tapeFile!, 1, 10);
    assert.ok(tail.equals(data.subarray(offset)));
    await c.goodbye();
  });

  it('refuses a client with the wrong key and keeps serving others', async () => {
    const wrong = `${setup.dir}/wrong.key`;
    fs.writeFileSync(wrong, crypto.randomBytes(32).toString('base64'), { mode: 0o600 });
    await assert.rejects(connect(server.port, { ...setup, keyFile: wrong }, 'intruder'), /authentication failed/);
    const ok = await connect(server.port, setup, 'hostA');
    await ok.goodbye();
  });

  it('keeps what a client sent before it vanished, marks the session incomplete and goes on', async () => {
    const c = await connect(server.port, setup, 'hostGone');
    const opened = await c.request({ openForWrite: { cartridgeSet: 0 } });
    await c.sendData({ write: {} }, [crypto.randomBytes(50_000)]);
    c.close();
    const next = await connect(server.port, setup, 'hostNext');
    const data = crypto.randomBytes(10_000);
    const r = await backup(next, data);
    assert.ok(r.start.tapeFile! > opened.position!.tapeFile! || r.start.cartridge !== opened.position!.cartridge);
    assert.ok((await restore(next, r.start.cartridge!, r.start.tapeFile!)).equals(data));
    const sessions = server.context.catalog.sessions.ofClient('hostGone');
    assert.equal(sessions[0]?.state, 'incomplete');
    await next.goodbye();
  });
});
