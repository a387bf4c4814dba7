// Parameter-name matching as afbackup does it: each word may start with either case, words may
// be joined directly or by one '-', '_' or space. "Max Bytes Per File", "MaxBytesPerFile",
// "max-bytes-per-file" and "max_bytes_per_file" all name MaxBytesPerFile; "MAXBYTESPERFILE"
// does not (the rest of each word keeps its case). Abbreviations are declared as aliases.

/** Splits a declared name into words: at '-', '_', spaces and before each capital. */
export function nameWords(name: string): string[] {
  return name
    .split(/[-_ ]+/)
    .flatMap((part) => part.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+/g) ?? [])
    .filter((w) => w.length > 0);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A matcher accepting every spelling of the declared name. */
export function nameMatcher(name: string): RegExp {
  const words = nameWords(name);
  if (words.length === 0) throw new Error(`configuration schema: unusable parameter name ${JSON.stringify(name)}`);
  const parts = words.map((w) => {
    const first = w[0]!;
    const head = first.toLowerCase() === first.toUpperCase() ? escape(first) : `[${first.toUpperCase()}${first.toLowerCase()}]`;
    return head + escape(w.slice(1));
  });
  return new RegExp(`^${parts.join('[-_ ]?')}$`);
}

/** Lower-case, separator-free form, for "did you mean" suggestions only. */
export function squash(name: string): string {
  return name.toLowerCase().replace(/[-_ ]/g, '');
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** The declared name closest to an unknown one, if any is close enough to be a likely typo. */
export function suggestName(unknown: string, candidates: Iterable<{ name: string; spellings: readonly string[] }>): string | undefined {
  const u = squash(unknown);
  let best: { name: string; d: number } | undefined;
  for (const c of candidates) {
    for (const spelling of c.spellings) {
      const s = squash(spelling);
      const d = s.startsWith(u) || u.startsWith(s) ? Math.min(1, Math.abs(s.length - u.length)) : editDistance(u, s);
      if (!best || d < best.d) best = { name: c.name, d };
    }
  }
  return best && best.d <= Math.max(2, Math.floor(u.length / 4)) ? best.name : undefined;
}
