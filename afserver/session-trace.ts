// AFSERVER_TRACE=1: one line on standard error (AFSERVER_TRACE=/some/file: appended to that file,
// for a server whose standard error is its log) per write session, with the milliseconds each of
// its steps took on the server (waiting for the drive, mounting, finding the append point, the
// data, the last block and filemark, the flush at Close, the catalog) and the process's CPU over
// the session, so the cost of a small backup can be attributed without a profiler. The steps are
// named by what ended at each mark; the line is written when the session ends.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';

const setting = process.env['AFSERVER_TRACE'];
const enabled = setting !== undefined && setting !== '' && setting !== '0';
let failed = false;
const write = (line: string): void => {
  if (setting === '1') return void process.stderr.write(line);
  try {
    fs.appendFileSync(setting!, line);
  } catch (e) {
    // a diagnostic must not fail the session it describes (its Close is answered already)
    if (!failed) process.stderr.write(`afserver: AFSERVER_TRACE file ${setting} cannot be written (${(e as Error).message}); tracing goes nowhere\n`);
    failed = true;
  }
};

export interface SessionTrace {
  /** Records that `step` has just ended. */
  mark(step: string): void;
  /** Writes the session's line: `what` names it (client, session number). */
  end(what: string): void;
}

class Trace implements SessionTrace {
  private readonly start = performance.now();
  private last = this.start;
  private readonly cpu0 = process.cpuUsage();
  private readonly steps: string[] = [];

  mark(step: string): void {
    const now = performance.now();
    this.steps.push(`${step} ${(now - this.last).toFixed(2)}`);
    this.last = now;
  }

  end(what: string): void {
    const cpu = process.cpuUsage(this.cpu0);
    // Up to the last step's end, so the steps add up to it: the moments before this call (the
    // CPU read, a preemption on a busy machine) belong to no step.
    const total = this.last - this.start;
    write(`afserver trace ${what}: ${this.steps.join(', ')}; ${total.toFixed(2)} ms, cpu ${((cpu.user + cpu.system) / 1000).toFixed(2)} ms\n`);
  }
}

/** A trace for one session, or undefined unless AFSERVER_TRACE is set. */
export function sessionTrace(): SessionTrace | undefined {
  return enabled ? new Trace() : undefined;
}
