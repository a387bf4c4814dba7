// afclient -h end to end: the real program (a child process) against an afserver running in
// this process, so the children are started asynchronously (a synchronous spawn would stop the
// server they talk to).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers.js';
import { makeRemoteTree, startRemoteServer, type TestServer } from './remote-helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CLI = ['--import', 'tsx', path.join(root, 'afclient/cli.ts')];

function afclient(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('afclient -h (the program)', () => {
  let ts: TestServer;
  let work: ReturnType<typeof tempDir>;
  let server: string[];
  before(async () => {
    ts = await startRemoteServer();
    work = tempDir('afclient-cli-remote-');
    makeRemoteTree(work.dir, 250_000);
    server = ['-h', '127.0.0.1', '-p', String(ts.server.port), '-k', ts.setup.keyFile, '-W', 'cli-client'];
  });
  after(async () => {
    await ts.stop();
    work.cleanup();
  });

  it('backs up with -c -v, then lists, extracts and compares from the position it printed', async () => {
    const c = await afclient(['-c', '-v', ...server, '-C', work.dir, 'tree']);
    assert.equal(c.status, 0, c.stderr);
    const lines = c.stdout.trim().split('\n');
    const first = new RegExp(`^127\\.0\\.0\\.1%${ts.server.port}!(\\d+)\\.(\\d+)\\|\\d+~\\d+: tree/`).exec(lines[0]!);
    assert.ok(first, lines[0]);
    const at = ['--cartridge', first[1]!, '-F', first[2]!];
    const t = await afclient(['-t', ...server, ...at]);
    assert.equal(t.status, 0, t.stderr);
    assert.deepEqual(t.stdout.trim().split('\n'), lines.map((l) => l.slice(l.indexOf(': ') + 2)));
    const out = path.join(work.dir, 'out');
    fs.mkdirSync(out);
    const x = await afclient(['-x', ...server, ...at, '-C', out]);
    assert.equal(x.status, 0, x.stderr);
    assert.ok(fs.readFileSync(path.join(out, 'tree/small.txt')).equals(fs.readFileSync(path.join(work.dir, 'tree/small.txt'))));
    const d = await afclient(['-d', ...server, ...at, '-C', out]);
    assert.equal(d.status, 0, d.stdout + d.stderr);
    fs.appendFileSync(path.join(out, 'tree/small.txt'), 'more');
    const d2 = await afclient(['-d', ...server, ...at, '-C', out, 'tree/small.txt']);
    assert.equal(d2.status, 1);
    assert.match(d2.stdout, /^tree\/small\.txt: size differs/m);
  });

  it('answers -q, -Q, -w, -I, -M and passes on the exit status of -X', async () => {
    assert.match((await afclient(['-q', ...server])).stdout, /^\d+\.\d+\n$/);
    assert.match((await afclient(['-Q', ...server])).stdout, /^\d+\.\d+\n$/);
    assert.match((await afclient(['-w', ...server])).stdout, /^(READY|BUSY|UNLOADED|DEVINUSE|UNAVAIL)(\+CHANGEABLE)?\n/);
    const headers = await afclient(['-I', ...server, '--cartridge', '1']);
    assert.equal(headers.status, 0, headers.stderr);
    const m = await afclient(['-M', 'PreciousTapes: 1', ...server]);
    assert.equal(m.status, 0, m.stderr);
    assert.match(m.stdout, /cartridges 1 are kept for cli-client/);
    fs.writeFileSync(path.join(ts.programs, 'exit5'), '#!/bin/sh\necho "args: $*"\nexit 5\n', { mode: 0o755 });
    const x = await afclient(['-X', 'exit5 one two', ...server]);
    assert.equal(x.status, 5);
    assert.equal(x.stdout, 'args: one two\n');
    const missing = await afclient(['-X', 'nothere', ...server]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /^afclient: no program 'nothere' in Program-Directory/);
  });

  it('says what went wrong: no server, wrong key, server options without -h', async () => {
    const s = net.createServer();
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    const dead = (s.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => s.close(() => resolve()));
    const refused = await afclient(['-q', '-h', '127.0.0.1', '-p', String(dead), '-k', ts.setup.keyFile]);
    assert.equal(refused.status, 2);
    assert.equal(refused.stderr, `afclient: cannot reach the server at 127.0.0.1:${dead} (ECONNREFUSED); is afserver running?\n`);
    const wrong = path.join(work.dir, 'wrong.key');
    fs.writeFileSync(wrong, crypto.randomBytes(32).toString('base64'), { mode: 0o600 });
    const auth = await afclient(['-q', '-h', '127.0.0.1', '-p', String(ts.server.port), '-k', wrong]);
    assert.equal(auth.status, 2);
    assert.match(auth.stderr, /^afclient: authentication failed at 127\.0\.0\.1:\d+: check that the key file matches the server's/);
    const usage = await afclient(['-q', '-k', ts.setup.keyFile]);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /-q asks an afbackup server: give the server with -h HOST|-k is for talking to an afbackup server/);
    const both = await afclient(['-t', '-f', 'x', ...server]);
    assert.match(both.stderr, /-f and -h exclude each other/);
  });
});
