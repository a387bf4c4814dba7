// The native extended-attribute listing: short lists take one system call, long ones are sized
// first; both must give every name, whatever side of the short buffer the list falls on.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fsx } from '../../afclient/fsx.js';

describe('fsx.llistxattr', () => {
  let dir = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'afbackup-xattr-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const withNames = (file: string, count: number): string[] => {
    const p = path.join(dir, file);
    fs.writeFileSync(p, 'x');
    const names = Array.from({ length: count }, (_, i) => `user.attribute-with-a-long-name-${String(i).padStart(4, '0')}`);
    for (const n of names) fsx.lsetxattr(p, n, Buffer.from('v'));
    return names;
  };

  it('lists no names, a few names, and a list longer than the one-call buffer', (t) => {
    const probe = path.join(dir, '.probe');
    fs.writeFileSync(probe, '');
    try {
      fsx.lsetxattr(probe, 'user.probe', Buffer.from('1'));
    } catch (e) {
      t.skip(`this file system takes no user xattrs (${(e as Error).message})`);
      return;
    }
    fs.writeFileSync(path.join(dir, 'none'), '');
    assert.deepEqual(fsx.llistxattr(path.join(dir, 'none')).filter((n) => n.startsWith('user.')), []);
    const few = withNames('few', 3);
    assert.deepEqual(fsx.llistxattr(path.join(dir, 'few')).filter((n) => n.startsWith('user.')).sort(), few);
    // 32 names of 41 bytes with their NULs: 1.3 KB, past the 1 KiB a single call reads into.
    const many = withNames('many', 32);
    assert.deepEqual(fsx.llistxattr(path.join(dir, 'many')).filter((n) => n.startsWith('user.')).sort(), many);
  });

  it('names the path when the file is missing', () => {
    const missing = path.join(dir, 'missing');
    assert.throws(() => fsx.llistxattr(missing), (e: NodeJS.ErrnoException) => e.code === 'ENOENT' && e.message.includes(missing));
  });
});
