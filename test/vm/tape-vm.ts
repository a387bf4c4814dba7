// Boots the cached Debian kernel under qemu-system-x86_64 (TCG: the host's /dev/kvm cannot run
// stock kernels) with scsi_debug loaded as a tape drive, so the real Linux st driver serves
// /dev/nst0, runs one shell command in the guest and returns the serial console. Generic on
// purpose: the st conformance test runs node there, the rmt driver's tests run rmt-tar there
// behind a virtio-serial port.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { baseArchive, runArchive, type GuestFile } from './initramfs.js';
import { ensureTapeKernel, tapeVmCacheDir, withCacheLock } from './tape-kernel.js';

export type { GuestFile } from './initramfs.js';

export const QEMU = 'qemu-system-x86_64';

export interface TapeVmOptions {
  /** Guest path (absolute) -> file. The guest command runs in /afbackup. */
  guestFiles?: Record<string, GuestFile>;
  /** Shell command (busybox sh) run as root once /dev/nst0 exists; its exit status is reported. */
  guestCommand: string;
  /** Shell command started in the background before guestCommand (e.g. an rmt server loop). */
  backgroundCommand?: string;
  /** Host binaries copied into the guest with their shared libraries (e.g. '/usr/sbin/rmt-tar'). */
  binaries?: string[];
  /**
   * Adds a virtio-serial port whose host side is a UNIX socket at this path (QEMU listens) and
   * whose guest side, /dev/vport0p1, the guest opens once before onReady and keeps open as file
   * descriptor 3 of guestCommand and backgroundCommand (a second open of the port fails). Bytes
   * sent while no guest program reads fd 3 wait in the port, so connect in onReady and serve
   * e.g. `while true; do rmt-tar <&3 >&3; done`.
   */
  serialSocket?: string;
  /** scsi_debug module parameters; ptype=1 (tape) is always set. */
  scsiDebugParams?: string;
  /** Whole run, from QEMU start to power-off. QEMU is killed by PID when it runs out. */
  timeoutMs: number;
  /** Guest memory in MiB (node plus the initramfs need about 600). */
  memoryMb?: number;
  /** Serial console output as it arrives ("\r" removed). */
  onOutput?: (text: string) => void;
  /** Called once the guest has loaded the modules and /dev/nst0 exists. */
  onReady?: () => void;
  /** Aborting powers the VM off (QEMU is killed); the result then has aborted = true. */
  signal?: AbortSignal;
}

export interface TapeVmResult {
  /** Exit status of guestCommand, or null when the run was aborted. */
  exitCode: number | null;
  aborted: boolean;
  /** Serial console from the guest's ready line to power-off. */
  output: string;
  /** Building the initramfs (and on the first run, downloading the kernel). */
  prepareMs: number;
  /** QEMU start to the guest's ready line. */
  bootMs: number;
  /** QEMU start to exit. */
  vmMs: number;
}

const READY = 'AFBACKUP_GUEST_READY';
const EXIT = 'AFBACKUP_GUEST_EXIT=';

/** Why the VM cannot run here, or null when it can. */
export function tapeVmUnavailable(): string | null {
  const dirs = (process.env.PATH ?? '').split(path.delimiter);
  if (!dirs.some((d) => d && fs.existsSync(path.join(d, QEMU)))) return `${QEMU} is not installed (apt-get install qemu-system-x86)`;
  return null;
}

/**
 * For node:test's `skip`: the reason to skip a VM test here, or false to run it. AFBACKUP_SKIP_VM=1
 * skips; a missing QEMU skips, except in CI (CI=true), where the test must run and then fails on
 * its first runInTapeVm.
 */
export function vmTestSkip(): string | false {
  if (process.env.AFBACKUP_SKIP_VM === '1') return 'AFBACKUP_SKIP_VM=1';
  const why = tapeVmUnavailable();
  if (why && process.env.CI !== 'true') return `${why}; the tape VM tests need it`;
  return false;
}

function initScript(modules: string[], scsiDebugParams: string, background: boolean, serialPort: boolean): string {
  const insmods = modules
    .map((m) => {
      const name = path.basename(m);
      return `insmod /lib/modules/${name}${name === 'scsi_debug.ko' ? ` ptype=1 ${scsiDebugParams}` : ''} || fail "insmod ${name}"`;
    })
    .join('\n');
  return `#!/bin/sh
export PATH=/usr/bin:/usr/sbin:/bin:/sbin HOME=/root NO_COLOR=1 TERM=dumb
fail() { echo "AFBACKUP_GUEST_FAILED: $*"; echo "${EXIT}125"; poweroff -f; }
mount -t proc proc /proc; mount -t sysfs sysfs /sys; mount -t devtmpfs dev /dev; mount -t tmpfs tmp /tmp
${insmods}
waitfor() { n=0; while [ ! -c "$1" ]; do n=$((n+1)); [ $n -gt 100 ] && fail "$1 did not appear"; sleep 0.1; done; }
waitfor /dev/nst0
${serialPort ? 'waitfor /dev/vport0p1\nexec 3<>/dev/vport0p1 || fail "cannot open /dev/vport0p1"\n' : ''}echo "${READY} uptime=$(cut -d' ' -f1 /proc/uptime)"
cd /afbackup 2>/dev/null || cd /
${background ? 'sh /afbackup-background.sh </dev/null >/dev/console 2>&1 &\n' : ''}sh /afbackup-command.sh </dev/null 2>&1
echo "${EXIT}$?"
sync
poweroff -f
`;
}

function killQemu(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** Boots the tape VM, runs guestCommand, and resolves when the guest has powered off. */
export async function runInTapeVm(opts: TapeVmOptions): Promise<TapeVmResult> {
  const unavailable = tapeVmUnavailable();
  if (unavailable) throw new Error(`tape VM: ${unavailable}`);
  const t0 = performance.now();
  const cacheDir = tapeVmCacheDir();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'afbackup-tapevm-'));
  try {
    const initrd = path.join(work, 'initrd.cpio');
    const kernel = await withCacheLock(cacheDir, async () => {
      const k = await ensureTapeKernel(cacheDir);
      fs.copyFileSync(await baseArchive(cacheDir, k, process.execPath), initrd);
      return k;
    });
    const files: Record<string, GuestFile> = {
      ...opts.guestFiles,
      '/afbackup-command.sh': { content: opts.guestCommand + '\n' },
    };
    if (opts.backgroundCommand) files['/afbackup-background.sh'] = { content: opts.backgroundCommand + '\n' };
    const runCpio = path.join(work, 'run.cpio');
    await runArchive(work, { init: initScript(kernel.modules, opts.scsiDebugParams ?? '', !!opts.backgroundCommand, !!opts.serialSocket), files, binaries: opts.binaries ?? [] }, runCpio);
    fs.appendFileSync(initrd, fs.readFileSync(runCpio));
    const prepareMs = performance.now() - t0;

    const args = [
      '-accel', 'tcg', '-cpu', 'max', '-smp', '2', '-m', String(opts.memoryMb ?? 1024),
      '-display', 'none', '-monitor', 'none', '-serial', 'stdio', '-no-reboot',
      '-kernel', kernel.vmlinuz, '-initrd', initrd,
      '-append', 'console=ttyS0 panic=-1 quiet loglevel=3 rdinit=/init',
    ];
    if (opts.serialSocket) {
      args.push(
        '-device', 'virtio-serial-pci',
        '-chardev', `socket,id=afport,path=${opts.serialSocket},server=on,wait=off`,
        '-device', 'virtserialport,chardev=afport,name=rmt0',
      );
    }
    // TCG sometimes breaks the guest kernel's own code patching while it boots on two vCPUs
    // ("Oops: int3" in sched_clock_cpu, then a panic, seen once in CI): a guest that panicked
    // before it was ready has run nothing of ours, so it is booted once more.
    for (let attempt = 1; ; attempt++) {
      try {
        return await bootAndRun(opts, args, prepareMs);
      } catch (e) {
        if (!(e instanceof GuestBootPanic) || attempt === 2) throw e;
      }
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The guest kernel panicked before the guest was ready. */
class GuestBootPanic extends Error {}

function bootAndRun(opts: TapeVmOptions, args: string[], prepareMs: number): Promise<TapeVmResult> {
  return new Promise<TapeVmResult>((resolve, reject) => {
    const started = performance.now();
    const qemu = spawn(QEMU, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let serial = '';
    let stderr = '';
    let bootMs = -1;
    let aborted = false;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killQemu(qemu.pid);
    }, Math.max(1, opts.timeoutMs - prepareMs));
    const onAbort = (): void => {
      aborted = true;
      killQemu(qemu.pid);
    };
    if (opts.signal?.aborted) onAbort();
    else opts.signal?.addEventListener('abort', onAbort, { once: true });
    qemu.stdout.setEncoding('utf8');
    qemu.stdout.on('data', (chunk: string) => {
      const text = chunk.replace(/\r/g, '');
      serial += text;
      opts.onOutput?.(text);
      if (bootMs < 0 && serial.includes(READY)) {
        bootMs = performance.now() - started;
        opts.onReady?.();
      }
    });
    qemu.stderr.setEncoding('utf8');
    qemu.stderr.on('data', (chunk: string) => (stderr += chunk));
    qemu.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`tape VM: cannot start ${QEMU}: ${e.message}`));
    });
    qemu.on('close', (code, sig) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      const vmMs = performance.now() - started;
      const readyAt = serial.indexOf(READY);
      const output = readyAt >= 0 ? serial.slice(readyAt) : serial;
      const tail = (): string => `\n--- guest console (last 3000 characters) ---\n${serial.slice(-3000)}\n--- qemu stderr ---\n${stderr.slice(-1000)}`;
      if (aborted) return resolve({ exitCode: null, aborted, output, prepareMs, bootMs, vmMs });
      if (timedOut) return reject(new Error(`tape VM: no result within ${opts.timeoutMs} ms; QEMU (pid ${qemu.pid}) was killed${tail()}`));
      const m = new RegExp(`${EXIT}(\\d+)`).exec(serial);
      if (!m) {
        const message = `tape VM: QEMU exited (${sig ?? code}) before the guest command finished${tail()}`;
        return reject(readyAt < 0 && serial.includes('Kernel panic') ? new GuestBootPanic(message) : new Error(message));
      }
      resolve({ exitCode: Number(m[1]), aborted, output, prepareMs, bootMs, vmMs });
    });
  });
}
