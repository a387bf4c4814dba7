// rmt over a spawned command: `ssh -T host /usr/sbin/rmt`, or a local server binary. The command's
// stdin carries requests, its stdout replies; its stderr (ssh's "Permission denied", "command not
// found") is kept, bounded, to explain an early exit.

import { spawn, type ChildProcess } from 'node:child_process';
import { StreamTransport } from './transport.js';

const STDERR_TAIL = 2048;
/** How long to wait for the exit status after stdout ends, so the message can name it. */
const EXIT_STATUS_WAIT_MS = 1000;

export class CommandTransport extends StreamTransport {
  readonly description: string;
  private readonly child: ChildProcess;
  protected readonly gone: Promise<void>;
  private stderrTail = '';

  constructor(command: readonly string[]) {
    const [file, ...args] = command;
    if (file === undefined) throw new Error('rmt command is empty');
    const child = spawn(file, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    super(child.stdout!, child.stdin!);
    this.child = child;
    this.description = `command \`${command.join(' ')}\``;
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (s: string) => {
      this.stderrTail = (this.stderrTail + s).slice(-STDERR_TAIL);
    });
    this.gone = new Promise((resolve) => {
      child.on('error', (e: Error) => {
        this.markClosed(`${this.description} could not be started: ${e.message}`);
        if (child.pid === undefined) resolve();
      });
      child.on('close', (code, signal) => {
        this.markClosed(this.exitMessage(code, signal));
        resolve();
      });
    });
    child.stdout!.on('end', () => {
      setTimeout(() => this.markClosed(`${this.description} closed its output`), EXIT_STATUS_WAIT_MS).unref();
    });
  }

  protected kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }

  private exitMessage(code: number | null, signal: NodeJS.Signals | null): string {
    const how = signal !== null ? `was killed by ${signal}` : `exited with status ${code}`;
    const stderr = this.stderrTail.trim();
    return `${this.description} ${how}${stderr === '' ? '' : `; its stderr: ${stderr}`}`;
  }
}
