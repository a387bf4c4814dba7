// afserver as an administrator runs it: a child process `afserver -c server.conf` with the node
// flags of its bin entry, found on the port its "ready" log line names, stopped by its PID
// (SIGTERM, or SIGKILL to test recovery).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeFlagsOf } from '../../bench/program-start.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ChildServer {
  readonly pid: number;
  readonly port: number;
  /** Everything the server wrote to standard error (its log) so far. */
  log(): string;
  /** Resolves with the exit code (or signal name) once the process ended. */
  readonly exited: Promise<number | string>;
  signal(sig: NodeJS.Signals): void;
}

export async function spawnServer(confFile: string, args: string[] = []): Promise<ChildServer> {
  const main = path.join(root, 'afserver/main.ts');
  const child: ChildProcess = spawn(process.execPath, [...nodeFlagsOf(main), '--import', 'tsx', main, '-c', confFile, ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const port = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.stderr!.on('data', (b: Buffer) => {
      stderr += b.toString();
      const m = /afserver ready on [^ ]*:(\d+)/.exec(stderr);
      if (m) resolve(Number(m[1]));
    });
    void exited.then((code) => reject(new Error(`afserver exited with ${code} before it was ready:\n${stderr}`)));
  });
  return {
    pid: child.pid!,
    port,
    log: () => stderr,
    exited,
    signal: (sig) => {
      if (child.exitCode === null && child.signalCode === null) process.kill(child.pid!, sig);
    },
  };
}
