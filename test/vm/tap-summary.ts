// Reads the result of a node:test run from its TAP output (as printed on the guest's serial
// console, possibly interleaved with kernel messages).

export interface TapFailure {
  name: string;
  /** The YAML diagnostic block node:test prints under the failed test (error, expected, stack). */
  detail: string;
}

export interface TapSummary {
  tests: number;
  pass: number;
  fail: number;
  skipped: number;
  /** The failed test cases; suites that failed only because a case in them failed are left out. */
  failures: TapFailure[];
}

/** Returns null when the output has no final "# tests" / "# pass" / "# fail" summary. */
export function parseTapSummary(output: string): TapSummary | null {
  const count = (label: string): number | undefined => {
    const last = [...output.matchAll(new RegExp(`^\\s*# ${label} (\\d+)\\s*$`, 'gm'))].at(-1);
    return last ? Number(last[1]) : undefined;
  };
  const tests = count('tests');
  const pass = count('pass');
  const fail = count('fail');
  if (tests === undefined || pass === undefined || fail === undefined) return null;

  const lines = output.split('\n');
  const failures: TapFailure[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)not ok \d+ - (.*?)\s*(?:# .*)?$/.exec(lines[i]);
    if (!m) continue;
    const block: string[] = [];
    if (lines[i + 1]?.trim() === '---') {
      for (let j = i + 2; j < lines.length && lines[j].trim() !== '...'; j++) block.push(lines[j].slice(m[1].length + 2));
    }
    if (block.some((l) => /^failureType: '?subtestsFailed'?/.test(l.trim()))) continue;
    failures.push({ name: m[2], detail: block.join('\n') });
  }
  return { tests, pass, fail, skipped: count('skipped') ?? 0, failures };
}
