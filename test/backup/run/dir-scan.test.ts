// The directory scan the walk uses (fsx.scanDir through ScannedDir) must see exactly what lstat
// sees: the filelist's reference states were recorded from lstat, so any difference would make
// every entry look changed (or, worse, hide a change). Names keep their bytes.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { stateFromStats, stateSignature } from '../../../afclient/backup/change-detection.js';
import { ScannedDir } from '../../../afclient/backup/run/dir-scan.js';
import { walkBackupEntries } from '../../../afclient/backup/run/tree-walk.js';
import { errnoCode, fsx } from '../../../afclient/fsx.js';
import { CollectingReporter } from '../../../afclient/report.js';

function awkwardTree(): { root: string; cleanup: () => Promise<void> } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'afb-scan-'));
  const at = (n: string | Buffer): Buffer => Buffer.concat([Buffer.from(root + '/'), Buffer.from(n)]);
  fs.writeFileSync(at('file'), 'some bytes');
  fs.writeFileSync(at('empty'), '');
  fs.mkdirSync(at('dir'));
  fs.writeFileSync(at('dir/inner'), 'x'.repeat(5000));
  fs.symlinkSync('nowhere', at('dangling'));
  fs.symlinkSync('dir', at('dirlink'));
  fs.linkSync(at('file'), at('hardlink'));
  fsx.mkfifo(at('fifo'), 0o640);
  fs.writeFileSync(at(Buffer.from([0x61, 0xff, 0xfe, 0x20, 0x62])), 'not UTF-8');
  fs.writeFileSync(at('new\nline'), 'n');
  fs.writeFileSync(at('-dash and space'), 'd');
  fs.writeFileSync(at('Zeta'), 'z');
  fs.writeFileSync(at('ä'), 'u');
  fs.utimesSync(at('file'), new Date('1969-07-20T20:17:40Z'), new Date('1969-07-20T20:17:40.5Z'));
  const server = net.createServer().listen(path.join(root, 'sock'));
  return {
    root,
    cleanup: () =>
      new Promise((resolve) => {
        server.close(() => {
          fs.rmSync(root, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}

test('scanDir: names sorted bytewise with their bytes, and lstat state and signature of each', async (t) => {
  const { root, cleanup } = awkwardTree();
  t.after(cleanup);
  await new Promise((r) => setTimeout(r, 10)); // the socket is bound by then
  const dir = ScannedDir.read(Buffer.from(root).toString('latin1'));
  const expected = fs.readdirSync(root, { encoding: 'buffer' }).sort(Buffer.compare);
  assert.deepEqual(
    dir.names.map((n) => Buffer.from(n, 'latin1')),
    expected,
  );
  assert.equal(dir.signatures.length, expected.length);
  const types = new Set<string>();
  expected.forEach((name, i) => {
    const st = fs.lstatSync(Buffer.concat([Buffer.from(root + '/'), name]), { bigint: true });
    assert.equal(dir.error(i), undefined);
    assert.deepEqual(dir.state(i), stateFromStats(st), name.toString());
    assert.equal(dir.signatures[i], stateSignature(stateFromStats(st)), name.toString());
    assert.equal(dir.isDirectory(i), st.isDirectory());
    assert.equal(dir.dev(i), st.dev);
    types.add(dir.state(i).type);
  });
  assert.deepEqual([...types].sort(), ['directory', 'fifo', 'file', 'socket', 'symlink']);
  assert.ok(dir.has('dir') && dir.has('\x61\xff\xfe\x20\x62') && !dir.has('nothing') && !dir.has(''));
});

test('scanDir: an empty directory, a missing one, a file and a symlink to a directory', async (t) => {
  const { root, cleanup } = awkwardTree();
  t.after(cleanup);
  fs.mkdirSync(path.join(root, 'hollow'));
  const hollow = ScannedDir.read(path.join(root, 'hollow'));
  assert.deepEqual(hollow.names, []);
  assert.equal(hollow.has(''), false);
  const code = (p: string): string | undefined => {
    try {
      ScannedDir.read(p);
    } catch (e) {
      return errnoCode(e);
    }
    return undefined;
  };
  assert.equal(code(path.join(root, 'missing')), 'ENOENT');
  assert.equal(code(path.join(root, 'file')), 'ENOTDIR');
  assert.equal(code(path.join(root, 'x'.repeat(5000))), 'ENAMETOOLONG');
  // A directory replaced by a symlink between lstat and the scan is not followed.
  assert.match(code(path.join(root, 'dirlink')) ?? '', /^(ELOOP|ENOTDIR)$/);
});

test('the walk: items of scanned entries carry the state and signature lstat gives', async (t) => {
  const { root, cleanup } = awkwardTree();
  t.after(cleanup);
  const report = new CollectingReporter();
  const items = [...walkBackupEntries(root, ['.'], { filesToSkip: [], dirsToSkip: [], filesystemTypes: [] }, report)];
  assert.equal(report.problems, 0);
  // Depth-first, a directory after its contents, '.' last.
  assert.deepEqual(
    items.map((i) => i.key).slice(0, 5),
    ['-dash and space', 'Zeta', '\x61\xff\xfe\x20\x62', 'dangling', 'dir/inner'],
  );
  assert.equal(items.at(-1)!.key, '.');
  for (const item of items) {
    const st = fs.lstatSync(item.path, { bigint: true });
    assert.deepEqual(item.state, stateFromStats(st), item.key);
    assert.equal(item.signature, stateSignature(stateFromStats(st)), item.key);
    assert.ok(item.name.equals(Buffer.from(item.key, 'latin1')));
  }
  assert.ok(items.some((i) => i.name.equals(Buffer.from([0x61, 0xff, 0xfe, 0x20, 0x62]))));
});
