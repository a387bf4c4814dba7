// Faults: InitProgram refusing, servers that are down (the next one in BackupHosts is used, or
// the run fails clearly), and runs interrupted by a dropped connection or SIGTERM: they end as
// failed, the filelist holds nothing of them, and the next run saves what they did not.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import test from 'node:test';
import { backupWorld, filelistState, full, incr, nextSecond, runProgram, writeFiles, type BackupWorld } from './helpers.js';

async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

test('InitProgram exiting non-zero aborts the run (exit status 3); a missing entry is a warning (exit status 1)', async () => {
  const w = await backupWorld();
  try {
    writeFiles(w, { 'a.txt': 'a' });
    const logFile = path.join(w.setup.dir, 'client.log');
    w.configure({ LoggingFile: logFile });
    const r = await full(w, '-b', 'false');
    assert.equal(r.code, 3);
    assert.match(r.stderr, /InitProgram 'false' exited with status 1/);
    assert.match(fs.readFileSync(logFile, 'utf8'), /full_backup\[\d+\]: InitProgram 'false' exited with status 1; the backup was not started/);
    assert.deepEqual(filelistState(w).runs, []);

    w.configure({ DirsToBackup: '. missing' });
    await nextSecond();
    const warned = await full(w, '-b', 'true');
    assert.equal(warned.code, 1, warned.stderr);
    assert.match(warned.stderr, /missing: no such file or directory; not saved/);
    const st = filelistState(w);
    assert.deepEqual(st.runs.map((x) => x.state), ['complete']);
    assert.deepEqual(st.saved(st.runs[0]!.id), ['a.txt']);
  } finally {
    await w.close();
  }
});

test('usage and configuration errors: a clear message, exit status 2, nothing done', async () => {
  const w = await backupWorld();
  try {
    const usage = await incr(w, '-Q', 'x');
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /incr_backup: .*-Q.*see 'incr_backup --help'/s);
    fs.appendFileSync(w.conf, 'NoSuchParameter: 1\n');
    const bad = await full(w);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, new RegExp(`${w.conf.replace(/[.]/g, '\\.')}:\\d+: .*NoSuchParameter`));
    assert.equal(fs.existsSync(w.varDir), false);
  } finally {
    await w.close();
  }
});

test('a server that is down: the next of BackupHosts is used; with none left the run fails with status 2', async () => {
  const w = await backupWorld();
  try {
    writeFiles(w, { 'a.txt': 'a' });
    const down = await closedPort();
    w.configure({ BackupHosts: '127.0.0.1 127.0.0.1', BackupPorts: `${down} ${w.server.port}` });
    await nextSecond();
    const ok = await full(w);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(filelistState(w).runs[0]!.serverPort, w.server.port);

    w.configure({ BackupPorts: String(down) });
    writeFiles(w, { 'b.txt': 'b' });
    await nextSecond();
    const failed = await incr(w);
    assert.equal(failed.code, 2);
    assert.match(failed.stderr, new RegExp(`cannot reach the server at 127\\.0\\.0\\.1:${down}`));
    // Nothing was started: the previous state is the reference, the next run saves b.txt.
    w.configure({});
    const again = await incr(w);
    assert.equal(again.code, 0, again.stderr);
    const st = filelistState(w);
    assert.deepEqual(st.runs.map((r) => r.state), ['complete', 'complete']);
    assert.deepEqual(st.saved(st.runs[1]!.id), ['b.txt']);
  } finally {
    await w.close();
  }
});

/** Starts incr_backup and stops it with `interrupt` once its session holds the drive. */
async function interruptedIncr(w: BackupWorld, interrupt: (pid: number) => Promise<void>): Promise<{ code: number | null; stderr: string }> {
  let pid = 0;
  const running = runProgram('incr-backup', ['-c', w.conf], { onSpawn: (p) => (pid = p) });
  let done = false;
  void running.then(() => (done = true));
  while (!done && w.server.context.driveLock.current?.purpose !== 'write') await new Promise((r) => setImmediate(r));
  assert.ok(!done, 'the run ended before it could be interrupted');
  await interrupt(pid);
  return running;
}

test('a run interrupted by a dropped connection or SIGTERM fails; the next run saves what it did not', async () => {
  const w = await backupWorld({}, { 'Max Bytes Per Tape': '200M', 'Max Bytes Per File': '50M' });
  try {
    writeFiles(w, { 'a.txt': 'a1', 'b.txt': 'b1' });
    await nextSecond();
    assert.equal((await full(w)).code, 0);
    fs.writeFileSync(path.join(w.tree, 'a.txt'), 'a2');
    // Enough data that the run is still writing when it is interrupted.
    fs.writeFileSync(path.join(w.tree, 'big.bin'), crypto.randomBytes(24 << 20));
    await nextSecond();

    const dropped = await interruptedIncr(w, async (pid) => {
      process.kill(pid, 'SIGSTOP');
      try {
        await w.restartServer();
      } finally {
        process.kill(pid, 'SIGCONT');
      }
    });
    assert.equal(dropped.code, 2, dropped.stderr);
    assert.match(dropped.stderr, /nothing of this run counts as saved/);
    let st = filelistState(w);
    assert.deepEqual(st.runs.map((r) => r.state), ['complete', 'failed']);
    assert.deepEqual(st.saved(st.runs[1]!.id), []);

    const terminated = await interruptedIncr(w, async (pid) => {
      process.kill(pid, 'SIGTERM');
    });
    assert.equal(terminated.code, 2, terminated.stderr);
    assert.match(terminated.stderr, /SIGTERM received/);

    const next = await incr(w);
    assert.equal(next.code, 0, next.stderr);
    st = filelistState(w);
    assert.deepEqual(st.runs.map((r) => r.state), ['complete', 'failed', 'failed', 'complete']);
    assert.deepEqual(st.saved(st.runs[3]!.id), ['a.txt', 'big.bin']);
  } finally {
    await w.close();
  }
});
