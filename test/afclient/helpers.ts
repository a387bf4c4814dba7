// Shared by the afclient tests: temporary directories, and an in-memory hand-over from the packer
// to the unpacker (the filesystem side tested without the archive format in between).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fsx } from '../../afclient/fsx.js';
import { pack, type PackOptions } from '../../afclient/pack/packer.js';
import type { UnpackEntry } from '../../afclient/unpack/restore-entry.js';
import { CollectingReporter } from '../../afclient/report.js';
import type { DataSegment } from '../../protocol/archive/entry.js';

export function tempDir(prefix = 'afclient-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    cleanup: () => {
      spawnSync('chmod', ['-R', 'u+rwx', dir], { stdio: 'ignore' }); // read-only test directories
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function* drain(it: AsyncIterable<DataSegment> | Iterable<DataSegment> | undefined): AsyncGenerator<DataSegment> {
  if (it) yield* it;
}

/** Packs and hands the entries straight to an unpacker-shaped consumer. */
export async function* packedEntries(opts: Partial<PackOptions> & { root: string; inputs: Buffer[] }): AsyncGenerator<UnpackEntry> {
  const report = opts.report ?? new CollectingReporter();
  for await (const item of pack({ selection: {}, noCompress: () => false, keepAtime: true, ...opts, report })) {
    let used = false;
    yield {
      meta: item.meta,
      content: () => {
        used = true;
        return drain(item.content);
      },
      skip: async () => {
        if (used) return;
        used = true;
        for await (const _ of drain(item.content));
      },
    };
    if (!used) for await (const _ of drain(item.content));
  }
}

export const names = (...list: string[]): Buffer[] => list.map((n) => Buffer.from(n));

export const isRoot = process.getuid?.() === 0;

/** Sets atime and mtime with nanoseconds. */
export function setTimes(p: string | Buffer, mtimeNs: bigint, atimeNs = mtimeNs): void {
  fsx.utimens(p, atimeNs, mtimeNs, true);
}

function trySpawn(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}

export interface TreeFeatures {
  acl: boolean;
  devices: boolean;
}

/**
 * A tree under dir/tree with every entry type: odd names, empty and sparse files, hard links
 * across directories, symlinks, a FIFO, a socket, devices (root only), xattrs and ACLs (when the
 * filesystem takes them), special modes, a read-only directory, nanosecond mtimes.
 */
export function makeTree(dir: string): TreeFeatures {
  const t = path.join(dir, 'tree');
  const at = (...p: string[]): string => path.join(t, ...p);
  fs.mkdirSync(at('d1/deep/deeper'), { recursive: true });
  fs.mkdirSync(at('d2'));
  fs.mkdirSync(at('ro'));
  fs.writeFileSync(at('plain.txt'), 'hello world\n'.repeat(100));
  fs.writeFileSync(at('empty'), '');
  fs.writeFileSync(at('Grüße 😀.txt'), 'non-ascii\n');
  fs.writeFileSync(at('new\nline'), 'newline in the name\n');
  fs.writeFileSync(at('-dash'), 'leading dash\n');
  fs.writeFileSync(Buffer.concat([Buffer.from(at('bad-utf8-')), Buffer.from([0xff, 0xfe])]), 'not UTF-8\n');
  fs.writeFileSync(at('d1/deep/deeper/file.bin'), Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7) & 0xff)));
  fs.writeFileSync(at('d1/linked'), 'one inode, two names\n');
  fs.linkSync(at('d1/linked'), at('d2/also-linked'));
  fs.writeFileSync(at('ro/inside'), 'in a read-only directory\n');
  fs.chmodSync(at('ro'), 0o555);
  const sparse = at('sparse');
  fs.writeFileSync(sparse, 'start');
  const fd = fs.openSync(sparse, 'r+');
  fs.writeSync(fd, Buffer.from('middle'), 0, 6, 8 << 20);
  fs.ftruncateSync(fd, 16 << 20);
  fs.closeSync(fd);
  fs.symlinkSync('../plain.txt', at('d1/rel-link'));
  fs.symlinkSync('/nonexistent/target', at('dangling'));
  fsx.mkfifo(at('fifo'), 0o640);
  trySpawn('python3', ['-c', `import socket; socket.socket(socket.AF_UNIX).bind(${JSON.stringify(at('sock'))})`]);
  fs.writeFileSync(at('setuid'), '#!/bin/sh\n');
  fs.chmodSync(at('setuid'), 0o4755);
  fs.mkdirSync(at('sticky'));
  fs.chmodSync(at('sticky'), 0o1777);
  fsx.lsetxattr(at('plain.txt'), 'user.comment', Buffer.from('kept'));
  const acl = trySpawn('setfacl', ['-m', 'u:1:rw', at('plain.txt')]) && trySpawn('setfacl', ['-d', '-m', 'g:1:rx', at('d2')]);
  if (isRoot) {
    fsx.mknod(at('null-dev'), fs.constants.S_IFCHR | 0o600, 1, 3);
    fsx.mknod(at('block-dev'), fs.constants.S_IFBLK | 0o600, 7, 200);
  }
  setTimes(at('plain.txt'), 1_600_000_000_123_456_789n, 1_500_000_000_987_654_321n);
  setTimes(at('d1/deep'), 1_600_000_001_000_000_001n);
  return { acl, devices: isRoot };
}
