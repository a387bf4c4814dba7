import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { nodeFlagsOf } from '../../bench/program-start.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('afserver starts node without incremental marking, from its bin line, with a flag node accepts', () => {
  const flags = nodeFlagsOf(path.join(root, 'afserver/main.ts'));
  assert.deepEqual(flags, ['--no-incremental-marking']);
  const r = spawnSync(process.execPath, [...flags, '-p', "require('node:v8').getHeapStatistics().total_heap_size > 0"], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), 'true');
});

test('a bin line without -S gives no flags', () => {
  const r = nodeFlagsOf(path.join(root, 'afclient/cli.ts'));
  assert.deepEqual(r, []);
});
