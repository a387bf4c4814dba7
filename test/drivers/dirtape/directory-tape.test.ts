import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { DirectoryTape, openDirectoryTape } from '../../../drivers/dirtape/directory-tape.js';
import { isTapeError } from '../../../drivers/tape/tape-error.js';

let dir = '';
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'af-dirtape-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const rec = (n: number, fill: number): Buffer => Buffer.alloc(n, fill);
const buf = (): Buffer => Buffer.alloc(1 << 16);
const errno = (code: string) => (e: unknown) => isTapeError(e) && e.code === code;

async function readAll(t: DirectoryTape): Promise<(string | number)[]> {
  const out: (string | number)[] = [];
  const b = buf();
  for (;;) {
    try {
      const n = await t.read(b);
      out.push(n === 0 ? 'FM' : n);
    } catch (e) {
      if (isTapeError(e, 'EIO')) return out;
      throw e;
    }
  }
}

test('records land in data.N with their boundaries; cat data.N gives the payloads', async () => {
  const t = await openDirectoryTape(dir);
  await t.write(rec(500, 1)); // label
  await t.op('weof');
  await t.write(rec(3, 2));
  await t.write(rec(7, 3));
  await t.write(rec(7, 4));
  await t.close(); // writes the closing filemark
  assert.deepEqual(fs.readdirSync(dir).filter((f) => f.startsWith('data.')).sort(), ['data.0', 'data.1', 'data.2']);
  assert.deepEqual(fs.readFileSync(path.join(dir, 'data.1')), Buffer.concat([rec(3, 2), rec(7, 3), rec(7, 4)]));
  assert.equal(fs.statSync(path.join(dir, 'data.2')).size, 0);
  assert.equal(fs.readFileSync(path.join(dir, 'records.1'), 'utf8'), 'afbackup-dirtape-records 1\n3 1\n7 2\n');

  const r = await openDirectoryTape(dir);
  assert.deepEqual(await readAll(r), [500, 'FM', 3, 7, 7, 'FM', 'FM']);
  await r.close();
});

test('read semantics: second zero, EIO after, ENOMEM loses the record, EINVAL below minimum', async () => {
  const t = await openDirectoryTape(dir, { minBlock: 2 });
  await t.write(rec(10, 1));
  await t.write(rec(20, 2));
  await t.op('weof');
  await t.op('rewind');
  await assert.rejects(t.read(Buffer.alloc(1)), errno('EINVAL'));
  await assert.rejects(t.read(Buffer.alloc(5)), errno('ENOMEM'));
  const b = buf();
  assert.equal(await t.read(b), 20);
  assert.equal(b[0], 2);
  assert.equal(await t.read(b), 0);
  let s = await t.status();
  assert.equal(s.fileNumber, 1);
  assert.equal(s.blockNumber, 0);
  assert.ok(s.eof);
  assert.equal(await t.read(b), 0);
  await assert.rejects(t.read(b), errno('EIO'));
  s = await t.status();
  assert.ok(s.eod);
  await t.close();
});

test('positioning: fsf, bsf, fsfm, bsfm, fsr, bsr, eom, tell and seek over tape files', async () => {
  const t = await openDirectoryTape(dir);
  for (const n of [3, 2, 1]) {
    for (let i = 0; i < n; i++) await t.write(rec(100 + i, n));
    await t.op('weof');
  }
  // tape: r r r FM r r FM r FM EOD  (addresses 0..8, EOD at 9)
  assert.equal(await t.tell(), 9);
  await t.op('rewind');
  await t.op('fsf', 2);
  assert.equal(await t.tell(), 7);
  assert.deepEqual([(await t.status()).fileNumber, (await t.status()).blockNumber], [2, 0]);
  await t.op('bsf', 1);
  assert.equal(await t.tell(), 6);
  assert.deepEqual([(await t.status()).fileNumber, (await t.status()).blockNumber], [1, -1]);
  assert.equal(await t.read(buf()), 0);
  await t.op('rewind');
  await t.op('fsfm', 1);
  assert.equal(await t.tell(), 3);
  assert.equal(await t.read(buf()), 0);
  await t.op('bsfm', 1);
  assert.equal(await t.tell(), 4);
  await t.op('rewind');
  await assert.rejects(t.op('fsr', 4), errno('EIO'));
  assert.equal(await t.tell(), 4);
  assert.equal((await t.status()).fileNumber, 1);
  await t.op('fsr', 1);
  await assert.rejects(t.op('bsr', 2), errno('EIO'));
  assert.equal(await t.tell(), 3);
  await t.op('rewind');
  await assert.rejects(t.op('bsr'), errno('EIO'));
  await assert.rejects(t.op('bsf'), errno('EIO'));
  assert.ok((await t.status()).bot);
  await t.op('eom');
  assert.equal(await t.tell(), 9);
  assert.deepEqual([(await t.status()).fileNumber, (await t.status()).blockNumber, (await t.status()).eod], [3, -1, true]);
  await assert.rejects(t.op('fsf'), errno('EIO'));
  await t.op('seek', 5);
  assert.deepEqual([(await t.status()).fileNumber, (await t.status()).blockNumber], [-1, -1]);
  assert.equal(await t.read(buf()), 101);
  await assert.rejects(t.op('seek', 10), errno('EIO'));
  await t.close();
});

test('writing after positioning truncates: later data.N files go away', async () => {
  const t = await openDirectoryTape(dir);
  for (let f = 0; f < 4; f++) {
    await t.write(rec(50, f));
    await t.write(rec(60, f));
    await t.op('weof');
  }
  await t.op('rewind');
  await t.op('fsf', 1);
  await t.op('fsr', 1);
  await t.write(rec(9, 9));
  await t.close();
  assert.deepEqual(fs.readdirSync(dir).filter((f) => /^(data|records)\./.test(f)).sort(), ['data.0', 'data.1', 'data.2', 'records.0', 'records.1', 'records.2']);
  assert.equal(fs.statSync(path.join(dir, 'data.1')).size, 59);
  const r = await openDirectoryTape(dir);
  assert.deepEqual(await readAll(r), [50, 60, 'FM', 50, 9, 'FM', 'FM']);
  await r.close();
});

test('close after a write writes one filemark, not after weof or a read; rewind after write writes one', async () => {
  let t = await openDirectoryTape(dir);
  await t.write(rec(10, 1));
  await t.op('weof');
  await t.close();
  t = await openDirectoryTape(dir);
  assert.deepEqual(await readAll(t), [10, 'FM', 'FM']);
  await t.op('eom');
  await t.write(rec(11, 1));
  await t.op('rewind');
  assert.deepEqual(await readAll(t), [10, 'FM', 11, 'FM', 'FM']);
  await t.op('eom');
  await t.write(rec(12, 1));
  await assert.rejects(t.read(buf()), errno('EIO'));
  await t.close();
  t = await openDirectoryTape(dir);
  assert.deepEqual(await readAll(t), [10, 'FM', 11, 'FM', 12]);
  await t.close();
});

test('an index lost in a crash or a legacy afbackup tape file is read back', async () => {
  let t = await openDirectoryTape(dir);
  await t.write(rec(4096, 1));
  await t.write(rec(4096, 2));
  await t.write(rec(100, 3));
  await t.close();
  // A crash after two more records reached data.0 but before records.0 was rewritten:
  fs.appendFileSync(path.join(dir, 'data.0'), Buffer.concat([rec(100, 4), rec(100, 5)]));
  // afbackup 3.5.8 wrote data.1 itself, in 512-byte blocks, with no index:
  fs.writeFileSync(path.join(dir, 'data.1'), rec(1024 + 10, 6));
  fs.rmSync(path.join(dir, 'records.1'), { force: true });
  t = await openDirectoryTape(dir, { recordSizeWithoutIndex: 512 });
  assert.deepEqual(await readAll(t), [4096, 4096, 100, 100, 100, 'FM', 512, 512, 10]);
  await t.close();
  assert.equal(fs.readFileSync(path.join(dir, 'records.0'), 'utf8'), 'afbackup-dirtape-records 1\n4096 2\n100 3\n');
  // An index that claims more than data.N holds is cut back to what is there.
  fs.truncateSync(path.join(dir, 'data.0'), 4096 + 50);
  t = await openDirectoryTape(dir);
  assert.deepEqual((await readAll(t)).slice(0, 3), [4096, 50, 'FM']);
  await t.close();
});

for (const mode of ['write-lands', 'write-rejected'] as const) {
  test(`early warning (${mode}): ENOSPC, then alternate, then the physical end`, async () => {
    const t = await openDirectoryTape(dir, { capacityBytes: 1000, earlyWarningBytes: 300, earlyWarning: mode });
    for (let i = 0; i < 7; i++) assert.equal(await t.write(rec(100, i)), 100);
    assert.equal(await t.tell(), 7);
    await assert.rejects(t.write(rec(100, 7)), errno('ENOSPC'));
    assert.equal(await t.tell(), mode === 'write-lands' ? 8 : 7);
    assert.ok((await t.status()).earlyWarning || mode === 'write-rejected');
    const landed: boolean[] = [];
    for (let i = 0; i < 4; i++) {
      try {
        await t.write(rec(100, 8));
        landed.push(true);
      } catch (e) {
        assert.ok(isTapeError(e, 'ENOSPC'));
        landed.push(false);
      }
    }
    assert.deepEqual(landed, mode === 'write-lands' ? [false, true, false, true] : [true, false, true, false]);
    if (mode === 'write-rejected') assert.equal(await t.write(rec(100, 8)), 100);
    assert.equal(await t.tell(), 10);
    await assert.rejects(t.write(rec(100, 9)), errno('ENOSPC'));
    // No room for a filemark at the physical end: weof and the closing filemark fail as on st.
    await assert.rejects(t.op('weof'), errno('EIO'));
    await assert.rejects(t.close(), errno('EIO'));
    assert.ok(!fs.existsSync(path.join(dir, '.lock')));
  });
}

test('fixed block mode: multiples of the block size, whole blocks on read, short write at the end', async () => {
  const t = await openDirectoryTape(dir, { capacityBytes: 10 * 512, earlyWarningBytes: 0 });
  await t.op('setblk', 512);
  await assert.rejects(t.write(rec(700, 1)), errno('EINVAL'));
  assert.equal(await t.write(rec(2048, 1)), 2048);
  assert.equal(await t.tell(), 4);
  assert.equal(await t.write(rec(4096, 2)), 3072);
  // No room for a filemark now; a read makes the last operation a read, so none is due.
  await assert.rejects(t.read(Buffer.alloc(512)), errno('EIO'));
  await t.op('rewind');
  const got = Buffer.alloc(1500);
  assert.equal(await t.read(got), 1500);
  assert.equal((await t.status()).blockNumber, 3); // the third block is partly handed out
  assert.deepEqual(got, rec(1500, 1));
  assert.equal(await t.read(Buffer.alloc(1000)), 1000);
  assert.equal(await t.tell(), 5);
  await t.op('setblk', 0);
  assert.equal(await t.read(Buffer.alloc(512)), 512); // variable mode: one block is one record
  await t.close();
});

test('write protection, a second opener, offline/load, erase', async () => {
  let t = await openDirectoryTape(dir);
  await t.write(rec(10, 1));
  await assert.rejects(openDirectoryTape(dir), errno('EBUSY'));
  await t.op('offline');
  let s = await t.status();
  assert.ok(s.doorOpen && !s.online);
  await assert.rejects(t.read(buf()), errno('EIO'));
  await t.op('load');
  assert.deepEqual(await readAll(t), [10, 'FM', 'FM']); // the filemark, then the second zero at EOD
  await t.close();
  t = await openDirectoryTape(dir, { writeProtected: true });
  assert.ok((await t.status()).writeProtected);
  await assert.rejects(t.write(rec(10, 1)), errno('EACCES'));
  await assert.rejects(t.op('weof'), errno('EACCES'));
  assert.deepEqual(await readAll(t), [10, 'FM', 'FM']);
  await t.close();
  t = await openDirectoryTape(dir);
  await t.op('erase');
  s = await t.status();
  assert.ok(s.bot);
  await assert.rejects(t.read(buf()), errno('EIO')); // blank
  await t.close();
  assert.deepEqual(fs.readdirSync(dir).filter((f) => f.startsWith('data.')), ['data.0']);
  assert.equal(fs.statSync(path.join(dir, 'data.0')).size, 0);
  await assert.rejects(openDirectoryTape(path.join(dir, 'missing')), errno('ENOMEDIUM'));
});

test('a lock left by a dead process is taken over', async () => {
  fs.writeFileSync(path.join(dir, '.lock'), '999999999\n');
  const t = await openDirectoryTape(dir);
  assert.equal(fs.readFileSync(path.join(dir, '.lock'), 'utf8'), `${process.pid}\n`);
  await t.close();
  assert.ok(!fs.existsSync(path.join(dir, '.lock')));
});

test('free-space capacity follows the filesystem', async () => {
  const t = await openDirectoryTape(dir, { capacityBytes: 'free-space' });
  const s = fs.statfsSync(dir);
  assert.ok(!(await t.status()).earlyWarning);
  assert.equal(await t.write(rec(1000, 1)), 1000);
  assert.ok(s.bavail * s.bsize > 1000);
  await t.close();
});

test('a gap in the numbering reads as an empty tape file; an index without its data.N is ignored', async () => {
  fs.writeFileSync(path.join(dir, 'data.0'), rec(20, 1));
  fs.writeFileSync(path.join(dir, 'data.2'), rec(30, 2));
  fs.writeFileSync(path.join(dir, 'records.7'), 'afbackup-dirtape-records 1\n5 1\n');
  const t = await openDirectoryTape(dir, { recordSizeWithoutIndex: 10 });
  assert.deepEqual(await readAll(t), [10, 10, 'FM', 'FM', 10, 10, 10]);
  await t.close();
});
