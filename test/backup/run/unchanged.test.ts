// An incremental after a full, with nothing touched in between, saves nothing, whatever the
// entries are (symbolic links, FIFOs, hard links, names that are not UTF-8, times before 1970):
// the states the full recorded (the packer's lstat, through the filelist) and the states the
// walk's directory scan reads must compare equal. Only an entry recorded as unstable (its mtime
// in the second the run started, or later) is saved again, by every run.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { fsx } from '../../../afclient/fsx.js';
import { backupWorld, filelistState, full, incr, nextSecond, writeFiles } from './helpers.js';

const counts = (stdout: string): string => /^Entries walked:\s+(.*)$/m.exec(stdout)?.[1] ?? stdout;

test('an incremental of an untouched tree saves only what was unstable', async () => {
  const w = await backupWorld();
  try {
    writeFiles(w, { 'a.txt': 'a', 'sub/b.txt': 'b', 'sub/deeper/c.txt': 'c', 'empty': '' });
    const at = (n: string | Buffer): Buffer => Buffer.concat([Buffer.from(w.tree + '/'), Buffer.from(n)]);
    fs.symlinkSync('nowhere', at('dangling'));
    fs.symlinkSync('sub', at('sublink'));
    fs.linkSync(at('a.txt'), at('sub/a-again.txt'));
    fsx.mkfifo(at('fifo'), 0o644);
    fs.mkdirSync(at('hollow'));
    fs.writeFileSync(at(Buffer.from([0x6c, 0x61, 0x74, 0x69, 0x6e, 0xe9])), 'latin1 name');
    fs.writeFileSync(at('1969.txt'), 'old');
    fs.utimesSync(at('1969.txt'), new Date('1969-07-20T20:17:40Z'), new Date('1969-07-20T20:17:40Z'));
    // An mtime in the future lies in (after) every run's start second: always unstable.
    fs.writeFileSync(at('future.txt'), 'later');
    fs.utimesSync(at('future.txt'), new Date('2100-01-01T00:00:00Z'), new Date('2100-01-01T00:00:00Z'));
    await nextSecond();

    const r1 = await full(w, '-v');
    assert.equal(r1.code, 0, r1.stderr);
    await nextSecond();
    const r2 = await incr(w, '-v');
    assert.equal(r2.code, 0, r2.stderr);
    assert.match(counts(r2.stdout), /^0 new, 0 changed, 1 unstable, \d+ unchanged$/);
    const st = filelistState(w);
    assert.deepEqual(st.saved(2), ['future.txt']);
    assert.deepEqual(st.deleted(2), []);

    // A second incremental compares with the full and the first incremental together.
    fs.rmSync(path.join(w.tree, 'sub/deeper/c.txt'));
    await nextSecond();
    const r3 = await incr(w, '-v');
    assert.equal(r3.code, 0, r3.stderr);
    assert.match(counts(r3.stdout), /^0 new, 1 changed, 1 unstable, \d+ unchanged$/, 'sub/deeper lost an entry');
    assert.deepEqual(filelistState(w).deleted(3), ['sub/deeper/c.txt']);
  } finally {
    await w.close();
  }
});
