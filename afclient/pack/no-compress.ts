// Which names are stored without compression: afbackup's DoNotProcess patterns (data that is
// already compressed gains nothing and costs time) plus the ones given with -s.
import picomatch from 'picomatch';

export const DEFAULT_NO_COMPRESS = ['*.gz', '*.bz2', '*.xz', '*.zst', '*.zip', '*.jpg', '*.jpeg', '*.png', '*.mpg', '*.mpeg', '*.mp4', '*.rpm', '*.deb', '*.7z'];

/** `*` followed by literal characters only: the name's ending decides, without a glob engine. */
const SUFFIX_PATTERN = /^\*[^*?[\]{}()!+@\\/]+$/;

/**
 * Patterns without a slash match the last name component, like afbackup's. The `*.ext` patterns
 * (all of the defaults) are compared as byte suffixes: this runs for every file packed.
 */
export function noCompressMatcher(patterns: readonly string[]): (name: Buffer) => boolean {
  const suffixes = patterns.filter((p) => SUFFIX_PATTERN.test(p)).map((p) => Buffer.from(p.slice(1)));
  const globs = patterns.filter((p) => !SUFFIX_PATTERN.test(p));
  const match = globs.length ? picomatch(globs, { basename: true, dot: true }) : undefined;
  return (name) => {
    // Compared in place, byte by byte: most names end differently within a byte or two, and a
    // Buffer.compare call per pattern costs more than that.
    for (const s of suffixes) if (endsWith(name, s)) return true;
    return match !== undefined && match(name.toString('utf8'));
  };
}

function endsWith(name: Buffer, suffix: Buffer): boolean {
  const off = name.length - suffix.length;
  if (off < 0) return false;
  for (let i = suffix.length - 1; i >= 0; i--) if (name[off + i] !== suffix[i]) return false;
  return true;
}
