// writeSession sends its write and data right behind the open (pipelining): against a real
// afserver on 127.0.0.1, a refused open fails the session with the open's own reason and leaves
// its connection closed, and an accepted one still reports where the
// stream started, the same as when -G makes it wait for the open's answer.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { connectToServer } from '../../../afclient/remote/connection.js';
import { writeSession } from '../../../afclient/remote/write-session.js';
import { nextSessionStart } from '../../../afclient/backup/run/tape-sessions.js';
import { tempDir } from '../../afclient/helpers.js';
import { makeRemoteTree, packer, startRemoteServer, type TestServer } from '../../afclient/remote/remote-helpers.js';

describe('writeSession pipelines the write behind the open', () => {
  let ts: TestServer;
  let work: ReturnType<typeof tempDir>;
  before(async () => {
    ts = await startRemoteServer();
    work = tempDir('afbackup-pipelined-');
    makeRemoteTree(work.dir, 60_000);
  });
  after(async () => {
    await ts.stop();
    work.cleanup();
  });

  it('fails with the reason the open was refused, not with the write that followed it', async () => {
    const { client } = await connectToServer(ts.options());
    await assert.rejects(writeSession(client, { cartridgeSet: 99 }, packer(work.dir, ['tree'])), /may not use cartridge set 99/);
    assert.ok(client.connection.socket.destroyed, 'the failed session closed its connection');
  });

  it('reports where the stream started, with and without waiting for the open', async () => {
    for (const newCartridge of [false, true]) {
      const { client } = await connectToServer(ts.options());
      const expected = await nextSessionStart(client, 0);
      const r = await writeSession(client, { cartridgeSet: 0, ...(newCartridge ? { newCartridge: true } : {}) }, packer(work.dir, ['tree']));
      await client.goodbye();
      assert.ok(r.bytes > 0);
      assert.equal(r.start.block, 0, 'a session starts a new tape file');
      const first = r.extents.find((x) => x.bytes > 0)!; // -G leaves an empty tape file behind on the old cartridge
      assert.deepEqual({ cartridge: r.start.cartridge, tapeFile: r.start.tapeFile }, { cartridge: first.cartridge, tapeFile: first.tapeFile });
      if (!newCartridge) assert.deepEqual({ cartridge: r.start.cartridge, tapeFile: r.start.tapeFile }, { cartridge: expected.cartridge, tapeFile: expected.tapeFile });
      else assert.notEqual(r.start.cartridge, expected.cartridge, '-G starts on another cartridge');
    }
  });
});
