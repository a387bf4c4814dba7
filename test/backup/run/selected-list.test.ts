// The list of selected entries gives back every name and path byte for byte and in order: names
// with newlines, spaces and bytes that are not UTF-8, and entries split across the reads.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { SelectedList } from '../../../afclient/backup/run/selected-list.js';

test('selected entries come back byte for byte, in order, across read boundaries', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'afb-selected-'));
  try {
    const list = new SelectedList(dir);
    const odd = [Buffer.from('new\nline'), Buffer.from('with space'), Buffer.from([0x6c, 0xe9, 0xff, 0x0a, 0x5c]), Buffer.from('ünïcödé'), Buffer.from('x'.repeat(4000))];
    const expected: { name: Buffer; path: Buffer }[] = [];
    // Some 3 MB: several reads, entries cut by their ends.
    for (let i = 0; i < 30_000; i++) {
      const name = i % 1000 < odd.length ? Buffer.concat([Buffer.from(`d${i}/`), odd[i % 1000]!]) : Buffer.from(`dir${i % 97}/file-${i}.txt`);
      const p = Buffer.concat([Buffer.from('/root/'), name]);
      expected.push({ name, path: p });
      if (i % 2 === 0) list.add({ name, path: p });
      else list.addKeys(name.toString('latin1'), p.toString('latin1'));
    }
    assert.equal(list.count, expected.length);
    let i = 0;
    for await (const e of list.entries()) {
      assert.ok(e.name.equals(expected[i]!.name), `name ${i}`);
      assert.ok(e.path.equals(expected[i]!.path), `path ${i}`);
      i++;
    }
    assert.equal(i, expected.length);

    // A list cut short (changed behind the run's back) is refused, not read as a shorter one.
    fs.truncateSync(path.join(dir, 'selected'), fs.statSync(path.join(dir, 'selected')).size - 3);
    await assert.rejects(
      (async () => {
        for await (const e of list.entries()) void e;
      })(),
      /ends inside an entry/,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
