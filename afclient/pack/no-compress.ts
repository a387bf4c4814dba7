// Which names are stored without compression: afbackup's DoNotProcess patterns (data that is
// already compressed gains nothing and costs time) plus the ones given with -s.
import picomatch from 'picomatch';

export const DEFAULT_NO_COMPRESS = ['*.gz', '*.bz2', '*.xz', '*.zst', '*.zip', '*.jpg', '*.jpeg', '*.png', '*.mpg', '*.mpeg', '*.mp4', '*.rpm', '*.deb', '*.7z'];

/** Patterns without a slash match the last name component, like afbackup's. */
export function noCompressMatcher(patterns: readonly string[]): (name: Buffer) => boolean {
  const match = picomatch([...patterns], { basename: true, dot: true });
  return (name) => match(name.toString('utf8'));
}
