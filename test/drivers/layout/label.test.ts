import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type LabelFields, LabelError, readLabel, writeLabel } from '../../../drivers/layout/index.js';
import type { TapeDevice } from '../../../drivers/tape/tape-device.js';
import { isTapeError } from '../../../drivers/tape/tape-error.js';
import { FaultyWrites, scratchTape } from '../tape/test-tapes.js';

function label(cartridge: number, blockSize = 262144): LabelFields {
  return {
    cartridge,
    secondary: 0,
    cartridgeSet: 2,
    labelTime: new Date('2026-11-22T07:48:04.123Z'),
    blockSize,
    programVersion: 'afbackup 0.1.0',
    comment: 'weekly set\nline two: with \\ and ünïcødé',
    barcode: 'AF0003L6',
  };
}

async function withTape(fn: (dev: TapeDevice) => Promise<void>): Promise<void> {
  const t = await scratchTape();
  try {
    await fn(t.dev);
  } finally {
    await t.done();
  }
}

async function rawRecord(dev: TapeDevice, bytes: Uint8Array): Promise<void> {
  await dev.op('rewind');
  await dev.write(bytes);
  await dev.op('weof', 1);
}

test('label round trip for every block size, read in variable and after fixed mode', async () => {
  for (const bs of [512, 1024, 4096, 8192, 65536, 262144, 1 << 20]) {
    for (const writeMode of [0, 512, 1024, 4096, 65536]) {
      await withTape(async (dev) => {
        await dev.op('setblk', writeMode);
        await writeLabel(dev, label(3, bs));
        // the reader may have any block size set, the label comes back the same
        await dev.op('setblk', writeMode === 0 ? 1024 : 0);
        const got = await readLabel(dev);
        assert.equal(got.kind, 'label', `block size ${bs}, written in mode ${writeMode}`);
        assert.deepEqual(got, { kind: 'label', formatVersion: 1, ...label(3, bs) });
        assert.equal((await dev.status()).blockSize, writeMode === 0 ? 1024 : 0, 'readLabel restores the block mode');
        // positioned at tape file 1
        assert.equal((await dev.status()).fileNumber, 1);
      });
    }
  }
});

test('a blank tape and a tape holding only a filemark read as blank', async () => {
  await withTape(async (dev) => {
    assert.deepEqual(await readLabel(dev), { kind: 'blank' });
    await dev.op('weof', 1);
    assert.deepEqual(await readLabel(dev), { kind: 'blank' });
  });
});

test('an afbackup 3.x label is recognised and described', async () => {
  await withTape(async (dev) => {
    const text =
      "\nAF's backup system\n\nINFO HEADER\n\nCartridge number:\t7\n\n2nd cartridge number:\t7\n\n" +
      'Labeling time:\t\tSun Nov 22 06:46:02 2026\n\nTape Blocksize:\t\t8192\n\nProgram version:\t3.5.8\n\n' +
      'Comment:\t\t<labeled automatically>\n';
    const rec = Buffer.alloc(8192);
    rec.write(text, 'latin1');
    await rawRecord(dev, rec);
    const got = await readLabel(dev);
    assert.equal(got.kind, 'foreign');
    if (got.kind !== 'foreign') return;
    assert.equal(got.format, 'afbackup3');
    assert.deepEqual(got.afbackup3, {
      cartridge: 7,
      secondary: 7,
      labelTime: 'Sun Nov 22 06:46:02 2026',
      blockSize: 8192,
      programVersion: '3.5.8',
      comment: 'labeled automatically',
    });
    assert.match(got.hint, /afbackup 3\.x label: cartridge 7/);
  });
});

test('tar, cpio and unknown data are reported as foreign', async () => {
  const tar = Buffer.alloc(10240);
  tar.write('etc/passwd', 0);
  tar.write('ustar\u000000', 257, 'latin1');
  const cpio = Buffer.alloc(1024);
  cpio.write('070701000001', 0, 'latin1');
  const junk = Buffer.alloc(1024, 0xab);
  for (const [bytes, format] of [
    [tar, 'tar'],
    [cpio, 'cpio'],
    [junk, 'unknown'],
  ] as const) {
    await withTape(async (dev) => {
      await rawRecord(dev, bytes);
      const got = await readLabel(dev);
      assert.equal(got.kind, 'foreign');
      if (got.kind === 'foreign') assert.equal(got.format, format);
    });
  }
});

test('a damaged label is a clear error, and writeLabel will not overwrite it unforced', async () => {
  await withTape(async (dev) => {
    await writeLabel(new FaultyWrites(dev, { corrupt: [0] }), label(3));
    await assert.rejects(readLabel(dev), (e) => e instanceof LabelError && e.reason === 'corrupt' && /damaged \(checksum mismatch\)/.test(e.message));
    await assert.rejects(writeLabel(dev, label(3)), (e) => e instanceof LabelError && e.reason === 'refused');
    await writeLabel(dev, label(3), { force: true });
    assert.equal((await readLabel(dev)).kind, 'label');
  });
});

test('writeLabel refuses another cartridge\'s label and foreign data unless forced', async () => {
  await withTape(async (dev) => {
    await writeLabel(dev, label(3));
    await dev.write(Buffer.alloc(4096, 1)); // data in tape file 1
    await dev.op('weof', 1);
    await assert.rejects(writeLabel(dev, label(4)), (e) => e instanceof LabelError && e.reason === 'refused' && /labelled as cartridge 3/.test(e.message));
    // the refusal lost nothing: the label and tape file 1 are still there
    const still = await readLabel(dev);
    assert.equal(still.kind === 'label' && still.cartridge, 3);
    assert.equal(await dev.read(Buffer.alloc(8192)), 4096);
    // same number: relabelling is allowed
    await writeLabel(dev, { ...label(3), comment: 'again' });
    const again = await readLabel(dev);
    assert.equal(again.kind === 'label' && again.comment, 'again');
    await writeLabel(dev, label(4), { force: true });
    const forced = await readLabel(dev);
    assert.equal(forced.kind === 'label' && forced.cartridge, 4);
  });
  await withTape(async (dev) => {
    const tar = Buffer.alloc(10240);
    tar.write('ustar\u000000', 257, 'latin1');
    await rawRecord(dev, tar);
    await assert.rejects(writeLabel(dev, label(1)), (e) => e instanceof LabelError && /a tar archive/.test(e.message));
  });
});

test('label fields out of range are refused before anything is written', async () => {
  await withTape(async (dev) => {
    await assert.rejects(writeLabel(dev, label(0)), (e) => e instanceof LabelError && e.reason === 'invalid');
    await assert.rejects(writeLabel(dev, { ...label(1), comment: 'x'.repeat(5000) }), /shorten the comment/);
    assert.deepEqual(await readLabel(dev), { kind: 'blank' });
  });
});

test('labelling a write-protected cartridge fails with the drive\'s error', async () => {
  const t = await scratchTape({ writeProtected: true });
  try {
    await assert.rejects(writeLabel(t.dev, label(1)), (e) => isTapeError(e, 'EACCES') || isTapeError(e, 'EROFS'));
  } finally {
    await t.done();
  }
});

test('foreign records larger than the first read are read again whole and identified, also after an empty tape file 0', async () => {
  // a tar archive written with 1 MiB records (tar -b 2048): larger than the label's first read
  const tar = Buffer.alloc(1024 * 1024);
  tar.write('etc/passwd', 0);
  tar.write('ustar\u000000', 257, 'latin1');
  await withTape(async (dev) => {
    await rawRecord(dev, tar);
    const got = await readLabel(dev);
    assert.equal(got.kind, 'foreign');
    if (got.kind === 'foreign') assert.equal(got.format, 'tar');
    // the drive is left where a read of the whole record would leave it: after that record
    assert.equal(await dev.read(Buffer.alloc(1024)), 0);
  });
  await withTape(async (dev) => {
    await dev.op('rewind');
    await dev.op('weof', 1);
    await dev.write(tar);
    await dev.op('weof', 1);
    const got = await readLabel(dev);
    assert.equal(got.kind, 'foreign');
    if (got.kind === 'foreign') assert.match(got.hint, /^an empty tape file 0 followed by a tar archive/);
  });
});
