// afclient -x and -d on files of many 4 MiB chunks read from an archive file: their chunk buffers
// are handed back to the reader and reused (protocol/archive releasesChunks), so what is written or
// compared must be each chunk's own bytes, never a later chunk's that took over its buffer.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tempDir } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = ['--import', 'tsx', path.join(root, 'afclient/cli.ts')];
const MiB = 1 << 20;

function afclient(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...CLI, ...args], { cwd: root, maxBuffer: 16 << 20 });
  return { status: r.status, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}

/** Every MiB different: a chunk restored from a reused buffer that still held another would show. */
function mixed(): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < 14; i++) parts.push(i % 3 === 2 ? crypto.randomBytes(MiB) : Buffer.from(`MiB ${i} compresses well\n`.repeat(MiB / 24 + 1)).subarray(0, MiB));
  parts.push(crypto.randomBytes(12345));
  return Buffer.concat(parts);
}

test('-x restores and -d compares files of many chunks byte for byte; -d finds a change in a late chunk', () => {
  const { dir, cleanup } = tempDir();
  try {
    const src = path.join(dir, 'src');
    fs.mkdirSync(src);
    const files = { a: mixed(), b: mixed(), small: Buffer.from('small\n') };
    for (const [name, data] of Object.entries(files)) fs.writeFileSync(path.join(src, name), data);
    const archive = path.join(dir, 'a.afb');
    const c = afclient(['-c', '-Z', '1', '-f', archive, '-C', dir, 'src']);
    assert.equal(c.status, 0, c.stderr);

    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    const x = afclient(['-x', '-f', archive, '-C', out]);
    assert.equal(x.status, 0, x.stderr);
    for (const [name, data] of Object.entries(files)) assert.ok(fs.readFileSync(path.join(out, 'src', name)).equals(data), `${name} restored intact`);

    const d = afclient(['-d', '-f', archive, '-C', out]);
    assert.equal(d.status, 0, d.stdout + d.stderr);
    assert.equal(d.stdout, '');

    const at = 11 * MiB + 99;
    const fd = fs.openSync(path.join(out, 'src', 'b'), 'r+');
    fs.writeSync(fd, Buffer.from([files.b[at]! ^ 1]), 0, 1, at);
    fs.closeSync(fd);
    const d2 = afclient(['-d', '-f', archive, '-C', out]);
    assert.equal(d2.status, 1);
    assert.match(d2.stdout, new RegExp(`src/b.*: content differs near offset ${11 * MiB}\\b`));
    assert.doesNotMatch(d2.stdout, /src\/a/);
  } finally {
    cleanup();
  }
});
