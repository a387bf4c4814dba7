// The installed programs as users start them: package.json's bin entries, built into dist/ by
// `npm run build` (npm ci runs it). Each must start and answer --help. full_backup and
// incr_backup start through a CommonJS program file that carries the code cache's loader
// (scripts/build.mjs): an ES module there would make node set up its module loader on every run.
// Their bundles load node:child_process on first use (scripts/build.mjs, lazyBuiltins): an
// InitProgram that refuses is run through it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';

const REPO = path.resolve(import.meta.dirname, '../..');
const bin = (JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin;

describe('the built programs', () => {
  for (const [name, rel] of Object.entries(bin)) {
    it(`${name} starts from ${rel} and answers --help`, (t) => {
      const file = path.join(REPO, rel);
      if (!fs.existsSync(file)) return t.skip(`${rel} is not built (npm run build)`);
      const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'built-programs-'));
      try {
        const r = spawnSync(process.execPath, [file, '--help'], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cache } });
        assert.equal(r.status, 0, r.stderr);
        assert.ok(r.stdout.startsWith(`${name} `), r.stdout.split('\n', 1)[0]);
      } finally {
        fs.rmSync(cache, { recursive: true, force: true });
      }
    });
  }

  it('starts full_backup and incr_backup through a CommonJS file with their code-cached bundle beside it', () => {
    for (const name of ['full_backup', 'incr_backup']) {
      const rel = bin[name]!;
      assert.ok(rel.endsWith('.cjs'), `${name}: ${rel}`);
      const file = path.join(REPO, rel);
      if (!fs.existsSync(file)) continue;
      const text = fs.readFileSync(file, 'utf8');
      assert.ok(text.startsWith('#!/usr/bin/env node\n'), `${rel} starts with its #! line`);
      assert.doesNotMatch(text, /^\s*import\s/m, `${rel} is not an ES module`);
      assert.ok(fs.existsSync(file.replace(/\.cjs$/, '.bundle.cjs')), `${rel} has its bundle`);
    }
  });

  it('runs the InitProgram of full_backup and incr_backup, and stops when it refuses', (t) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'built-programs-'));
    try {
      const init = path.join(dir, 'init.sh');
      fs.writeFileSync(init, '#!/bin/sh\necho refused >&2\nexit 1\n', { mode: 0o755 });
      const conf = path.join(dir, 'client.conf');
      fs.writeFileSync(conf, `BackupHosts: 127.0.0.1\nBackupPorts: 1\nRootDirectory: ${dir}\nDirsToBackup: tree\nVarDirectory: ${dir}/var\nInitProgram: ${init}\n`);
      for (const [name, args] of [['full_backup', []], ['incr_backup', ['-Q', '3']]] as const) {
        const file = path.join(REPO, bin[name]!);
        if (!fs.existsSync(file)) return t.skip(`${bin[name]} is not built (npm run build)`);
        const r = spawnSync(process.execPath, [file, '-c', conf, ...args], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: path.join(dir, 'cache') } });
        assert.equal(r.status, 3, `${name}: ${r.stderr}`);
        assert.match(r.stderr, /InitProgram .* exited with status 1; the backup was not started/);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
