// The virtual changer must print what a real library prints through mtx: every line of its status
// has the shape of a line some real library printed (test/fixtures/mtx/recorded/), spacing
// included, and reads back into the same status.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { parseMtxStatus } from '../../../drivers/changer/mtx-status.js';
import { createLibrary, openLibrary } from '../../../drivers/library/index.js';
import { recorded, recordedNames } from './mtx-fixtures.js';

/** A line with its device name, numbers and tag characters replaced; blanks are kept. */
const shape = (line: string): string =>
  line
    .replace(/^( {2}Storage Changer ).*(:\d+ Drives,)/, '$1DEV$2')
    .replace(/(VolumeTag(?: = |=))[A-Z0-9]+/g, '$1TAG')
    .replace(/\d+/g, 'N');

test('every line the virtual changer prints has the shape of a line a real library printed', async () => {
  const real = new Set(recordedNames().flatMap((f) => recorded(f).text.split('\n').map(shape)));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'af-vlib-shape-'));
  try {
    await createLibrary(dir, { slots: 8, drives: 2, importExport: 2, cartridges: 5, capacityBytes: 1 << 20 });
    const lib = await openLibrary(dir, {});
    try {
      await lib.changer.load(2, 0);
      await lib.changer.transfer(3, 9);
      const text = await lib.changer.statusText();
      const lines = text.split('\n').slice(0, -1);
      // A loaded drive, an empty drive, full and empty slots, a full and an empty mailslot.
      assert.deepEqual(
        [...new Set(lines.map(shape))],
        [
          '  Storage Changer DEV:N Drives, N Slots ( N Import/Export )',
          'Data Transfer Element N:Full (Storage Element N Loaded):VolumeTag = TAG',
          'Data Transfer Element N:Empty',
          '      Storage Element N:Full :VolumeTag=TAG',
          '      Storage Element N:Empty',
          '      Storage Element N IMPORT/EXPORT:Full :VolumeTag=TAG',
          '      Storage Element N IMPORT/EXPORT:Empty',
        ],
      );
      for (const l of lines) assert.ok(real.has(shape(l)), `no real library printed a line like ${JSON.stringify(l)}`);
      assert.deepEqual(parseMtxStatus(text), await lib.changer.status());
    } finally {
      await lib.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
