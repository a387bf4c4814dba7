// Throughput of the blocked tape layout over the virtual tape, against dd on the same disk.
//
//   node --import tsx bench/vtape.ts [--size 2G] [--dir D] [--block 256K] [--chunk 4M]
//
// Writes SIZE bytes of incompressible data as one data tape file (BlockedWriter over a vtape
// cartridge, 256 KiB blocks, CHUNK bytes per write call: 4 MiB, the archive's chunk size), reads
// it back (BlockedReader, checksums verified, every chunk handed back with release() as afclient
// hands back its decoded chunks; once more keeping every chunk, for information), and runs
// `dd if=/dev/zero of=FILE bs=256k` and `dd if=FILE of=/dev/null bs=256k` of the same size in
// the same run. Neither side is timed with an fsync: dd leaves its data in the page cache, and
// our clock stops at the tape file's filemark (MTWEOFI, no flush); the cartridge's unload fsync is
// shown on its own line. Prints MB/s for each and, for write and read separately, our share of
// dd's speed (target: >= 0.8). dd's read comes from the page cache (the file it just wrote) into
// one reused buffer, at memory-copy speed, and checks nothing; ours verifies two checksums per
// block (the cartridge's payload CRC-64 and the layout's block CRC-32). The read speed of the bare
// VirtualTape (one reused buffer, as dd) tells the drive's cost from the layout's, and the
// "ceiling" lines what a verifying read can do on one core and on two: dd's reads plus both
// checksums, in C (bench/vtape-ceiling.ts).
// CPU seconds (user+sys of this process, all its threads) are printed per phase, and dd's for its
// write: on a shared machine they are steadier than the wall-clock rates. Both timed writes start
// right after a file of the same size was deleted (see main).
import { spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openTapeFileForRead, openTapeFileForWrite } from '../drivers/layout/index.js';
import { VirtualTape, createCartridge } from '../drivers/vtape/index.js';
import { option, parseSize } from './args.js';
import { verifyRecords, verifyRecordsOnThreads } from './vtape-ceiling.js';

const MB = 1e6;

interface CpuSeconds {
  user: number;
  sys: number;
}

function cpuSeconds(since: NodeJS.CpuUsage): CpuSeconds {
  const u = process.cpuUsage(since);
  return { user: u.user / 1e6, sys: u.system / 1e6 };
}

const cpuText = (c: CpuSeconds): string => `${(c.user + c.sys).toFixed(2)} s (user ${c.user.toFixed(2)}, sys ${c.sys.toFixed(2)})`;

const rate = (bytes: number, ms: number): number => bytes / MB / (ms / 1000);

/** Starts each write phase with no dirty pages of an earlier phase still being written back. */
function sync(): void {
  spawnSync('sync');
}

/** Empties the page cache so the next read comes from the disk; false when not permitted. */
function dropCaches(): boolean {
  sync();
  try {
    fs.writeFileSync('/proc/sys/vm/drop_caches', '1');
    return true;
  } catch {
    return false;
  }
}

/** CPU seconds of this process's finished children (user+sys), from /proc: dd's share of the work. */
function childCpu(): CpuSeconds {
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const tick = 100; // USER_HZ on Linux
  return { user: Number(fields[13]) / tick, sys: Number(fields[14]) / tick };
}

/** Runs dd after a sync; its wall time and CPU seconds. */
function dd(args: string[]): { ms: number; cpu: CpuSeconds } {
  sync();
  const before = childCpu();
  const t0 = performance.now();
  const r = spawnSync('dd', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`dd ${args.join(' ')} failed: ${r.stderr.toString().trim()}`);
  const ms = performance.now() - t0;
  const after = childCpu();
  return { ms, cpu: { user: after.user - before.user, sys: after.sys - before.sys } };
}

async function main(): Promise<void> {
  const size = parseSize(option('size', '2G'));
  const blockSize = parseSize(option('block', '256K'));
  const base = option('dir', os.tmpdir());
  const dir = fs.mkdtempSync(path.join(base, 'af-bench-vtape-'));
  const chunk = parseSize(option('chunk', '4M'));
  const count = Math.ceil(size / blockSize);
  try {
    // dd on the same file system, the same number of bytes. Each timed write starts right after
    // a file of the same size was deleted, so that both write into page-cache memory just freed:
    // on a virtual machine, memory nobody touched for a while can cost a host fault per page, and
    // writing into it made a write (ours, run after dd's while dd's file stayed) pay up to ten
    // times the system time. The first dd only frees such memory for the timed one.
    const ddFile = path.join(dir, 'dd.img');
    dd([`if=/dev/zero`, `of=${ddFile}`, `bs=${blockSize}`, `count=${count}`]);
    fs.rmSync(ddFile);
    const { ms: ddWrite, cpu: ddWriteCpu } = dd([`if=/dev/zero`, `of=${ddFile}`, `bs=${blockSize}`, `count=${count}`]);
    const ddRead = dd([`if=${ddFile}`, `of=/dev/null`, `bs=${blockSize}`]).ms;
    fs.rmSync(ddFile);

    const cart = path.join(dir, 'bench.vtape');
    await createCartridge(cart, { capacityBytes: Math.ceil(size * 1.05) + (64 << 20), earlyWarningBytes: 16 << 20 });
    // incompressible: random bytes, taken at shifting offsets from a pool larger than a block
    const pool = randomFillSync(Buffer.allocUnsafe(32 << 20));
    let dev = await VirtualTape.open(cart);
    const header = {
      kind: 'archive',
      cartridge: 1,
      tapeFile: 1,
      cartridgeSet: 1,
      clientId: 'bench',
      sessionId: 'bench',
      streamId: 'bench',
      time: new Date(),
      streamOffset: 0,
      metadata: {},
    };
    sync();
    let t0 = performance.now();
    let c0 = process.cpuUsage();
    const w = await openTapeFileForWrite(dev, header, { blockSize });
    let leom = false;
    for (let done = 0, i = 0; done < size; done += chunk, i++) {
      const n = Math.min(chunk, size - done);
      const from = (i * 4099 * 64) % (pool.length - n);
      leom ||= (await w.write(pool.subarray(from, from + n))).logicalEndOfMedium;
    }
    await w.finishTapeFile({ endOfStream: true });
    const ourWrite = performance.now() - t0;
    const writeCpu = cpuSeconds(c0);
    t0 = performance.now();
    await dev.close();
    const closeMs = performance.now() - t0;
    if (leom) throw new Error('the bench cartridge reached its early warning; the capacity computation is wrong');

    // The consumer hands every chunk back once done with it (BlockedReader.release), as afclient
    // -x/-d hand back their decoded chunks: the reader reads into the same few buffers again.
    // The second read keeps every chunk, as a consumer that never releases: a fresh buffer per
    // block, whose memory the kernel must fault in.
    const readAll = async (release: boolean): Promise<{ ms: number; cpu: CpuSeconds }> => {
      dev = await VirtualTape.open(cart);
      const t = performance.now();
      const c = process.cpuUsage();
      const { reader } = await openTapeFileForRead(dev, { blockSize });
      let got = 0;
      for await (const chunk of reader) {
        got += chunk.length;
        if (release) reader.release(chunk);
      }
      const result = { ms: performance.now() - t, cpu: cpuSeconds(c) };
      await dev.close();
      if (got !== size || reader.damaged.length > 0) throw new Error(`read back ${got} of ${size} bytes, ${reader.damaged.length} damaged blocks`);
      return result;
    };
    const { ms: ourRead, cpu: readCpu } = await readAll(true);
    const keeping = await readAll(false);

    // Durable and cold: what a crash-safe store on this disk can do. dd's write with its fsync
    // against ours with the cartridge's fsync at unload; both reads after dropping the page
    // cache (needs root; skipped otherwise).
    let durable: { ddWrite: number; ddRead: number; ourRead: number; cpu: CpuSeconds } | undefined;
    if (dropCaches()) {
      const ddWrite = dd([`if=/dev/zero`, `of=${ddFile}`, `bs=${blockSize}`, `count=${count}`, 'conv=fsync']).ms;
      dropCaches();
      const ddRead = dd([`if=${ddFile}`, `of=/dev/null`, `bs=${blockSize}`]).ms;
      fs.rmSync(ddFile);
      dropCaches();
      dev = await VirtualTape.open(cart);
      t0 = performance.now();
      c0 = process.cpuUsage();
      const cold = await openTapeFileForRead(dev, { blockSize });
      for await (const c of cold.reader) void c;
      durable = { ddWrite, ddRead, ourRead: performance.now() - t0, cpu: cpuSeconds(c0) };
      await dev.close();
    }

    // The same records through the bare drive into one reused buffer, as dd reads: the drive's
    // own cost, without the layout's checks and buffers.
    dev = await VirtualTape.open(cart);
    const record = Buffer.allocUnsafe(blockSize + 4096);
    t0 = performance.now();
    c0 = process.cpuUsage();
    for (let n = 1; n > 0; ) n = await dev.read(record);
    const rawRead = performance.now() - t0;
    const rawCpu = cpuSeconds(c0);
    await dev.close();

    // The ceiling of a verifying read (bench/vtape-ceiling.ts), on one core and on two; the
    // reads above left the cartridge in the page cache, where dd's read found its file.
    t0 = performance.now();
    c0 = process.cpuUsage();
    const verified = verifyRecords({ file: cart, blockSize, first: 0, count: Number.MAX_SAFE_INTEGER });
    const ceilingRead = performance.now() - t0;
    const ceilingCpu = cpuSeconds(c0);
    if (verified < count) throw new Error(`the ceiling read checked ${verified} records, fewer than the ${count} written`);
    const twoCores = await verifyRecordsOnThreads(cart, blockSize, verified, 2);
    if (twoCores.verified !== verified) throw new Error(`the two-thread ceiling read checked ${twoCores.verified} records, not ${verified}`);

    const line = (what: string, ours: number, theirs: number): string =>
      `${what.padEnd(5)} ours ${rate(size, ours).toFixed(0).padStart(6)} MB/s   dd ${rate(size, theirs).toFixed(0).padStart(6)} MB/s   ${what} ratio ${(theirs / ours).toFixed(2)} (target 0.80)`;
    console.log(`vtape bench: ${(size / 1024 ** 3).toFixed(2)} GiB, ${blockSize / 1024} KiB blocks, in ${dir}`);
    console.log(line('write', ourWrite, ddWrite));
    console.log(line('read', ourRead, ddRead));
    console.log(`our CPU (this process, all threads): write ${cpuText(writeCpu)}, read ${cpuText(readCpu)}; dd's write ${cpuText(ddWriteCpu)}`);
    console.log('note: dd reads the file it just wrote from the page cache, at memory-copy speed, and verifies nothing');
    console.log(`read by a consumer that keeps every chunk (a fresh buffer per block): ${rate(size, keeping.ms).toFixed(0)} MB/s, ratio ${(ddRead / keeping.ms).toFixed(2)}, CPU ${cpuText(keeping.cpu)}`);
    console.log(`read through the bare VirtualTape (no layout, one reused buffer): ${rate(size, rawRead).toFixed(0)} MB/s, ratio ${(ddRead / rawRead).toFixed(2)}, CPU ${cpuText(rawCpu)}`);
    console.log(`ceiling, one core: pread per record into one buffer + CRC-64 + CRC-32: ${rate(size, ceilingRead).toFixed(0)} MB/s, ratio ${(ddRead / ceilingRead).toFixed(2)}, CPU ${cpuText(ceilingCpu)}`);
    console.log(`ceiling, two cores: the same on two threads, half the records each: ${rate(size, twoCores.ms).toFixed(0)} MB/s, ratio ${(ddRead / twoCores.ms).toFixed(2)}`);
    console.log(`unload (fsync of the cartridge): ${closeMs.toFixed(0)} ms`);
    if (durable) {
      console.log(line('durable write (both fsynced)', ourWrite + closeMs, durable.ddWrite));
      console.log(line('cold read (page cache dropped)', durable.ourRead, durable.ddRead));
      console.log(`our CPU, cold read: ${cpuText(durable.cpu)}`);
    } else {
      console.log('durable write and cold read skipped: dropping the page cache needs root');
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(`bench/vtape: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
