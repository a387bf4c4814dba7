// Restore speed: one file from the middle of a full backup (afrestore -p, block-precise) beside
// `zstd -dc | tar -xf - MEMBER` of a tar | zstd archive of the same tree, and the emergency
// rebuild of the filelist from the tapes alone (afrestore -e -f after the client's VarDirectory
// is deleted) beside reading every cartridge file of the virtual library with cat.
//
//   node --import tsx bench/restore.ts [--scale 1] [--dir D] [--dist DIST] [--keep]
//
// Untimed setup: bench/mktree.mjs builds the tree, an afserver (a child process on 127.0.0.1)
// writes to a virtual tape library in the temporary folder, full_backup saves the tree (zstd
// level 1, like the tar side), and `tar | zstd -1 -T2` packs the same tree. Every timed command
// runs twice and the second (warm) run is reported: the page cache cannot be dropped here, so
// both sides read from memory. The compiled programs (dist/, from `npm run build`) are measured
// when they exist; otherwise the sources through tsx (slower to start, and said so).
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Filelist } from '../afclient/backup/filelist/filelist.js';
import { nodeFlagsOf, withoutExtraCaCertificates } from './program-start.js';
import { option } from './args.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const PROGRAMS = { afserver: 'afserver/main', full_backup: 'afclient/backup/full-backup', afrestore: 'afrestore/cli', afclient: 'afclient/cli' } as const;
const dist = path.resolve(option('dist', path.join(root, 'dist')));
const useDist = Object.values(PROGRAMS).every((p) => fs.existsSync(path.join(dist, `${p}.js`)));
const command = (program: keyof typeof PROGRAMS): string[] => {
  const file = useDist ? path.join(dist, `${PROGRAMS[program]}.js`) : path.join(root, `${PROGRAMS[program]}.ts`);
  return [process.execPath, ...nodeFlagsOf(file), ...(useDist ? [] : ['--import', 'tsx']), file];
};

interface Ran {
  seconds: number;
  stdout: string;
  stderr: string;
}

/** Runs argv (stdin from `input`), rejects with its standard error when it fails. */
function run(argv: string[], input = ''): Promise<Ran> {
  const start = process.hrtime.bigint();
  const child = spawn(argv[0]!, argv.slice(1), { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-8192)));
  child.stdin.on('error', () => undefined);
  child.stdin.end(input);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (code !== 0) reject(new Error(`${argv.join(' ')} failed (exit ${code}):\n${stderr}`));
      else resolve({ seconds, stdout, stderr });
    });
  });
}

const sh = (script: string): Promise<Ran> => run(['sh', '-c', script]);
const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs `before` then `timedRun` twice; the second run is the one reported (warm page cache, warm tsx cache). */
async function warm(before: () => void, timedRun: () => Promise<Ran>): Promise<Ran> {
  before();
  await timedRun();
  before();
  return timedRun();
}

async function startServer(confFile: string): Promise<{ port: number; stop(): Promise<void> }> {
  const argv = command('afserver');
  const child: ChildProcess = spawn(argv[0]!, [...argv.slice(1), '-c', confFile], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    // keep draining the log so the server never blocks on a full pipe
    child.stderr!.on('data', (b: Buffer) => {
      log = (log + b.toString()).slice(-16384);
      const m = /afserver ready on [^ ]*:(\d+)/.exec(log);
      if (m) resolve(Number(m[1]));
    });
    void exited.then(() => reject(new Error(`afserver exited before it was ready:\n${log}`)));
  });
  return {
    port,
    async stop() {
      process.kill(child.pid!, 'SIGTERM');
      await exited;
    },
  };
}

/** The regular file (up to 4 MiB: a file, not a disk image) whose record starts nearest the middle of the stream. */
function middleFile(varDir: string): { name: string; size: number; streamOffset: number; streamBytes: number; cartridge: number; tapeFile: number; block: number } {
  const fl = Filelist.open(varDir);
  try {
    const rows = fl.db
      .prepare("SELECT name, size, stream_offset AS streamOffset, cartridge, tape_file AS tapeFile, block FROM entries WHERE type = 'file' ORDER BY stream_offset")
      .all() as { name: Buffer; size: number; streamOffset: number; cartridge: number; tapeFile: number; block: number }[];
    const last = rows.at(-1);
    if (!last) throw new Error('the filelist holds no regular file: did full_backup save the tree?');
    const streamBytes = last.streamOffset + last.size;
    let best = rows[0]!;
    for (const r of rows) if (r.size <= 4 << 20 && Math.abs(r.streamOffset - streamBytes / 2) < Math.abs(best.streamOffset - streamBytes / 2)) best = r;
    return { ...best, name: best.name.toString(), streamBytes };
  } finally {
    fl.close();
  }
}

/** Where the backup run's stream starts on tape. */
function runStart(varDir: string): { cartridge: number; tapeFile: number } {
  const fl = Filelist.open(varDir);
  try {
    const first = fl.runs()[0]?.first;
    if (!first) throw new Error('the filelist does not say where the full backup starts on tape');
    return first;
  } finally {
    fl.close();
  }
}

/** How many entries (of any type) the filelist holds. */
function entryCount(varDir: string): number {
  const fl = Filelist.open(varDir);
  try {
    return fl.db.prepare('SELECT count(*) FROM entries').pluck().get() as number;
  } finally {
    fl.close();
  }
}

/** The cartridge files of a virtual library, without the lock file of the cartridge loaded in the drive. */
function cartridgeFilesOf(library: string): string[] {
  const dir = path.join(library, 'cartridges');
  if (!fs.existsSync(dir)) throw new Error(`${dir} does not exist: the virtual library keeps its cartridge files elsewhere now; update bench/restore.ts`);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.endsWith('.lock'))
    .map((e) => path.join(dir, e.name));
}

const secs = (r: Ran): string => `${r.seconds.toFixed(3).padStart(8)} s`;

async function main(): Promise<void> {
  const scale = option('scale', '1');
  const keep = process.argv.includes('--keep');
  const work = fs.mkdtempSync(path.join(option('dir', os.tmpdir()), 'afbench-restore-'));
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    const tree = path.join(work, 'tree');
    const library = path.join(work, 'library');
    const varDir = path.join(work, 'client-var');
    const keyFile = path.join(work, 'key');
    const minInfoFile = path.join(work, 'min-restore-info');
    const archive = path.join(work, 'tree.tar.zst');
    await run([process.execPath, path.join(root, 'bench/mktree.mjs'), tree, '--scale', scale]);
    const treeBytes = Number((await run(['du', '-sb', '--apparent-size', tree])).stdout.split('\t')[0]);

    fs.writeFileSync(keyFile, crypto.randomBytes(32).toString('base64'), { mode: 0o600 });
    const serverConf = path.join(work, 'server.conf');
    fs.writeFileSync(
      serverConf,
      [`Backup-Device: ${library}`, `Encryption-Key-File: ${keyFile}`, 'Number Of Cartridges: 4', `Max Bytes Per Tape: ${Math.ceil((treeBytes * 2) / 2 ** 20) + 64}M`, `Var-Directory: ${path.join(work, 'server-var')}`, 'Port: 0', ''].join('\n'),
    );
    server = await startServer(serverConf);
    const clientConf = path.join(work, 'client.conf');
    fs.writeFileSync(
      clientConf,
      [
        'BackupHosts: 127.0.0.1',
        `BackupPorts: ${server.port}`,
        `RootDirectory: ${tree}`,
        'DirsToBackup: .',
        `VarDirectory: ${varDir}`,
        `EncryptionKeyFile: ${keyFile}`,
        'ClientIdentifier: bench-restore',
        'BuiltinCompressLevel: 1',
        // the line an administrator gets by mail; kept in a file for afrestore -e
        `StartupInfoProgram: tee ${minInfoFile}`,
        '',
      ].join('\n'),
    );
    process.stdout.write(`tree: ${(treeBytes / 1e6).toFixed(1)} MB (scale ${scale}) in ${work}\n`);
    process.stdout.write(withoutExtraCaCertificates());
    process.stdout.write(`programs: ${useDist ? `compiled, ${dist}` : 'sources through tsx (no complete dist/: run `npm run build` to measure the compiled programs)'}\n`);
    const backup = await run([...command('full_backup'), '-c', clientConf]);
    await sh(`tar -C ${q(work)} -cf - tree | zstd -q -1 -T2 -f -o ${q(archive)}`);
    const minInfo = fs.readFileSync(minInfoFile, 'utf8');
    const cartridgeFiles = cartridgeFilesOf(library);
    const libraryBytes = cartridgeFiles.reduce((n, f) => n + fs.statSync(f).size, 0);
    process.stdout.write(
      `setup (untimed): full_backup ${backup.seconds.toFixed(1)} s; ${cartridgeFiles.length} cartridge files of ${(libraryBytes / 1e6).toFixed(1)} MB; tar.zst ${(fs.statSync(archive).size / 1e6).toFixed(1)} MB\n`,
    );

    // (1) one file from the middle of the stream
    const m = middleFile(varDir);
    const out1 = path.join(work, 'out-afrestore');
    const out2 = path.join(work, 'out-tar');
    const fresh = (dir: string) => () => {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir);
    };
    const ours = await warm(fresh(out1), () => run([...command('afrestore'), '-c', clientConf, '-C', out1, '-p', m.name]));
    const lookup = await warm(
      () => undefined,
      () => run([...command('afrestore'), '-c', clientConf, '-n', '-p', m.name]),
    );
    const tar = await warm(fresh(out2), () => sh(`zstd -dc ${q(archive)} | tar -xf - -C ${q(out2)} ${q(path.join('tree', m.name))}`));
    const original = fs.readFileSync(path.join(tree, m.name));
    if (!original.equals(fs.readFileSync(path.join(out1, m.name)))) throw new Error(`afrestore restored ${m.name} with other content than the tree's`);
    if (!original.equals(fs.readFileSync(path.join(out2, 'tree', m.name)))) throw new Error(`tar extracted ${m.name} with other content than the tree's`);
    process.stdout.write(
      [
        '',
        `(1) one file: ${m.name} (${m.size} bytes), record at stream offset ${m.streamOffset} of ${m.streamBytes} (${((100 * m.streamOffset) / m.streamBytes).toFixed(0)} %), cartridge ${m.cartridge} tape file ${m.tapeFile} block ${m.block}`,
        `afrestore -C OUT -p NAME             ${secs(ours)}`,
        `  of which start and filelist lookup ${secs(lookup)}  (afrestore -n -p NAME: no server, no tape)`,
        `zstd -dc T.tar.zst | tar -xf - MEMBER ${secs(tar)}`,
        `ratio afrestore / tar: ${(ours.seconds / tar.seconds).toFixed(2)} (second of two runs each; tar reads the whole archive, it cannot know the member is not there twice)`,
      ].join('\n') + '\n',
    );

    // (2) the filelist rebuilt from the tapes alone
    const entriesBefore = entryCount(varDir);
    const start = runStart(varDir);
    const rebuild = await warm(
      () => fs.rmSync(varDir, { recursive: true, force: true }),
      () => run([...command('afrestore'), '-c', clientConf, '-e', '-f'], minInfo),
    );
    const copies = rebuild.stderr.match(/filelist copy at/g)?.length ?? 0;
    const rebuilt = entryCount(varDir);
    const cat = await warm(
      () => undefined,
      () => sh(`cat ${cartridgeFiles.map(q).join(' ')} > /dev/null`),
    );
    const session = await warm(
      () => undefined,
      () => run([...command('afclient'), '-t', '-h', '127.0.0.1', '-p', String(server!.port), '-k', keyFile, '-W', 'bench-restore', '--cartridge', String(start.cartridge), '-F', String(start.tapeFile)]),
    );
    process.stdout.write(
      [
        '',
        `(2) emergency: VarDirectory deleted, filelist rebuilt from ${copies} filelist cop${copies === 1 ? 'y' : 'ies'} on tape (${rebuilt} entries, ${rebuilt === entriesBefore ? 'as many as the original filelist' : `the original filelist had ${entriesBefore}!`})`,
        `afrestore -e -f < min-restore-info   ${secs(rebuild)}`,
        `cat every cartridge file > /dev/null ${secs(cat)}  (${(libraryBytes / 1e6).toFixed(1)} MB from the page cache: the floor of any pass over the whole tape, without protocol or checksums)`,
        `afclient -t of the backup session    ${secs(session)}  (cartridge ${start.cartridge} tape file ${start.tapeFile} on through the server: our own read of the whole backup, ${session.stdout.split('\n').length - 1} entries listed)`,
        `ratio rebuild / whole-tape read: ${(rebuild.seconds / cat.seconds).toFixed(2)} against cat, ${(rebuild.seconds / session.seconds).toFixed(2)} against afclient -t (second of two runs each)`,
      ].join('\n') + '\n',
    );
  } finally {
    await server?.stop();
    if (keep) process.stdout.write(`kept ${work}\n`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
}

// A reader that stops early (| head) must not cut the run short before the server is stopped and the folder removed.
process.stdout.on('error', () => undefined);
main().catch((e: unknown) => {
  process.stderr.write(`bench/restore: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
