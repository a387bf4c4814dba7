// How the benchmarks start our programs: with the node flags of each program's bin entry (its
// `#!/usr/bin/env -S node ...` line), so a benchmark that starts the program through
// process.execPath measures what users run; and without a CA bundle the environment may name.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/** The flags after `node` on the first line of `file` (ts source or built js); none without -S. */
export function nodeFlagsOf(file: string): string[] {
  const first = fs.readFileSync(file, 'utf8').split('\n', 1)[0] ?? '';
  const m = /^#!\S*env -S node((?:\s+\S+)*)\s*$/.exec(first);
  return m ? m[1]!.trim().split(/\s+/).filter(Boolean) : [];
}

function nodeStartMs(env: NodeJS.ProcessEnv): number {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0'], { env, stdio: 'ignore' });
    runs.push(performance.now() - t);
  }
  return runs.sort((a, b) => a - b)[2]!;
}

/**
 * Takes NODE_EXTRA_CA_CERTS out of this process's environment, and so out of every program the
 * benchmark starts, and says so in a line to print (empty when it was not set). Node 20 parses
 * that bundle at every start, before any of our code runs (some sandboxes set it to the system's
 * 200 KB bundle: 20-80 ms per start), and no benchmarked run uses a CA (the benchmarks run
 * without TLS and mail). Users who set it pay that at each start.
 */
export function withoutExtraCaCertificates(): string {
  const bundle = process.env['NODE_EXTRA_CA_CERTS'];
  if (bundle === undefined) return '';
  const withIt = nodeStartMs(process.env);
  delete process.env['NODE_EXTRA_CA_CERTS'];
  const without = nodeStartMs(process.env);
  return `NODE_EXTRA_CA_CERTS=${bundle} removed from the programs' environment: node -e 0 starts in ${withIt.toFixed(0)} ms with it, ${without.toFixed(0)} ms without\n`;
}
