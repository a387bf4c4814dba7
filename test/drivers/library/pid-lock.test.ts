import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { promisify } from 'node:util';
import { acquirePidLock, LockBusyError, writeFileAtomic } from '../../../drivers/library/pid-lock.js';

const run = promisify(execFile);
let dir = '';
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'af-pidlock-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test('the lock holds our pid and is gone after release', async () => {
  const file = path.join(dir, 'x.lock');
  const release = await acquirePidLock(file, { what: 'x' });
  assert.equal(fs.readFileSync(file, 'utf8'), `${process.pid}\n`);
  await assert.rejects(acquirePidLock(file, { what: 'x' }), LockBusyError);
  await release();
  assert.ok(!fs.existsSync(file));
});

test('a live holder makes us wait, then fail with its pid; an unreadable or dead one is taken over', async () => {
  const file = path.join(dir, 'x.lock');
  fs.writeFileSync(file, `${process.ppid}\n`);
  await assert.rejects(acquirePidLock(file, { what: 'the thing', waitMs: 30 }), (e: unknown) => e instanceof LockBusyError && e.holder === process.ppid && /the thing is in use by process/.test(e.message));
  fs.writeFileSync(file, 'garbage');
  await (await acquirePidLock(file, { what: 'x' }))();
  fs.writeFileSync(file, '999999999\n');
  fs.writeFileSync(`${file}.takeover`, '999999998\n'); // a take-over guard left by a crash
  await (await acquirePidLock(file, { what: 'x' }))();
  assert.ok(!fs.existsSync(`${file}.takeover`));
});

test('a lock naming our pid that we do not hold is stale (an earlier process with the same pid); one we hold is busy', async () => {
  const file = path.join(dir, 'x.lock');
  fs.writeFileSync(file, `${process.pid}\n`);
  const release = await acquirePidLock(file, { what: 'x' });
  await assert.rejects(acquirePidLock(file, { what: 'x', waitMs: 20 }), /here, by this process/);
  const second = acquirePidLock(file, { what: 'x', waitMs: 10_000 });
  await release();
  await (await second)();
});

test('processes racing for one stale lock: exactly one holds it at a time', async () => {
  const file = path.join(dir, 'x.lock');
  const log = path.join(dir, 'log');
  fs.writeFileSync(file, '999999999\n');
  // Each child takes the lock 20 times and appends "in"/"out" around a short critical section;
  // overlapping holders would show as two "in" lines in a row.
  const child = `
    import fs from 'node:fs';
    import { acquirePidLock } from ${JSON.stringify(path.resolve('drivers/library/pid-lock.ts'))};
    for (let i = 0; i < 20; i++) {
      const release = await acquirePidLock(${JSON.stringify(file)}, { what: 'x', waitMs: 60000 });
      fs.appendFileSync(${JSON.stringify(log)}, 'in\\n');
      await new Promise((r) => setImmediate(r));
      fs.appendFileSync(${JSON.stringify(log)}, 'out\\n');
      await release();
    }`;
  const script = path.join(dir, 'child.mts');
  fs.writeFileSync(script, child);
  await Promise.all([1, 2, 3].map(() => run(process.execPath, ['--import', 'tsx', script])));
  const lines = fs.readFileSync(log, 'utf8').trim().split('\n');
  assert.equal(lines.length, 120);
  for (let i = 0; i < lines.length; i += 2) assert.deepEqual(lines.slice(i, i + 2), ['in', 'out']);
});

test('writeFileAtomic replaces the whole file and leaves no temp file', async () => {
  const file = path.join(dir, 'state.json');
  await writeFileAtomic(file, 'one');
  await writeFileAtomic(file, 'two');
  assert.equal(fs.readFileSync(file, 'utf8'), 'two');
  assert.deepEqual(fs.readdirSync(dir), ['state.json']);
});
