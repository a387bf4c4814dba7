// Restore safety: nothing an archive says, and nothing planted in the target, makes the unpacker
// write outside the target directory or through a symbolic link.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { CollectingReporter } from '../../afclient/report.js';
import type { UnpackEntry } from '../../afclient/unpack/restore-entry.js';
import { unpack } from '../../afclient/unpack/unpacker.js';
import type { EntryMeta, EntryType } from '../../protocol/archive/entry.js';
import { tempDir } from './helpers.js';

function entry(name: string, type: EntryType, opts: { data?: string; linkTarget?: string; onContent?: () => void } = {}): UnpackEntry {
  const meta: EntryMeta = {
    name: Buffer.from(name),
    type,
    mode: type === 'directory' ? 0o755 : 0o644,
    uid: process.getuid?.() ?? 0,
    gid: process.getgid?.() ?? 0,
    user: '',
    group: '',
    mtimeNs: 1_700_000_000_000_000_000n,
    ctimeNs: 0n,
    atimeNs: 1_700_000_000_000_000_000n,
    size: BigInt(opts.data?.length ?? 0),
    ...(opts.linkTarget !== undefined ? { linkTarget: Buffer.from(opts.linkTarget) } : {}),
  };
  return {
    meta,
    async *content() {
      opts.onContent?.();
      if (opts.data) yield { offset: 0n, data: Buffer.from(opts.data) };
    },
    skip: async () => undefined,
  };
}

async function* list(...entries: UnpackEntry[]): AsyncGenerator<UnpackEntry> {
  yield* entries;
}

function setup(): { dir: string; target: string; outside: string; cleanup: () => void } {
  const t = tempDir();
  const target = path.join(t.dir, 'a/b/target');
  const outside = path.join(t.dir, 'outside');
  fs.mkdirSync(target, { recursive: true });
  fs.mkdirSync(outside);
  return { dir: t.dir, target, outside, cleanup: t.cleanup };
}

/** Every file below `dir`, relative. */
function allFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).sort();
}

test("names with '..' are refused, absolute names land below the target", async () => {
  const s = setup();
  try {
    const report = new CollectingReporter();
    const r = await unpack(
      list(entry('../../etc/passwd', 'file', { data: 'evil' }), entry('../../../outside/x', 'file', { data: 'evil' }), entry('/abs/file', 'file', { data: 'ok' })),
      { root: s.target, overwrite: true, wanted: () => true, report },
    );
    assert.equal(r.failed, 2);
    assert.equal(report.problems, 2);
    assert.ok(report.problemList.every((p) => p.includes("'..'")));
    assert.deepEqual(allFiles(s.outside), []);
    assert.deepEqual(allFiles(path.join(s.dir, 'a')), ['b', 'b/target', 'b/target/abs', 'b/target/abs/file']);
  } finally {
    s.cleanup();
  }
});

test('a symlink entry never redirects a later file entry', async () => {
  const s = setup();
  try {
    const report = new CollectingReporter();
    await unpack(
      list(
        entry('escape', 'symlink', { linkTarget: s.outside }),
        entry('escape/pwned', 'file', { data: 'evil' }),
        entry('dotlink', 'symlink', { linkTarget: '../../..' }),
        entry('dotlink/outside/pwned2', 'file', { data: 'evil' }),
        entry('escape', 'directory'),
      ),
      { root: s.target, overwrite: true, wanted: () => true, report },
    );
    assert.deepEqual(allFiles(s.outside), []);
    assert.ok(report.problemList.some((p) => p.startsWith('escape/pwned') && p.includes('symbolic link')), report.problemList.join('\n'));
    assert.ok(report.problemList.some((p) => p.startsWith('dotlink/outside/pwned2')));
  } finally {
    s.cleanup();
  }
});

test('a symlink planted in the target during the restore is not followed', async () => {
  const s = setup();
  try {
    const report = new CollectingReporter();
    // While the first file is being written, an attacker replaces directory d with a link.
    const plant = (): void => {
      fs.rmSync(path.join(s.target, 'd'), { recursive: true, force: true });
      fs.symlinkSync(s.outside, path.join(s.target, 'd'));
    };
    fs.mkdirSync(path.join(s.target, 'd'));
    fs.symlinkSync(path.join(s.outside, 'victim'), path.join(s.target, 'planted-file-link'));
    await unpack(
      list(
        entry('d/zero', 'file', { data: 'x' }), // d is now open (cached) by the unpacker
        entry('first', 'file', { data: 'x', onContent: plant }),
        entry('d/second', 'file', { data: 'evil' }),
        entry('d/sub/third', 'file', { data: 'evil' }),
        entry('planted-file-link', 'file', { data: 'evil' }),
      ),
      { root: s.target, overwrite: false, wanted: () => true, report },
    );
    assert.deepEqual(allFiles(s.outside), []);
    assert.deepEqual(
      report.problemList.map((p) => p.split(':')[0]),
      ['d/second', 'd/sub/third'],
      report.problemList.join('\n'),
    );
    // Without -u the planted link is kept (not followed); with -u it is replaced by the file.
    await unpack(list(entry('planted-file-link', 'file', { data: 'replaced' })), { root: s.target, overwrite: true, wanted: () => true, report });
    assert.deepEqual(allFiles(s.outside), []);
    assert.equal(fs.readFileSync(path.join(s.target, 'planted-file-link'), 'utf8'), 'replaced');
  } finally {
    s.cleanup();
  }
});

test('hard links only point at names restored in this run, inside the target', async () => {
  const s = setup();
  try {
    fs.writeFileSync(path.join(s.outside, 'secret'), 'secret');
    const report = new CollectingReporter();
    await unpack(
      list(entry('h1', 'hardlink', { linkTarget: '../../../outside/secret' }), entry('h2', 'hardlink', { linkTarget: 'never-restored' })),
      { root: s.target, overwrite: false, wanted: () => true, report },
    );
    assert.deepEqual(allFiles(s.target), []);
    assert.equal(report.problems, 2);
  } finally {
    s.cleanup();
  }
});

test('a damaged entry leaves no partial file and the rest is restored', async () => {
  const s = setup();
  try {
    const damaged: UnpackEntry = {
      ...entry('broken', 'file', { data: 'x' }),
      async *content() {
        yield { offset: 0n, data: Buffer.from('partial') };
        throw new Error('archive damaged at stream offset 123: bad chunk checksum');
      },
    };
    const report = new CollectingReporter();
    const r = await unpack(list(entry('before', 'file', { data: 'a' }), damaged, entry('after', 'file', { data: 'b' })), {
      root: s.target,
      overwrite: false,
      wanted: () => true,
      report,
    });
    assert.deepEqual(allFiles(s.target), ['after', 'before']);
    assert.equal(r.failed, 1);
    assert.match(report.problemList[0]!, /^broken: archive damaged at stream offset 123/);
  } finally {
    s.cleanup();
  }
});
