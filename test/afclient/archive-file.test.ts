import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { openOutput } from '../../afclient/archive-file.js';

async function writeAll(file: string, data: Buffer): Promise<void> {
  const out = openOutput(file);
  assert.equal(typeof out.sink, 'function');
  await (out.sink as (b: Buffer) => Promise<void>)(data);
  await out.close();
}

test('an archive written over a larger file holds the new bytes only', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'af-archive-file-'));
  try {
    const file = path.join(dir, 'x.afb');
    fs.writeFileSync(file, Buffer.alloc(3 << 20, 0x55));
    await writeAll(file, Buffer.from('new archive'));
    assert.equal(fs.readFileSync(file, 'utf8'), 'new archive');
    // a new file is created private to its owner
    const fresh = path.join(dir, 'fresh.afb');
    await writeAll(fresh, Buffer.from('x'));
    assert.equal(fs.statSync(fresh).mode & 0o777, 0o600);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an archive written to a character device is written, not truncated', async () => {
  await writeAll('/dev/null', Buffer.from('discarded'));
});

test('an archive that cannot be created fails at once, naming the file', () => {
  assert.throws(() => openOutput('/nonexistent-dir/x.afb'), /cannot create the archive \/nonexistent-dir\/x.afb/);
});
