// The packer's lstat (lstatEntry, native/fsx-lstat.h): the same state node:fs's lstat gives for
// every entry type, the same error when it fails, and whether an entry has extended attributes.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { lstatEntry, statOf } from '../../afclient/pack/entry-stat.js';
import { fsx } from '../../afclient/fsx.js';
import { tempDir } from './helpers.js';

test('lstatEntry gives what statOf makes of fs.lstatSync, for every entry type', () => {
  const { dir, cleanup } = tempDir();
  try {
    const p = (n: string): string => path.join(dir, n);
    fs.writeFileSync(p('file'), 'x'.repeat(5000));
    fs.linkSync(p('file'), p('link2'));
    fs.mkdirSync(p('dir'));
    fs.symlinkSync('file', p('sym'));
    fs.writeFileSync(p('sparse'), '');
    fs.truncateSync(p('sparse'), 1 << 20);
    fsx.mkfifo(p('fifo'), 0o640);
    fs.chmodSync(p('file'), 0o4751);
    const names = ['file', 'link2', 'dir', 'sym', 'sparse', 'fifo'];
    const paths = [...names.map(p), '/dev/null', '/dev/zero'];
    for (const q of paths) {
      const got = lstatEntry(Buffer.from(q));
      const want = statOf(fs.lstatSync(q, { bigint: true }));
      // Whether there are attributes is only known to lstatEntry (statOf: "list them").
      assert.deepEqual({ ...got, xattrs: true }, want, q);
    }
    assert.equal(lstatEntry(Buffer.from(p('dir'))).type, 'directory');
    assert.equal(lstatEntry(Buffer.from(p('sym'))).type, 'symlink');
    assert.equal(lstatEntry(Buffer.from(p('fifo'))).type, 'fifo');
    assert.equal(lstatEntry(Buffer.from(p('link2'))).nlink, 2);
    assert.equal(lstatEntry(Buffer.from(p('file'))).mode & 0o7777, 0o4751);
    const dev = lstatEntry(Buffer.from('/dev/null'));
    assert.equal(dev.type, 'chardev');
    assert.deepEqual([dev.devMajor, dev.devMinor], [1, 3]);
  } finally {
    cleanup();
  }
});

test('lstatEntry gives times beyond 64-bit nanoseconds exactly, as fs.lstatSync does', () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = path.join(dir, 'far');
    fs.writeFileSync(file, 'x');
    // 2300-01-01 and 2400-01-01: seconds * 10^9 overflows an int64 (ext4 keeps times to 2446;
    // node:fs sets no time before 1970, the other side of the range).
    for (const seconds of [10_413_792_000, 13_569_465_600]) {
      fs.utimesSync(file, seconds, seconds);
      const got = lstatEntry(Buffer.from(file));
      assert.equal(got.mtimeNs, BigInt(seconds) * 1_000_000_000n);
      assert.equal(got.atimeNs, BigInt(seconds) * 1_000_000_000n);
      assert.deepEqual(got, statOf(fs.lstatSync(file, { bigint: true })));
    }
  } finally {
    cleanup();
  }
});

test('lstatEntry fails as fs.lstatSync does', () => {
  const { dir, cleanup } = tempDir();
  try {
    fs.writeFileSync(path.join(dir, 'f'), '');
    const cases = [path.join(dir, 'missing'), path.join(dir, 'f', 'below-a-file'), `${dir}/${'n'.repeat(300)}`, `${dir}/${'d/'.repeat(2100)}x`];
    for (const q of cases) {
      let want: NodeJS.ErrnoException | undefined;
      try {
        fs.lstatSync(q, { bigint: true });
      } catch (err) {
        want = err as NodeJS.ErrnoException;
      }
      assert.ok(want, q);
      assert.throws(
        () => lstatEntry(Buffer.from(q)),
        (err: NodeJS.ErrnoException) => {
          assert.deepEqual([err.message, err.code, err.errno, err.syscall, err.path], [want.message, want.code, want.errno, want.syscall, want.path]);
          return true;
        },
        q,
      );
    }
  } finally {
    cleanup();
  }
});

test('lstatEntry tells whether an entry has extended attributes', (t) => {
  const { dir, cleanup } = tempDir();
  try {
    const p = path.join(dir, 'f');
    fs.writeFileSync(p, '');
    if (fsx.llistxattr(p).length > 0) {
      t.skip('files here have attributes of the file system (security labels)');
      return;
    }
    assert.equal(lstatEntry(Buffer.from(p)).xattrs, false);
    try {
      fsx.lsetxattr(p, 'user.probe', Buffer.from('1'));
    } catch (e) {
      t.skip(`this file system takes no user xattrs (${(e as Error).message})`);
      return;
    }
    assert.equal(lstatEntry(Buffer.from(p)).xattrs, true);
    // More names than the first list call has room for: still "has some".
    for (let i = 0; i < 40; i++) fsx.lsetxattr(p, `user.attribute-with-a-long-name-${String(i).padStart(4, '0')}`, Buffer.from('v'));
    assert.equal(lstatEntry(Buffer.from(p)).xattrs, true);
  } finally {
    cleanup();
  }
});
