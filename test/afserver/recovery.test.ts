// afserver killed with SIGKILL in the middle of a backup, and restarted: what was acknowledged
// reads back byte-exact, the interrupted session is incomplete but readable up to where it got,
// and the next backup goes on after it, never over it. And SIGTERM: a running backup finishes.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Catalog } from '../../afserver/catalog/index.js';
import { afwire } from '../../protocol/wire/index.js';
import { spawnServer, type ChildServer } from './child-server.js';
import { backup, connect, restore, serverSetup, toNumber, type ServerSetup } from './server-helpers.js';

const CHUNK = 64 * 1024;

async function until(what: string, cond: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !cond(); i++) await new Promise((r) => setTimeout(r, 20));
  assert.ok(cond(), `timed out waiting until ${what}`);
}

function cartridgeFile(setup: ServerSetup): string {
  const folder = path.join(setup.dir, 'library', 'cartridges');
  return path.join(folder, fs.readdirSync(folder).sort()[0]!);
}

function catalogSessions(setup: ServerSetup, clientId: string) {
  const c = Catalog.open(path.join(setup.dir, 'var'));
  try {
    return c.sessions.ofClient(clientId).map((s) => ({ ...s, files: c.sessions.tapeFiles(s.id) }));
  } finally {
    c.close();
  }
}

describe('afserver as a process: kill -9 and SIGTERM', () => {
  let setup: ServerSetup;
  let server: ChildServer | undefined;
  before(() => {
    setup = serverSetup({ 'Max Bytes Per Tape': '40M', 'Max Bytes Per File': '30M' });
  });
  after(async () => {
    server?.signal('SIGKILL');
    await server?.exited;
    setup.cleanup();
  });

  it('recovers from SIGKILL mid-write without losing or overwriting anything', async () => {
    server = await spawnServer(setup.confFile);
    const first = crypto.randomBytes(600_000);
    const c1 = await connect(server.port, setup, 'hostFirst');
    const done = await backup(c1, first);
    await c1.goodbye();
    const sizeAfterFirst = fs.statSync(cartridgeFile(setup)).size;

    const killed = server;
    const c2 = await connect(killed.port, setup, 'hostKilled');
    const opened = await c2.request({ openForWrite: { cartridgeSet: 0 } });
    const sent: Buffer[] = [];
    const source = async function* () {
      for (let i = 0; i < 48; i++) {
        const b = crypto.randomBytes(CHUNK);
        sent.push(b);
        yield b;
      }
      // the drive writes in bursts: wait until a good part of the stream is on tape, then kill
      await until('the interrupted backup reached the tape', () => fs.statSync(cartridgeFile(setup)).size > sizeAfterFirst + 1_000_000);
      killed.signal('SIGKILL');
      await killed.exited;
    };
    await c2.sendData({ write: {} }, source()).catch(() => undefined);
    c2.close();
    assert.equal(await killed.exited, 'SIGKILL');
    const sentAll = Buffer.concat(sent);

    server = await spawnServer(setup.confFile);
    assert.match(server.log(), /1 backup session\(s\) were still open when the server last stopped/);
    const c3 = await connect(server.port, setup, 'hostFirst');
    assert.ok((await restore(c3, done.start.cartridge!, done.start.tapeFile!)).equals(first), 'the acknowledged backup reads back byte-exact');

    const next = crypto.randomBytes(200_000);
    const after = await backup(c3, next);
    assert.equal(after.start.cartridge, opened.position!.cartridge);
    assert.equal(after.start.tapeFile, opened.position!.tapeFile! + 1, 'the next backup goes after the interrupted one');
    assert.ok((await restore(c3, after.start.cartridge!, after.start.tapeFile!)).equals(next));
    assert.ok((await restore(c3, done.start.cartridge!, done.start.tapeFile!)).equals(first), 'still there after the next backup');
    await c3.goodbye();

    const c4 = await connect(server.port, setup, 'hostKilled');
    const partial = await restore(c4, opened.position!.cartridge!, opened.position!.tapeFile!);
    assert.ok(partial.length >= 600_000, `what reached the tape is readable (${partial.length} bytes)`);
    assert.ok(partial.equals(sentAll.subarray(0, partial.length)), 'the interrupted stream reads back as sent, up to where it got');
    await c4.goodbye();

    const [killedSession] = catalogSessions(setup, 'hostKilled');
    assert.equal(killedSession?.state, 'incomplete');
    assert.equal(killedSession?.bytes, partial.length, 'the catalog knows how far the interrupted stream got');
    assert.deepEqual(killedSession?.files.map((f) => [f.tapeFile, f.complete]), [[opened.position!.tapeFile!, true]]);

    server.signal('SIGTERM');
    assert.equal(await server.exited, 0);
    server = undefined;
  });

  it('on SIGTERM lets a running backup finish, refuses new work, and exits 0', async () => {
    server = await spawnServer(setup.confFile, ['--grace', '60']);
    const c = await connect(server.port, setup, 'hostTerm');
    const opened = await c.request({ openForWrite: { cartridgeSet: 0 } });
    const data = crypto.randomBytes(32 * CHUNK);
    const running = server;
    const source = async function* () {
      for (let i = 0; i < 32; i++) {
        if (i === 8) {
          running.signal('SIGTERM');
          await until('the server heard SIGTERM', () => /SIGTERM: finishing running sessions/.test(running.log()));
        }
        yield data.subarray(i * CHUNK, (i + 1) * CHUNK);
      }
    };
    await c.sendData({ write: {} }, source());
    const closed = await c.request({ close: {} });
    assert.equal(toNumber(closed.session!.bytes), data.length, 'the whole backup was written and acknowledged');
    // what runs may finish; nothing new starts
    await assert.rejects(c.request({ openForWrite: { cartridgeSet: 0 } }), (e: Error & { status?: number }) => e.status === afwire.Status.SHUTTING_DOWN);
    await c.goodbye();
    assert.equal(await running.exited, 0);
    assert.match(running.log(), /afserver stopped/);

    server = await spawnServer(setup.confFile);
    const r = await connect(server.port, setup, 'hostTerm');
    assert.ok((await restore(r, opened.position!.cartridge!, opened.position!.tapeFile!)).equals(data));
    await r.goodbye();
    assert.equal(catalogSessions(setup, 'hostTerm')[0]?.state, 'complete');
  });
});
