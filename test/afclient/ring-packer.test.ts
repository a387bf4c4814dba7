// The packer as afclient -c runs it, reading into a reused ring: the same entries and bytes as
// pack(), also with a consumer slow enough that reads wait for it (the flow-control paths).
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { packWithRing } from '../../afclient/pack/ring-packer.js';
import { CollectingReporter } from '../../afclient/report.js';
import { tempDir } from './helpers.js';

test('packWithRing delivers every byte, in order, through ring reuse and waiting', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const files = new Map<string, Buffer>();
    fs.mkdirSync(path.join(dir, 't'));
    // Sizes around the read size, small ones that share the ring, a sparse one, an empty one.
    const sizes = [0, 1, 4095, 300_000, 700_000, 1 << 20, (1 << 20) + 1, 2_500_000, 123, 999_999];
    for (let i = 0; i < 40; i++) {
      const name = `t/f${String(i).padStart(2, '0')}`;
      const data = crypto.randomBytes(sizes[i % sizes.length]!);
      fs.writeFileSync(path.join(dir, name), data);
      files.set(name, data);
    }
    const sparse = Buffer.alloc(3 << 20);
    sparse.write('island', 2 << 20);
    const fd = fs.openSync(path.join(dir, 't/sparse'), 'w');
    fs.writeSync(fd, Buffer.from('island'), 0, 6, 2 << 20);
    fs.ftruncateSync(fd, 3 << 20);
    fs.closeSync(fd);
    files.set('t/sparse', sparse);
    const command = '||| head -c 3000000 /dev/zero ||| cat';

    const report = new CollectingReporter();
    const seen = new Map<string, Buffer>();
    let slow = 0;
    for await (const item of packWithRing(
      { root: dir, inputs: [Buffer.from('t'), Buffer.from('missing'), Buffer.from(command)], selection: {}, noCompressPatterns: [], keepAtime: true },
      report,
    )) {
      const name = item.meta.name.toString();
      if (!item.content) continue;
      const out = Buffer.alloc(Number(item.meta.type === 'command' ? 3_000_000n : item.meta.size));
      for await (const seg of item.content) {
        seg.data.copy(out, Number(seg.offset));
        if (slow++ % 3 === 0) await sleep(2); // reads wait for the slow consumer
      }
      seen.set(name, out);
    }
    assert.deepEqual(report.problemList, ['missing: no such file or directory; not stored']);
    for (const [name, data] of files) assert.ok(seen.get(name)?.equals(data), `${name} differs`);
    assert.ok(seen.get(command)?.equals(Buffer.alloc(3_000_000)));
  } finally {
    cleanup();
  }
});
