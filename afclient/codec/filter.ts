// External filter programs (afbackup's CompressCmd / UncompressCmd): one process per entry,
// started without a shell, fed with backpressure while its output is consumed.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { splitCommand } from '../../protocol/config/command.js';

const STDERR_KEEP = 4096;

/**
 * Runs `command` with `input` on its standard input and yields its standard output. Throws when
 * the program cannot be started, fails, or its input cannot be delivered. Leaving the loop early
 * kills the process.
 */
export async function* filterStream(command: string, input: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const [file, ...args] = splitCommand(command);
  const child = spawn(file!, args, { stdio: ['pipe', 'pipe', 'pipe'], shell: false });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString('utf8')).slice(-STDERR_KEEP);
  });
  let spawnError: Error | undefined;
  const exited = new Promise<number | null>((resolve) => {
    child.on('error', (err) => {
      spawnError = err;
      resolve(null);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : null)));
  });
  let inputError: unknown;
  let stopped = false;
  const pump = (async () => {
    try {
      for await (const b of input) {
        if (spawnError || stopped) return;
        if (!child.stdin.write(b)) await Promise.race([once(child.stdin, 'drain'), exited]);
      }
    } catch (err) {
      inputError = err;
    } finally {
      child.stdin.end();
    }
  })();
  // A filter that exits early closes its input: the write error surfaces as the exit status.
  child.stdin.on('error', () => {});
  let finished = false;
  try {
    for await (const out of child.stdout) yield out as Buffer;
    const code = await exited;
    await pump;
    finished = true;
    if (inputError !== undefined) throw inputError;
    if (spawnError) throw new Error(`cannot run filter "${command}": ${spawnError.message}`);
    if (code !== 0) throw new Error(`filter "${command}" failed (exit status ${code})${stderr ? `: ${stderr.trim()}` : ''}`);
  } finally {
    if (!finished) {
      stopped = true;
      if (child.exitCode === null && child.pid !== undefined) child.kill('SIGKILL');
      await exited;
      await pump;
    }
  }
}
