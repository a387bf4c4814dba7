// runRemote, the dispatcher afclient's command line calls with -h: every mode against a real
// afserver, with the archive modes of the test standing in for afclient's own.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { ArchiveReader } from '../../../protocol/archive/index.js';
import { connectToServer } from '../../../afclient/remote/connection.js';
import { remoteOptionsOf, type RemoteArgv } from '../../../afclient/remote/remote-args.js';
import { runRemote, type LocalModes, type RemoteMode } from '../../../afclient/remote/run-remote.js';
import { writeSession } from '../../../afclient/remote/write-session.js';
import { tempDir } from '../helpers.js';
import { makeRemoteTree, packer, startRemoteServer, type TestServer } from './remote-helpers.js';

describe('runRemote', () => {
  let ts: TestServer;
  let work: ReturnType<typeof tempDir>;
  before(async () => {
    ts = await startRemoteServer();
    work = tempDir('afclient-run-remote-');
    makeRemoteTree(work.dir, 200_000);
  });
  after(async () => {
    await ts.stop();
    work.cleanup();
  });

  const local: LocalModes = {
    create: (sink, onWritten) => packer(work.dir, ['tree'], onWritten)(sink),
    async read(input) {
      const listed: string[] = [];
      for await (const e of new ArchiveReader(input, { skipLeadingGarbage: true, workers: 0 }).entries()) {
        listed.push(e.meta.name.toString());
        await e.skip();
      }
      lastListing = listed;
      return 0;
    },
  };
  let lastListing: string[] = [];

  async function run(mode: RemoteMode, argv: RemoteArgv, verbose = false): Promise<{ text: string; exitCode: number | undefined }> {
    const out = new PassThrough();
    let text = '';
    out.on('data', (d: Buffer) => (text += d));
    const r = remoteOptionsOf({ h: '127.0.0.1', p: String(ts.server.port), k: ts.setup.keyFile, W: 'run-remote', ...argv })!;
    const outcome = await runRemote(mode, r, local, { verbose, out });
    return { text, exitCode: outcome.exitCode };
  }

  it('-c -v prints host%port!cart.file|uid~mtime: name per entry; -t reads it back from there', async () => {
    const before = (await run('write-position', {})).text.trim();
    const { text } = await run('create', {}, true);
    const lines = text.trim().split('\n');
    assert.ok(lines.length > 10);
    const prefix = new RegExp(`^127\\.0\\.0\\.1%${ts.server.port}!(\\d+)\\.(\\d+)\\|\\d+~\\d+: tree`);
    for (const l of lines) assert.match(l, prefix);
    assert.ok(lines[0]!.includes(`!${before}|`), `the first entry is where the write position was (${before}): ${lines[0]}`);
    assert.ok(new Set(lines.map((l) => prefix.exec(l)![2])).size > 1, 'entries in several tape files');
    const [cart, file] = before.split('.').map(Number);
    await run('list', { cartridge: cart, F: file });
    assert.deepEqual(lastListing, lines.map((l) => l.slice(l.indexOf(': ') + 2)));
    // from a later tape file: the listing starts at the first entry whose record begins there
    const later = lines.find((l) => !l.includes(`!${before}|`))!;
    const [c2, f2] = prefix.exec(later)!.slice(1).map(Number);
    await run('list', { cartridge: c2, F: f2 });
    const names = lines.map((l) => l.slice(l.indexOf(': ') + 2));
    assert.deepEqual(lastListing, names.slice(names.indexOf(later.slice(later.indexOf(': ') + 2))));
  });

  it('-c -G starts the backup on another cartridge', async () => {
    const [cart] = (await run('write-position', {})).text.trim().split('.').map(Number);
    const { text } = await run('create', { G: true }, true);
    const first = /!(\d+)\.(\d+)\|/.exec(text)!;
    assert.notEqual(Number(first[1]), cart);
    await run('list', { cartridge: Number(first[1]), F: Number(first[2]) });
    assert.equal(lastListing.length, text.trim().split('\n').length);
  });

  it('-q, -Q, -w, -I and -M print their answers', async () => {
    assert.match((await run('position', {})).text, /^\d+\.\d+\n$/);
    assert.match((await run('write-position', {})).text, /^\d+\.\d+\n$/);
    assert.match((await run('streamer-state', {})).text, /^(READY|BUSY|UNLOADED|DEVINUSE|UNAVAIL)(\+CHANGEABLE)?\n.+\n$/);
    const headers = (await run('headers', { cartridge: 1 })).text;
    assert.match(headers, /^1\.\d+: \{/m);
    assert.match((await run('message', { M: 'PreciousTapes: 1' })).text, /cartridges 1 are kept for run-remote/);
  });

  it('-X passes on the program output and its exit status', async () => {
    fs.writeFileSync(path.join(ts.programs, 'fail7'), '#!/bin/sh\necho "ran with $#"\nexit 7\n', { mode: 0o755 });
    const r = await run('remote-start', { X: 'fail7 a b' });
    assert.equal(r.text, 'ran with 2\n');
    assert.equal(r.exitCode, 7);
    fs.writeFileSync(path.join(ts.programs, 'killed'), '#!/bin/sh\nkill -TERM $$\n', { mode: 0o755 });
    assert.equal((await run('remote-start', { X: 'killed' })).exitCode, 128 + 15);
  });

  it('a packer that fails mid-backup leaves the session incomplete and the drive free', async () => {
    const { client } = await connectToServer(remoteOptionsOf({ h: '127.0.0.1', p: String(ts.server.port), k: ts.setup.keyFile, W: 'run-remote' })!.server);
    await assert.rejects(
      writeSession(client, { cartridgeSet: 0 }, async (sink) => {
        await sink(Buffer.alloc(100_000, 1));
        throw new Error('the disk went away');
      }),
      /the disk went away/,
    );
    // the next backup goes on (it gets the drive once the failed session is closed)
    assert.equal((await run('create', {})).exitCode, undefined);
    const { sessions } = ts.server.context.catalog;
    const mine = [];
    for (let id = 1; sessions.get(id); id++) if (sessions.get(id)!.clientId === 'run-remote') mine.push(sessions.get(id)!.state);
    assert.deepEqual(mine.slice(-2), ['incomplete', 'complete']);
  });
});
