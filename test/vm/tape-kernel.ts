// Fetches and caches a Debian cloud kernel whose scsi_debug module emulates a tape drive
// (ptype=1, Linux >= 6.15; bookworm's 6.1 has none), following
// /work/shared/reference/tape-vm-recipe.sh: a private apt configuration that only *downloads*
// linux-binary/linux-modules from trixie-backports through the host's own Debian mirror.
// Nothing is installed on the host. The unpacked kernel and its modules stay in the cache, so
// only the first run needs the network.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { acquirePidLock } from '../../drivers/library/pid-lock.js';

const run = promisify(execFile);

/** The kernel modules the guest loads, with their dependencies resolved from modinfo. */
const WANTED_MODULES = ['scsi_debug', 'st', 'sg'];

export interface TapeKernel {
  /** Kernel release, e.g. "7.3.4+deb13-cloud-amd64". */
  kver: string;
  vmlinuz: string;
  /** Uncompressed .ko files, in load order (dependencies first). */
  modules: string[];
}

export function tapeVmCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'afbackup-tapevm');
}

/**
 * Runs `fn` holding the cache's lock file, so that test files running in parallel do not
 * download the kernel or build the initramfs twice at the same time (apt would also refuse a
 * second update of the same lists). A lock left by a process that no longer exists is taken over.
 */
export async function withCacheLock<T>(cacheDir: string, fn: () => Promise<T>): Promise<T> {
  fs.mkdirSync(cacheDir, { recursive: true });
  const release = await acquirePidLock(path.join(cacheDir, 'lock'), { waitMs: 600_000, what: `the tape VM cache ${cacheDir}` });
  try {
    return await fn();
  } finally {
    await release();
  }
}

function debianMirror(): string {
  if (process.env.AFBACKUP_TAPEVM_MIRROR) return process.env.AFBACKUP_TAPEVM_MIRROR;
  const sources = '/etc/apt/sources.list.d/debian.sources';
  if (fs.existsSync(sources)) {
    const m = /^URIs:\s*(\S+)/m.exec(fs.readFileSync(sources, 'utf8'));
    if (m) return m[1];
  }
  const list = '/etc/apt/sources.list';
  if (fs.existsSync(list)) {
    const m = /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)/m.exec(fs.readFileSync(list, 'utf8'));
    if (m) return m[1];
  }
  return 'http://deb.debian.org/debian';
}

async function step(what: string, file: string, args: string[], cwd?: string): Promise<string> {
  try {
    const { stdout } = await run(file, args, { cwd, timeout: 300_000, maxBuffer: 64 << 20 });
    return stdout;
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new Error(`tape VM kernel: ${what} failed: ${(err.stderr || err.message).trim().slice(-2000)}`, { cause: e });
  }
}

async function decompress(src: string, dest: string): Promise<void> {
  if (src.endsWith('.xz')) await run('sh', ['-c', 'xz -dc "$1" > "$2"', 'sh', src, dest]);
  else if (src.endsWith('.zst')) await run('sh', ['-c', 'zstd -dcq "$1" > "$2"', 'sh', src, dest]);
  else if (src.endsWith('.gz')) await run('sh', ['-c', 'gzip -dc "$1" > "$2"', 'sh', src, dest]);
  else fs.copyFileSync(src, dest);
}

function findFile(dir: string, test: (name: string) => boolean): string | undefined {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      const hit = findFile(p, test);
      if (hit) return hit;
    } else if (test(e.name)) return p;
  }
  return undefined;
}

function manifestOk(m: TapeKernel): boolean {
  return fs.existsSync(m.vmlinuz) && m.modules.every((f) => fs.existsSync(f));
}

/**
 * Returns the cached tape kernel, downloading it first when the cache is empty (or when
 * AFBACKUP_TAPEVM_REFRESH=1). KSUITE picks the Debian suite (default trixie-backports).
 * Call it under withCacheLock.
 */
export async function ensureTapeKernel(cacheDir = tapeVmCacheDir()): Promise<TapeKernel> {
  const manifestFile = path.join(cacheDir, 'kernel.json');
  if (process.env.AFBACKUP_TAPEVM_REFRESH !== '1' && fs.existsSync(manifestFile)) {
    const m = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as TapeKernel;
    if (manifestOk(m)) return m;
  }
  const suite = process.env.KSUITE || 'trixie-backports';
  const release = suite.replace(/-backports$/, '');
  const apt = path.join(cacheDir, 'apt');
  for (const d of ['lists/partial', 'cache/archives/partial']) fs.mkdirSync(path.join(apt, d), { recursive: true });
  const mirror = debianMirror();
  const keyring = '/usr/share/keyrings/debian-archive-keyring.gpg';
  const lines = [`deb [signed-by=${keyring}] ${mirror} ${release} main`];
  if (suite !== release) lines.push(`deb [signed-by=${keyring}] ${mirror} ${suite} main`);
  fs.writeFileSync(path.join(apt, 'sources.list'), lines.join('\n') + '\n');
  const o = [
    '-o', `Dir::Etc::SourceList=${path.join(apt, 'sources.list')}`,
    '-o', 'Dir::Etc::SourceParts=/nonexistent',
    '-o', `Dir::State::Lists=${path.join(apt, 'lists')}`,
    '-o', `Dir::Cache=${path.join(apt, 'cache')}`,
  ];
  await step(`apt-get update from ${mirror} (${suite})`, 'apt-get', [...o, '-qq', 'update']);
  const deps = await step('resolving linux-image-cloud-amd64', 'apt-cache', [...o, 'depends', `linux-image-cloud-amd64/${suite}`]);
  const img = /Depends: (linux-image-[0-9]\S*)/.exec(deps)?.[1];
  if (!img) throw new Error(`tape VM kernel: linux-image-cloud-amd64 in ${suite} names no kernel image:\n${deps}`);
  const kver = img.slice('linux-image-'.length);

  const work = fs.mkdtempSync(path.join(cacheDir, 'download-'));
  try {
    const debs = path.join(work, 'debs');
    fs.mkdirSync(debs);
    // Since 6.x Debian splits the image into linux-binary + linux-modules; older layouts ship
    // linux-image-KVER(-unsigned) only.
    try {
      await step(`apt-get download linux-binary-${kver}`, 'apt-get', [...o, 'download', `linux-binary-${kver}`, `linux-modules-${kver}`], debs);
    } catch {
      await step(`apt-get download ${img}`, 'apt-get', [...o, 'download', `${img}-unsigned`], debs);
    }
    const root = path.join(work, 'root');
    for (const deb of fs.readdirSync(debs)) await step(`unpacking ${deb}`, 'dpkg', ['-x', path.join(debs, deb), root]);
    const vmlinuzSrc = findFile(root, (n) => n.startsWith('vmlinuz'));
    if (!vmlinuzSrc) throw new Error(`tape VM kernel: no vmlinuz in the ${kver} packages`);

    const dest = path.join(cacheDir, `kernel-${kver}`);
    fs.rmSync(dest, { recursive: true, force: true });
    fs.mkdirSync(dest, { recursive: true });
    const vmlinuz = path.join(dest, 'vmlinuz');
    fs.copyFileSync(vmlinuzSrc, vmlinuz);

    const modules: string[] = [];
    const load = async (name: string): Promise<void> => {
      const ko = path.join(dest, `${name}.ko`);
      if (modules.includes(ko)) return;
      const src = findFile(root, (n) => n.replace(/\.(xz|zst|gz)$/, '').replace(/-/g, '_') === `${name}.ko`);
      if (!src) throw new Error(`tape VM kernel: module ${name} is missing from the ${kver} packages`);
      await decompress(src, ko);
      const dependsOn = (await step(`modinfo ${name}`, '/sbin/modinfo', ['-F', 'depends', ko])).trim();
      for (const d of dependsOn.split(',').filter(Boolean)) await load(d.replace(/-/g, '_'));
      modules.push(ko);
    };
    for (const m of WANTED_MODULES) await load(m);

    const scsiDebug = fs.readFileSync(path.join(dest, 'scsi_debug.ko'));
    if (!scsiDebug.includes('resp_write_filemarks')) {
      throw new Error(`tape VM kernel: scsi_debug of ${kver} has no tape emulation (needs Linux >= 6.15); set KSUITE=sid to try a newer kernel`);
    }
    const manifest: TapeKernel = { kver, vmlinuz, modules };
    fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
    for (const old of fs.readdirSync(cacheDir).filter((f) => f.startsWith('kernel-') && f !== path.basename(dest))) {
      fs.rmSync(path.join(cacheDir, old), { recursive: true, force: true });
    }
    return manifest;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
