// Remote start: a client (or an administrator's afclient -X) runs a program on this host, but
// only one that lives in Program-Directory; the name may not contain a '/', so nothing else
// can be reached. Output (stdout and stderr) goes back as data; the exit status in DATA_END.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';

export interface StartedProgram {
  output: AsyncIterable<Uint8Array>;
  exit: () => { exitCode: number; signal: string };
}

export function remoteStart(programDirectory: string | undefined, program: string, args: string[], quiet: boolean): StartedProgram {
  if (!programDirectory) throw new Error('remote start is off: this server has no Program-Directory');
  if (program === '' || program.includes('/') || program === '.' || program === '..') {
    throw new Error(`'${program}' is not a program name in Program-Directory`);
  }
  const file = path.join(programDirectory, program);
  try {
    fs.accessSync(file, fs.constants.X_OK);
  } catch {
    throw new Error(`no program '${program}' in Program-Directory ${programDirectory}`);
  }
  const out = new PassThrough();
  let result = { exitCode: -1, signal: '' };
  const child = spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let open = 2;
  const closeOne = (): void => {
    if (--open === 0 && child.exitCode !== null) out.end();
  };
  for (const s of [child.stdout, child.stderr]) {
    if (quiet) s.resume();
    else s.pipe(out, { end: false });
    s.on('end', closeOne);
  }
  child.on('error', (e) => out.destroy(new Error(`cannot start ${file}: ${e.message}`)));
  child.on('close', (code, signal) => {
    result = { exitCode: code ?? -1, signal: signal ?? '' };
    out.end();
  });
  return { output: out, exit: () => result };
}
