// npm run demo: a real backup and restore on the embedded default. Starts afserver on 127.0.0.1
// with a virtual tape library in a scratch folder, backs a sample tree up in full, changes it,
// runs an incremental, restores the last state into a new folder, verifies, prints the minimum
// restore information and the cartridges, and stops the server. --keep keeps the scratch folder.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'afbackup-demo-'));
const tree = path.join(work, 'tree');
const restored = path.join(work, 'restored');
const keyFile = path.join(work, 'key');
const tsx = ['--import', 'tsx'];

function step(text: string): void {
  process.stdout.write(`\n== ${text}\n`);
}

function run(program: string, args: string[], opts: { quiet?: boolean; allowFail?: boolean } = {}): string {
  const r = spawnSync(process.execPath, [...tsx, path.join(root, program), ...args], { cwd: root, encoding: 'utf8' });
  if (!opts.quiet && r.stdout) process.stdout.write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  if (r.status !== 0 && !opts.allowFail) throw new Error(`${path.basename(program)} ${args.join(' ')} failed with exit code ${r.status}`);
  return r.stdout;
}

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise((r) => srv.close(r));
  return port;
}

async function main(): Promise<void> {
  step(`sample tree in ${tree}`);
  const made = spawnSync(process.execPath, [path.join(root, 'bench/mktree.mjs'), tree, '--scale', '0.01', '--seed', '7'], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`could not make the sample tree: ${made.stderr}`);
  process.stdout.write(made.stdout);

  step('afserver with a virtual tape library (created on first use)');
  fs.writeFileSync(keyFile, crypto.randomBytes(32).toString('base64'), { mode: 0o600 });
  const port = await freePort();
  const conf = path.join(work, 'server.conf');
  fs.writeFileSync(
    conf,
    [
      `Backup-Device: ${path.join(work, 'library')}`,
      'Number Of Cartridges: 4',
      'Max Bytes Per Tape: 256M',
      'Max Bytes Per File: 64M',
      `Encryption-Key-File: ${keyFile}`,
      `Var-Directory: ${path.join(work, 'server-var')}`,
      'Listen-Address: 127.0.0.1',
      `Port: ${port}`,
      `Logging-File: ${path.join(work, 'afserver.log')}`,
      '',
    ].join('\n'),
  );
  process.stdout.write(fs.readFileSync(conf, 'utf8'));
  const server = spawn(process.execPath, [...tsx, path.join(root, 'afserver/main.ts'), '-c', conf], { stdio: ['ignore', 'inherit', 'inherit'] });
  const serverExit = new Promise<number | null>((r) => server.on('exit', (code) => r(code)));
  try {
    await waitForPort(port, serverExit);
    const clientConf = path.join(work, 'client.conf');
    const minInfo = path.join(work, 'min-restore-info');
    fs.writeFileSync(
      clientConf,
      [
        'BackupHosts: 127.0.0.1',
        `BackupPorts: ${port}`,
        `RootDirectory: ${tree}`,
        'DirsToBackup: .',
        `VarDirectory: ${path.join(work, 'client-var')}`,
        `EncryptionKeyFile: ${keyFile}`,
        'ClientIdentifier: demo-client',
        `StartupInfoProgram: tee -a ${minInfo}`,
        '',
      ].join('\n'),
    );
    process.stdout.write(`\nclient.conf:\n${fs.readFileSync(clientConf, 'utf8')}`);

    step('full backup: full_backup');
    run('afclient/backup/full-backup.ts', ['-c', clientConf, '-v']);

    step('the tree changes: one file edited, one added, one deleted');
    await new Promise((r) => setTimeout(r, 1100)); // a new second: the incremental sees the change by mtime too
    fs.appendFileSync(path.join(tree, 'odd', 'original'), 'edited after the full backup\n');
    fs.writeFileSync(path.join(tree, 'odd', 'new file.txt'), 'added after the full backup\n');
    fs.rmSync(path.join(tree, 'odd', 'empty file'));

    step('incremental backup: incr_backup');
    run('afclient/backup/incr-backup.ts', ['-c', clientConf, '-v']);

    step(`restore the state of the last backup into ${restored}: afrestore -a -C`);
    run('afrestore/cli.ts', ['-c', clientConf, '-a', '-C', restored], { quiet: true });
    const diff = spawnSync('diff', ['-r', '--no-dereference', tree, restored], { encoding: 'utf8' });
    if (diff.status !== 0) throw new Error(`the restored tree differs from the original:\n${diff.stdout}${diff.stderr}`);
    process.stdout.write('diff -r: the restored tree is identical to the original (the deleted file stayed deleted)\n');

    step('verify the last backup against the tree: afverify');
    run('afrestore/verify-cli.ts', ['-c', clientConf]);
    process.stdout.write('no differences\n');

    step('where one file lies on tape: afrestore -l');
    run('afrestore/cli.ts', ['-c', clientConf, '-l', 'new file']);

    step('the minimum restore information (mail it somewhere safe: afrestore -e rebuilds everything from it)');
    process.stdout.write(fs.readFileSync(minInfo, 'utf8'));

    step('the cartridges in the library (cart_ctl -l)');
    run('afserver/admin/cart-ctl.ts', ['-c', conf, '-l']);
  } finally {
    server.kill('SIGTERM');
    await serverExit;
  }
  step(keep ? `done; everything is in ${work}` : 'done');
}

async function waitForPort(port: number, exited: Promise<number | null>): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  for (let i = 0; i < 200 && !gone; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => {
        s.destroy();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`afserver did not start listening on port ${port}; see ${path.join(work, 'afserver.log')}`);
}

main().then(
  () => {
    if (!keep) fs.rmSync(work, { recursive: true, force: true });
  },
  (e: unknown) => {
    process.stderr.write(`\ndemo failed: ${e instanceof Error ? e.message : String(e)}\n(the scratch folder ${work} is kept for inspection)\n`);
    process.exitCode = 1;
  },
);
