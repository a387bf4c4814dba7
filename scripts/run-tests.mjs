#!/usr/bin/env node
// Runs every test/**/*.test.ts through node:test with tsx. Node 20's runner does not expand
// globs itself, so the files are listed here. Extra arguments are passed to node --test
// (for example: npm test -- --test-name-pattern=label).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('-'));
const flags = args.filter((a) => a.startsWith('-'));

function find(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) find(p, out);
    else if (e.name.endsWith('.test.ts')) out.push(path.relative(root, p));
  }
  return out;
}
const files = (only.length ? only : find(path.join(root, 'test'))).sort();
if (files.length === 0) {
  console.error('run-tests: no test files found under test/');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...flags, ...files], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
