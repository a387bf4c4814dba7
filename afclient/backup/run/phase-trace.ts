// AFBACKUP_TRACE=1: one line on standard error per phase of a run (milliseconds since the
// process started, and since the previous line), so the wall time of a slow run can be
// attributed without a profiler: start-up, walk, connect, each session's close, the filelist.
// Each line also gives the processor time of the whole process (all its threads) since the
// previous line: on a busy machine that says what a phase cost where its wall time cannot.
import { performance } from 'node:perf_hooks';

const enabled = process.env['AFBACKUP_TRACE'] !== undefined && process.env['AFBACKUP_TRACE'] !== '0';
let previous = 0;
let previousCpu = 0;

function mark(phase: string): void {
  const now = performance.now();
  const used = process.cpuUsage();
  const cpu = (used.user + used.system) / 1000;
  process.stderr.write(`trace ${now.toFixed(1).padStart(8)} ms (+${(now - previous).toFixed(1)}) cpu +${(cpu - previousCpu).toFixed(1)} ms: ${phase}\n`);
  previous = now;
  previousCpu = cpu;
}

/** Records that `phase` has just ended (nothing unless AFBACKUP_TRACE is set). */
export const tracePhase: (phase: string) => void = enabled ? mark : () => undefined;

if (enabled) process.on('exit', () => mark('process exit'));
