// afclient's server modes as a library, against a real afserver on 127.0.0.1: backing up a
// tree and reading it back, positions of entries, block-precise reads, queries, client
// messages, remote start, host failover and a wrong key.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { ArchiveReader, type WrittenEntry } from '../../../protocol/archive/index.js';
import { compare } from '../../../afclient/compare/compare.js';
import { CollectingReporter } from '../../../afclient/report.js';
import { unpack } from '../../../afclient/unpack/unpacker.js';
import { connectToServer } from '../../../afclient/remote/connection.js';
import { EntrySpool } from '../../../afclient/remote/entry-spool.js';
import { positionPrefix } from '../../../afclient/remote/positions.js';
import { backupHeaders, currentPosition, nextWritePosition, remoteStart, sendClientMessage, streamerState } from '../../../afclient/remote/queries.js';
import { readSession } from '../../../afclient/remote/read-session.js';
import { writeSession, type WriteSessionResult } from '../../../afclient/remote/write-session.js';
import { tempDir } from '../helpers.js';
import { makeRemoteTree, packer, startRemoteServer, type TestServer } from './remote-helpers.js';

const names = async (input: NodeJS.ReadableStream | AsyncIterable<Buffer>): Promise<string[]> => {
  const out: string[] = [];
  for await (const e of new ArchiveReader(input, { skipLeadingGarbage: true, workers: 0 }).entries()) {
    out.push(e.meta.name.toString());
    await e.skip();
  }
  return out;
};

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

describe('afclient server modes (library)', () => {
  let ts: TestServer;
  let work: ReturnType<typeof tempDir>;
  let written: WriteSessionResult;
  const entries: WrittenEntry[] = [];
  before(async () => {
    ts = await startRemoteServer();
    work = tempDir('afclient-remote-');
    makeRemoteTree(work.dir);
    const { client } = await connectToServer(ts.options());
    written = await writeSession(client, { cartridgeSet: 0, metadata: { purpose: 'remote library test' } }, packer(work.dir, ['tree'], (e) => entries.push(e)));
    await client.goodbye();
  });
  after(async () => {
    await ts.stop();
    work.cleanup();
  });

  it('writes a tree to the server and lists, extracts and compares it back', async () => {
    assert.ok(written.extents.length >= 3, `the session spans tape files (${written.extents.length})`);
    assert.equal(written.bytes, written.extents.reduce((n, e) => n + e.bytes, 0));
    const { client } = await connectToServer(ts.options());
    const start = { cartridgeSet: 0, cartridge: written.start.cartridge, tapeFile: written.start.tapeFile };
    const listed = await readSession(client, start, names);
    assert.deepEqual(listed, entries.map((e) => e.meta.name.toString()));

    const out = path.join(work.dir, 'out');
    fs.mkdirSync(out);
    const report = new CollectingReporter();
    const restored = await readSession(client, start, (input) =>
      unpack(new ArchiveReader(input, { skipLeadingGarbage: true }).entries(), { root: out, overwrite: false, wanted: () => true, report }),
    );
    assert.equal(restored.failed, 0, report.problemList.join('\n'));
    assert.equal(restored.restored, entries.length);
    const diffs: string[] = [];
    const differences = await readSession(client, start, (input) =>
      compare(new ArchiveReader(input, { skipLeadingGarbage: true }).entries(), { root: out, wanted: () => true, onDifference: (m, what) => diffs.push(`${m.name}: ${what}`) }),
    );
    assert.equal(differences, 0, diffs.join('\n'));
    fs.appendFileSync(path.join(out, 'tree/small.txt'), 'changed');
    const after = await readSession(client, start, (input) =>
      compare(new ArchiveReader(input, { skipLeadingGarbage: true }).entries(), { root: out, wanted: () => true, onDifference: (m, what) => diffs.push(`${m.name}: ${what}`) }),
    );
    assert.ok(after > 0 && diffs.some((d) => d.startsWith('tree/small.txt: size differs')), diffs.join('\n'));
    await client.goodbye();
  });

  it('maps stream offsets to the same locations as the server catalog', () => {
    const { catalog } = ts.server.context;
    const offsets = [0, written.bytes - 1, ...written.extents.flatMap((e) => [e.streamOffset, e.streamOffset + e.bytes - 1])];
    for (let i = 0; i < 300; i++) offsets.push(crypto.randomInt(written.bytes));
    for (const o of offsets) assert.deepEqual(written.map.locate(o), catalog.sessions.locate(written.sessionId, o), `offset ${o}`);
    assert.equal(written.map.locate(written.bytes), undefined);
  });

  it('reads block-precisely from the middle of a multi-tape-file session', async () => {
    const later = entries.filter((e) => {
      const loc = written.map.locate(e.streamOffset)!;
      return loc.block > 0 && (loc.cartridge !== written.start.cartridge || loc.tapeFile !== written.start.tapeFile);
    });
    assert.ok(later.length > 0, 'an entry starting in block 1 or later of a later tape file');
    const wanted = later[Math.floor(later.length / 2)]!;
    const loc = written.map.locate(wanted.streamOffset)!;
    const { client } = await connectToServer(ts.options());
    const got = await readSession(client, { cartridgeSet: 0, cartridge: loc.cartridge, tapeFile: loc.tapeFile, block: loc.block, offsetInBlock: loc.offsetInBlock }, names);
    const all = entries.map((e) => e.meta.name.toString());
    assert.deepEqual(got, all.slice(all.indexOf(wanted.meta.name.toString())));
    await client.goodbye();
  });

  it('prints afbackup verbose lines host%port!cart.file|uid~mtime: name from the spool', async () => {
    const spool = new EntrySpool();
    try {
      const { client, host, port } = await connectToServer(ts.options());
      const small = path.join(work.dir, 'small');
      fs.mkdirSync(path.join(small, 'd'), { recursive: true });
      fs.writeFileSync(path.join(small, 'd/x'), 'x');
      const r = await writeSession(client, { cartridgeSet: 0, newTapeFile: true }, packer(small, ['d'], spool.add));
      await client.goodbye();
      // -j left the tape file the session was opened in empty; the data went to the next one
      assert.equal(r.extents[0]!.bytes, 0);
      assert.equal(r.start.tapeFile, r.extents[1]!.tapeFile);
      const lines: string[] = [];
      await spool.replay(r.map, (loc, suffix) => void lines.push(`${positionPrefix(host, port, loc)}|${suffix}`));
      const st = fs.statSync(path.join(small, 'd/x'));
      assert.deepEqual(lines, [
        `127.0.0.1%${ts.server.port}!${r.start.cartridge}.${r.start.tapeFile}|${st.uid}~${Math.floor(st.mtimeMs / 1000)}: d/x`,
        `127.0.0.1%${ts.server.port}!${r.start.cartridge}.${r.start.tapeFile}|${st.uid}~${Math.floor(fs.statSync(path.join(small, 'd')).mtimeMs / 1000)}: d`,
      ]);
    } finally {
      spool.dispose();
    }
  });

  it('answers -q, -Q, -w and -I', async () => {
    const { client } = await connectToServer(ts.options());
    assert.match(await currentPosition(client), /^\d+\.\d+$/);
    const last = written.extents.at(-1)!;
    const next = await nextWritePosition(client, 0);
    const [cart, file] = next.split('.').map(Number);
    assert.ok(cart! > last.cartridge || (cart === last.cartridge && file! > last.tapeFile), `next write ${next} after ${last.cartridge}.${last.tapeFile}`);
    const st = await streamerState(client);
    assert.match(st.state, /^(READY|BUSY|DEVINUSE|UNAVAIL|UNLOADED)(\+CHANGEABLE)?$/);
    assert.ok(st.detail.length > 0);
    const headers = await backupHeaders(client, written.start.cartridge);
    const mine = headers.find((h) => h.startsWith(`${written.start.cartridge}.${written.start.tapeFile}: `));
    assert.ok(mine, headers.join('\n'));
    assert.match(mine, /remote library test/, 'the session metadata is in the tape file header');
    await assert.rejects(backupHeaders(client, 0), /needs the cartridge/);
    await client.goodbye();
  });

  it('sends -M client messages; malformed ones get a clear error', async () => {
    const { client } = await connectToServer(ts.options());
    assert.match(await sendClientMessage(client, `PreciousTapes: ${written.start.cartridge}`), /kept for remote-test/);
    assert.match(await sendClientMessage(client, `ReuseTapes: ${written.start.cartridge}`), /released/);
    await assert.rejects(sendClientMessage(client, 'PreciousTapes: x'), /'x' is not a cartridge number/);
    await assert.rejects(sendClientMessage(client, 'Hello: 1'), /not a client message/);
    await assert.rejects(sendClientMessage(client, 'DeleteClient: someone-else'), /may only delete itself/);
    await client.goodbye();
  });

  it('starts a program of Program-Directory with -X and passes on its output and exit status', async () => {
    fs.writeFileSync(path.join(ts.programs, 'hello'), '#!/bin/sh\necho "hello $1 $2"\necho oops >&2\nexit 3\n', { mode: 0o755 });
    const { client } = await connectToServer(ts.options());
    const out = new PassThrough();
    let text = '';
    out.on('data', (d: Buffer) => (text += d));
    const r = await remoteStart(client, 'hello "big world" x', out);
    assert.equal(r.exitCode, 3);
    assert.match(text, /hello big world x\n/);
    assert.match(text, /oops/);
    await assert.rejects(remoteStart(client, 'missing', out), /no program 'missing'/);
    await assert.rejects(remoteStart(client, '../bin/sh', out), /not a program name/);
    await client.goodbye();
  });

  it('fails over to the next host when the first refuses, and names each failure when all do', async () => {
    const dead = await freePort();
    const s = await connectToServer(ts.options({ hosts: ['127.0.0.1', '127.0.0.1'], ports: [dead, ts.server.port] }));
    assert.equal(s.port, ts.server.port);
    await s.client.goodbye();
    await assert.rejects(
      connectToServer(ts.options({ hosts: ['127.0.0.1', 'localhost'], ports: [dead, dead] })),
      (e: Error) => {
        assert.match(e.message, /no server available; tried 2 hosts/);
        assert.match(e.message, new RegExp(`cannot reach the server at 127\\.0\\.0\\.1:${dead} \\(ECONNREFUSED\\); is afserver running\\?`));
        assert.match(e.message, new RegExp(`localhost:${dead}`));
        return true;
      },
    );
  });

  it('says what to check when the key is wrong or unusable', async () => {
    const wrong = path.join(work.dir, 'wrong.key');
    fs.writeFileSync(wrong, crypto.randomBytes(32).toString('base64'), { mode: 0o600 });
    await assert.rejects(connectToServer(ts.options({ keyFile: wrong })), /authentication failed at 127\.0\.0\.1:\d+: check that the key file matches the server's/);
    fs.chmodSync(wrong, 0o644);
    await assert.rejects(connectToServer(ts.options({ keyFile: wrong })), /readable by others; chmod 600/);
    await assert.rejects(connectToServer(ts.options({ keyFile: '' })), /no key file given: use -k KEYFILE/);
  });
});
