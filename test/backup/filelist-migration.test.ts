// Programs that open an old filelist at the same moment (afrestore started while afbackup
// migrates it, say) all get it migrated once: the one migrating holds the write lock, the others
// wait for it and then find its work done. Before the version was read again under the lock,
// two of three such programs failed with "no such index".
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, it } from 'node:test';
import { Filelist } from '../../afclient/backup/filelist/filelist.js';
import { SCHEMA_VERSION } from '../../afclient/backup/filelist/schema.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Enough entries that building the new index takes a good part of a second: the others arrive
// while it runs.
const ENTRIES = 300_000;

/** A version 1 filelist (names indexed across runs) with one run of ENTRIES entries. */
function versionOneFilelist(dir: string): void {
  const fl = Filelist.open(dir);
  const run = fl.beginRun({ fullNumber: 1, startNs: 1n, level: 0, serverHost: 'h', serverPort: 1, clientId: 'c' });
  fl.close();
  const db = new Database(path.join(dir, 'filelist.db'));
  const add = db.prepare(
    "INSERT INTO entries (run_id, name, type, size, uid, mtime_ns, ctime_ns, inode, dev, unstable, cartridge, tape_file, block, block_offset, stream_offset) VALUES (?, ?, 'file', 1, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, ?)",
  );
  db.transaction(() => {
    for (let i = 0; i < ENTRIES; i++) add.run(run, Buffer.from(`d${i % 1000}/some/longer/name/file${i}`), i);
  })();
  db.exec('DROP INDEX entries_run_name; CREATE INDEX entries_name ON entries (name, run_id)');
  db.pragma('user_version = 1');
  db.close();
}

/** Opens the filelist in a process of its own; resolves with what it printed. */
function openElsewhere(dir: string): Promise<string> {
  const script = `import(${JSON.stringify(path.join(REPO, 'afclient/backup/filelist/filelist.ts'))}).then(({ Filelist }) => {
    try { Filelist.open(${JSON.stringify(dir)}).close(); console.log('opened'); } catch (e) { console.log('FAILED: ' + e.message); }
  })`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', () => resolve(out.trim()));
  });
}

describe('filelist schema migration', () => {
  it('migrates an old filelist once when three programs open it at the same moment', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'afb-migrate-'));
    try {
      versionOneFilelist(dir);
      const outcomes = await Promise.all([openElsewhere(dir), openElsewhere(dir), openElsewhere(dir)]);
      assert.deepEqual(outcomes, ['opened', 'opened', 'opened']);
      const db = new Database(path.join(dir, 'filelist.db'), { readonly: true });
      try {
        assert.equal(db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
        assert.equal(db.prepare('SELECT count(*) FROM entries').pluck().get(), ENTRIES);
        assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
      } finally {
        db.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
