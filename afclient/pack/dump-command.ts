// Runs the dump command of a command entry; its standard output becomes the entry's content.
import { spawn } from 'node:child_process';
import type { CommandSpec, DataSegment, EntryMeta } from '../../protocol/archive/entry.js';
import { splitCommand } from '../../protocol/config/command.js';
import { formatCommandSpec } from '../command.js';
import { groupName, userName } from '../ids.js';
import type { Reporter } from '../report.js';

export function commandMeta(spec: CommandSpec): EntryMeta {
  const now = BigInt(Date.now()) * 1_000_000n;
  const uid = process.getuid?.() ?? 0;
  const gid = process.getgid?.() ?? 0;
  return {
    name: Buffer.from(formatCommandSpec(spec)),
    type: 'command',
    mode: 0o600,
    uid,
    gid,
    user: userName(uid),
    group: groupName(gid),
    mtimeNs: now,
    ctimeNs: now,
    atimeNs: now,
    size: 0n,
    command: spec,
  };
}

/** The command's output as segments; a failing command is reported, what it wrote is kept. */
export async function* dumpOutput(meta: EntryMeta, spec: CommandSpec, cwd: string, report: Reporter): AsyncGenerator<DataSegment> {
  const [file, ...args] = splitCommand(spec.dump);
  const child = spawn(file!, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<string | null>((resolve) => {
    child.on('error', (err) => resolve(`cannot run '${file}': ${err.message}`));
    child.on('close', (code, signal) => resolve(code === 0 ? null : `dump command exited with ${signal ?? `status ${code}`}; its output may be incomplete`));
  });
  let offset = 0n;
  let readToEnd = false;
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      yield { offset, data: chunk };
      offset += BigInt(chunk.length);
    }
    readToEnd = true;
  } finally {
    // Only a reader that stopped early ends the command: one whose output ended may still be
    // on its way out, and killing it then would turn its success into a failure.
    if (!readToEnd && child.exitCode === null && child.signalCode === null) child.kill();
  }
  const failure = await exited;
  if (failure) report.problem(meta.name, failure);
}
