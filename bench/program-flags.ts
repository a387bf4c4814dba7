// The node flags a program's bin entry starts it with (its `#!/usr/bin/env -S node ...` line), so
// a benchmark that starts the program through process.execPath measures what users run.
import fs from 'node:fs';

/** The flags after `node` on the first line of `file` (ts source or built js); none without -S. */
export function nodeFlagsOf(file: string): string[] {
  const first = fs.readFileSync(file, 'utf8').split('\n', 1)[0] ?? '';
  const m = /^#!\S*env -S node((?:\s+\S+)*)\s*$/.exec(first);
  return m ? m[1]!.trim().split(/\s+/).filter(Boolean) : [];
}
