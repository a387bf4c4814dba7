// The kernel takes paths of up to PATH_MAX - 1 (4095) bytes; the native fs extras must take every
// one of them and refuse a longer one as the kernel would (ENAMETOOLONG), never act on a path cut
// short.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { errnoCode, fsx } from '../../afclient/fsx.js';

/** A directory whose absolute path is exactly `length` bytes long, made of nested components. */
function directoryOfPathLength(root: string, length: number): string {
  let dir = root;
  while (length - dir.length > 201) {
    dir = path.join(dir, 'd'.repeat(200));
    fs.mkdirSync(dir);
  }
  dir = path.join(dir, 'e'.repeat(length - dir.length - 1));
  fs.mkdirSync(dir);
  assert.equal(Buffer.byteLength(dir), length);
  return dir;
}

test('fsx: a path of 4095 bytes is taken whole, as a string and as a Buffer; 4096 bytes is ENAMETOOLONG', (t) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'afb-fsx-len-'));
  t.after(() => fs.rmSync(root, { recursive: true, force: true }));
  const longest = directoryOfPathLength(root, 4093);
  fs.writeFileSync(path.join(longest, 'f'), 'x');
  const file = path.join(longest, 'f');
  assert.equal(Buffer.byteLength(file), 4095);

  const [names] = fsx.scanDir(longest);
  assert.equal(names, 'f');
  fsx.utimens(file, 1_000_000_000n, 2_000_000_000n, true);
  assert.equal(fs.statSync(file).mtimeMs, 2000);
  fsx.utimens(Buffer.from(file), 3_000_000_000n, 4_000_000_000n, true);
  assert.equal(fs.statSync(file).mtimeMs, 4000);

  const tooLong = `${file}g`;
  assert.equal(Buffer.byteLength(tooLong), 4096);
  for (const p of [tooLong, Buffer.from(tooLong)]) {
    assert.throws(() => fsx.mkfifo(p, 0o600), (e: unknown) => errnoCode(e) === 'ENAMETOOLONG' || e instanceof TypeError);
  }
  assert.throws(() => fsx.scanDir(`${longest}/${'h'.repeat(2)}`), (e: unknown) => errnoCode(e) === 'ENAMETOOLONG');
});
