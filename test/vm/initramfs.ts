// Builds the tape VM's initramfs as two concatenated "newc" cpio archives (the kernel unpacks
// them in order): a large base archive with busybox, node and its shared libraries, mt-st and
// the kernel modules, cached per kernel and node binary, and a small per-run archive with /init,
// the guest command and the files under test. Both are uncompressed: under TCG the guest would
// spend longer decompressing than QEMU spends loading the bytes.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TapeKernel } from './tape-kernel.js';

const run = promisify(execFile);

/** A file to place in the guest: copied from the host, or given inline. */
export type GuestFile = { from: string; mode?: number } | { content: string | Uint8Array; mode?: number };

/** Absolute paths of the shared libraries (and loader) a host binary needs, from ldd. */
async function sharedLibraries(binary: string): Promise<string[]> {
  const { stdout } = await run('ldd', [binary]).catch(() => ({ stdout: '' })); // static binaries: ldd fails
  return [...stdout.matchAll(/(\/\S+\.so[^\s]*)/g)].map((m) => m[1]);
}

function place(root: string, guestPath: string, file: GuestFile): void {
  const dest = path.join(root, guestPath);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  if ('from' in file) fs.copyFileSync(file.from, dest);
  else fs.writeFileSync(dest, file.content);
  if (file.mode !== undefined) fs.chmodSync(dest, file.mode);
}

/** Copies host binaries to the same paths in the guest, with everything ldd says they load. */
async function placeBinaries(root: string, binaries: string[]): Promise<void> {
  for (const b of binaries) {
    place(root, b, { from: b });
    for (const lib of await sharedLibraries(b)) {
      if (!fs.existsSync(path.join(root, lib))) place(root, lib, { from: lib });
    }
  }
}

async function packCpio(root: string, out: string): Promise<void> {
  // -R 0:0: the guest runs everything as root whoever built the archive.
  await run('sh', ['-c', 'cd "$1" && find . | cpio -o -H newc -R 0:0 --quiet > "$2"', 'sh', root, out], { maxBuffer: 16 << 20 });
}

function fingerprint(files: string[]): string {
  const h = createHash('sha256');
  h.update('tapevm-base-v1');
  for (const f of files) {
    const st = fs.statSync(f);
    h.update(`${f}:${st.size}:${st.mtimeMs}\n`);
  }
  return h.digest('hex').slice(0, 16);
}

const BUSYBOX = '/usr/bin/busybox';
const MT_ST = '/usr/bin/mt-st';

/** The cached base archive for this kernel and node binary; built on first use. */
export async function baseArchive(cacheDir: string, kernel: TapeKernel, nodeBinary: string): Promise<string> {
  for (const tool of [BUSYBOX, MT_ST]) {
    if (!fs.existsSync(tool)) throw new Error(`tape VM: ${tool} is missing: apt-get install busybox-static mt-st`);
  }
  const out = path.join(cacheDir, `initramfs-base-${fingerprint([nodeBinary, BUSYBOX, MT_ST, ...kernel.modules])}.cpio`);
  if (fs.existsSync(out)) return out;
  for (const old of fs.readdirSync(cacheDir).filter((f) => f.startsWith('initramfs-base-'))) fs.rmSync(path.join(cacheDir, old), { force: true });
  const root = fs.mkdtempSync(path.join(cacheDir, 'base-'));
  try {
    for (const d of ['dev', 'proc', 'sys', 'tmp', 'root', 'bin', 'sbin', 'usr/bin', 'usr/sbin', 'lib/modules']) {
      fs.mkdirSync(path.join(root, d), { recursive: true });
    }
    place(root, 'bin/busybox', { from: BUSYBOX, mode: 0o755 });
    const { stdout } = await run(BUSYBOX, ['--list']);
    // No 'mt' applet: busybox sh would run its own mt in preference to mt-st.
    for (const applet of stdout.split('\n').filter((a) => a && a !== 'busybox' && a !== 'mt')) {
      fs.symlinkSync('busybox', path.join(root, 'bin', applet));
    }
    await placeBinaries(root, [nodeBinary, MT_ST]);
    if (nodeBinary !== '/usr/bin/node') fs.symlinkSync(nodeBinary, path.join(root, 'usr/bin/node'));
    for (const ko of kernel.modules) place(root, path.join('lib/modules', path.basename(ko)), { from: ko });
    place(root, 'etc/passwd', { content: 'root:x:0:0:root:/root:/bin/sh\n' });
    place(root, 'etc/group', { content: 'root:x:0:\n' });
    const tmp = `${out}.tmp-${process.pid}`;
    await packCpio(root, tmp);
    fs.renameSync(tmp, out);
    return out;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

export interface RunArchiveSpec {
  init: string;
  files: Record<string, GuestFile>;
  /** Host binaries to copy with their libraries (e.g. /usr/sbin/rmt-tar). */
  binaries: string[];
}

/** Writes the per-run archive to `out`. */
export async function runArchive(workDir: string, spec: RunArchiveSpec, out: string): Promise<void> {
  const root = path.join(workDir, 'run-root');
  fs.mkdirSync(root, { recursive: true });
  place(root, 'init', { content: spec.init, mode: 0o755 });
  for (const [guestPath, file] of Object.entries(spec.files)) place(root, guestPath, file);
  await placeBinaries(root, spec.binaries);
  await packCpio(root, out);
}
