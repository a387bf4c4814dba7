// AFBACKUP_TRACE: a run names its phases in order on standard error, with times, and says
// nothing of them without the variable.
import assert from 'node:assert/strict';
import test from 'node:test';
import { backupWorld, full, incr, writeFiles } from './helpers.js';

const PHASES = [
  'modules loaded',
  'command line and configuration',
  'lock and filelist open',
  'walk started, reference state read',
  'walk and change detection',
  'connect and authenticate',
  'data session closed (on tape)',
  'filelist copy session closed (on tape)',
  'rotation and PreciousTapes',
  'filelist closed',
  'process exit',
];

test('AFBACKUP_TRACE: every phase of a run in order, none without it', async () => {
  const w = await backupWorld();
  try {
    writeFiles(w, { 'a/one': 'one', 'a/two': 'two' });
    process.env['AFBACKUP_TRACE'] = '1';
    const first = await full(w);
    assert.equal(first.code, 0, first.stderr);
    writeFiles(w, { 'a/three': 'three' });
    const second = await incr(w);
    assert.equal(second.code, 0, second.stderr);
    for (const r of [first, second]) {
      const lines = r.stderr.split('\n').filter((l) => l.startsWith('trace '));
      const phases = lines.map((l) => /^trace +[\d.]+ ms \(\+[\d.]+\) cpu \+[\d.]+ ms: (.*)$/.exec(l)?.[1]);
      assert.deepEqual(phases.filter((p) => p !== undefined && PHASES.includes(p)), PHASES, r.stderr);
      assert.equal(phases.filter((p) => p === undefined).length, 0, 'every trace line has its times');
    }
    delete process.env['AFBACKUP_TRACE'];
    const quiet = await incr(w);
    assert.equal(quiet.code, 0, quiet.stderr);
    assert.doesNotMatch(quiet.stderr, /^trace /m);
  } finally {
    delete process.env['AFBACKUP_TRACE'];
    await w.close();
  }
});
