// Restores a command entry: its stored content is piped into the restore command (no shell).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import type { DataSegment, EntryMeta } from '../../protocol/archive/entry.js';
import { splitCommand } from '../../protocol/config/command.js';

export async function runRestoreCommand(meta: EntryMeta, content: AsyncIterable<DataSegment>, cwd: string): Promise<void> {
  if (!meta.command) throw new Error('command entry without its commands');
  const [file, ...args] = splitCommand(meta.command.restore);
  const child = spawn(file!, args, { cwd, stdio: ['pipe', 'inherit', 'inherit'] });
  const exited = new Promise<{ code: number | null; signal: string | null; error?: Error }>((resolve) => {
    child.on('error', (error) => resolve({ code: null, signal: null, error }));
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  // The command may exit without reading everything; the rest of the content is then discarded.
  child.stdin.on('error', () => undefined);
  for await (const seg of content) {
    if (child.stdin.destroyed) continue;
    if (!child.stdin.write(seg.data)) await Promise.race([once(child.stdin, 'drain'), exited]);
  }
  child.stdin.end();
  const r = await exited;
  if (r.error) throw new Error(`cannot run restore command '${file}': ${r.error.message}`);
  if (r.code !== 0) throw new Error(`restore command '${meta.command.restore}' exited with ${r.signal ?? `status ${r.code}`}`);
}
