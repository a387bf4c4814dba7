// Restore safety, step 2: every write happens inside the target directory, through directory file
// descriptors opened one component at a time with O_NOFOLLOW. A symbolic link in the way (stored
// in the archive earlier, or planted in the target while restoring) is refused, never followed.
// Names are passed to the kernel as /proc/self/fd/<dirfd>/<leaf>: the directory is pinned by its
// descriptor (like openat), only the last component is looked up, and callers use O_NOFOLLOW or
// the l*-calls for it.
import fs from 'node:fs';
import { errnoCode } from '../fsx.js';
import { cEscape, joinName } from '../names.js';

const { O_RDONLY, O_DIRECTORY, O_NOFOLLOW } = fs.constants;
const DIR_FLAGS = O_RDONLY | O_DIRECTORY | O_NOFOLLOW;
const CACHE_LIMIT = 128;

/** An entry cannot be restored without leaving the target or following a link; it is skipped. */
export class RestoreRefused extends Error {}

export class TargetDir {
  // Open directories by normalised relative name, least recently used first.
  private readonly cache = new Map<string, number>();

  private constructor(
    readonly rootFd: number,
    readonly rootPath: string,
    private readonly dirMode: number,
  ) {}

  /** Opens the target (it must exist); implicitly created directories get 0777 minus `umask`. */
  static open(rootPath: string, umask: number): TargetDir {
    if (!fs.existsSync('/proc/self/fd')) throw new Error('afclient needs /proc mounted to restore safely (it is missing)');
    let fd: number;
    try {
      fd = fs.openSync(rootPath, O_RDONLY | O_DIRECTORY);
    } catch (err) {
      throw new Error(`cannot open the target directory ${rootPath}: ${(err as Error).message}`);
    }
    return new TargetDir(fd, rootPath, 0o777 & ~umask);
  }

  /** A path naming `leaf` inside the directory open as `dirFd`, without resolving anything else. */
  at(dirFd: number, leaf: Buffer): Buffer {
    return Buffer.concat([Buffer.from(`/proc/self/fd/${dirFd}/`), leaf]);
  }

  /** The descriptor of directory `parts` (the target itself for []), creating missing directories. */
  dirFd(parts: readonly Buffer[]): number {
    let fd = this.rootFd;
    let start = 0;
    for (let n = parts.length; n > 0; n--) {
      const hit = this.cache.get(joinName(parts.slice(0, n)).toString('latin1'));
      if (hit !== undefined) {
        fd = hit;
        start = n;
        this.touch(parts.slice(0, n), hit);
        break;
      }
    }
    for (let i = start; i < parts.length; i++) {
      fd = this.openChild(fd, parts, i);
      this.touch(parts.slice(0, i + 1), fd);
    }
    return fd;
  }

  private openChild(parentFd: number, parts: readonly Buffer[], i: number): number {
    const p = this.at(parentFd, parts[i]!);
    for (let attempt = 0; ; attempt++) {
      try {
        return fs.openSync(p, DIR_FLAGS);
      } catch (err) {
        const code = errnoCode(err);
        const shown = cEscape(joinName(parts.slice(0, i + 1)));
        if (code === 'ENOENT' && attempt === 0) {
          try {
            fs.mkdirSync(p, this.dirMode);
          } catch (mkErr) {
            if (errnoCode(mkErr) !== 'EEXIST') throw new RestoreRefused(`cannot create directory ${shown}: ${(mkErr as Error).message}`);
          }
          continue;
        }
        if (code === 'ELOOP' || code === 'ENOTDIR') {
          const isLink = fs.lstatSync(p, { throwIfNoEntry: false })?.isSymbolicLink();
          throw new RestoreRefused(
            isLink ? `${shown} is a symbolic link; not following it (nothing is written through links)` : `${shown} exists and is not a directory`,
          );
        }
        throw new RestoreRefused(`cannot open directory ${shown}: ${(err as Error).message}`);
      }
    }
  }

  private touch(parts: readonly Buffer[], fd: number): void {
    const key = joinName(parts).toString('latin1');
    this.cache.delete(key);
    this.cache.set(key, fd);
  }

  /** Forgets `parts` and everything below it (the name was removed or replaced). */
  forget(parts: readonly Buffer[]): void {
    const key = joinName(parts).toString('latin1');
    for (const [k, fd] of this.cache) {
      if (k === key || k.startsWith(key + '/')) {
        fs.closeSync(fd);
        this.cache.delete(k);
      }
    }
  }

  /** Closes the least recently used directories; called between entries, never while one is in use. */
  trim(): void {
    for (const [k, fd] of this.cache) {
      if (this.cache.size <= CACHE_LIMIT) break;
      fs.closeSync(fd);
      this.cache.delete(k);
    }
  }

  close(): void {
    for (const fd of this.cache.values()) fs.closeSync(fd);
    this.cache.clear();
    fs.closeSync(this.rootFd);
  }
}
