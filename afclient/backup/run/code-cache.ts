// Starts a program's CommonJS bundle (scripts/build.mjs) with a V8 code cache: compiling the
// bundle (some 850 KB) and the functions a run calls took 25-30 ms of every incremental backup,
// reading them back from the cache (some 650 KB) 3-4 ms. The cache lives in the user's own cache
// folder ($XDG_CACHE_HOME/afbackup or ~/.cache/afbackup, created 0700); bytecode read from it
// runs as this program, so a cache file or folder that another user could have written is never
// read. A cache that is missing, stale (another bundle or node), corrupt (its CRC-32 is checked)
// or refused by V8 only costs the compile: the bundle runs from its source, and the cache is
// written anew when the process exits (to a temporary file renamed into place, so a concurrent
// run reads the old cache or the new one, never half of one). Made after a run, the cache holds
// the functions that run compiled, not only the top level: so only a run that did its work (exit
// status 0 or 1) makes one, and a run more than twice as long as the one that made the cache
// there (a backup after a --help) replaces it. Nothing about the cache ever stops or changes a
// run; AFBACKUP_TRACE=1 says what happened to it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import zlib from 'node:zlib';

const MAGIC = 'AFV8CC1\n';
/**
 * MAGIC, the SHA-256 of the bundle, the CRC-32 of the payload, the payload's length and how many
 * milliseconds the run that made it lasted. V8 itself checks only the source's length against a
 * cache, so the bundle's own hash decides which bundle the cache was made from.
 */
const HEADER_BYTES = MAGIC.length + 32 + 12;

/** A cache read back: what V8 gets, and how long the run that made it lasted. */
interface CacheRead {
  payload: Buffer;
  madeByRunMs: number;
}

const trace = process.env['AFBACKUP_TRACE'] !== undefined && process.env['AFBACKUP_TRACE'] !== '0';
const say = (line: string): void => {
  if (trace) process.stderr.write(`trace code cache: ${line}\n`);
};

/** Where the cache folder is: a base folder of this user's that is there, and the levels below it. */
interface CachePlace {
  base: string;
  below: string[];
}

/**
 * Where the user's cache folder is ($XDG_CACHE_HOME/afbackup, or $HOME/.cache/afbackup); undefined
 * when there is none to use. The base folder must be there, be this user's, and be writable by
 * nobody else unless sticky (as /tmp is): a program run with
 * another user's HOME (su without -, sudo keeping it) neither reads nor leaves anything there, and
 * a HOME that is not there (root's /nonexistent) is not made.
 */
function cachePlace(env: NodeJS.ProcessEnv): CachePlace | undefined {
  const xdg = env['XDG_CACHE_HOME'];
  let base: string;
  let below: string[];
  if (xdg && path.isAbsolute(xdg)) {
    base = xdg;
    below = ['afbackup'];
  } else {
    try {
      base = env['HOME'] || os.homedir();
    } catch {
      return undefined;
    }
    below = ['.cache', 'afbackup'];
  }
  if (!base || !path.isAbsolute(base)) return undefined;
  try {
    const st = fs.statSync(base);
    // Others may write in it only where the sticky bit keeps them from replacing what is this user's.
    const shared = (st.mode & 0o022) !== 0 && (st.mode & 0o1000) === 0;
    return st.isDirectory() && st.uid === effectiveUid(st.uid) && !shared ? { base, below } : undefined;
  } catch {
    return undefined;
  }
}

/** The folder of the user's caches (see cachePlace), whether it is there yet or not. */
export function cacheFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const place = cachePlace(env);
  return place && path.join(place.base, ...place.below);
}

/**
 * The cache folder if every level below the base is a folder of this user's alone, not a link
 * (each looked at with lstat, so nobody can point a level elsewhere); levels not there yet are
 * made (0700) when `make`. Undefined otherwise.
 */
function privateFolder(place: CachePlace, make: boolean): string | undefined {
  let at = place.base;
  for (const name of place.below) {
    at = path.join(at, name);
    if (make) {
      try {
        fs.mkdirSync(at, 0o700);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
      }
    }
    let st: fs.Stats;
    try {
      st = fs.lstatSync(at);
    } catch {
      return undefined;
    }
    if (!st.isDirectory() || !ownedPrivately(st)) return undefined;
  }
  return at;
}

/** The effective user id; `otherwise` where there is none (not POSIX). */
const effectiveUid = (otherwise: number): number => process.geteuid?.() ?? process.getuid?.() ?? otherwise;

/** Whether only this user can have written what `st` describes. */
function ownedPrivately(st: fs.Stats): boolean {
  return st.uid === effectiveUid(st.uid) && (st.mode & 0o022) === 0;
}

/** The cache's payload for a bundle of this source, or undefined (and why, traced). */
function readCache(place: CachePlace, file: string, bundleHash: Buffer): CacheRead | undefined {
  let fd: number;
  try {
    if (!privateFolder(place, false)) return void say(`${path.dirname(file)} is missing, or not this user's alone: not used`);
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
  } catch {
    return void say(`${file} missing`);
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile() || !ownedPrivately(st)) return void say(`${file} is not this user's alone: not used`);
    if (st.size < HEADER_BYTES) return void say(`${file} is truncated`);
    const b = Buffer.allocUnsafe(st.size);
    if (fs.readSync(fd, b, 0, st.size, 0) !== st.size) return void say(`${file} is truncated`);
    const h = MAGIC.length;
    if (b.toString('latin1', 0, h) !== MAGIC || !b.subarray(h, h + 32).equals(bundleHash)) return void say(`${file} is of another bundle or format`);
    const payload = b.subarray(HEADER_BYTES);
    if (b.readUInt32LE(h + 36) !== payload.length || zlib.crc32(payload) !== b.readUInt32LE(h + 32)) return void say(`${file} is corrupt`);
    return { payload, madeByRunMs: b.readUInt32LE(h + 40) };
  } catch (e) {
    return void say(`${file} cannot be read (${(e as Error).message})`);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Writes the cache of `script` atomically: a temporary file beside it, renamed over it; then
 * removes the caches of this program and place made for other nodes. The cache is made only
 * once its file could be opened: where none can be written, a run does not pay for making it.
 */
function writeCache(place: CachePlace, file: string, bundleHash: Buffer, script: vm.Script): void {
  const dir = path.dirname(file);
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  let fd: number | undefined;
  try {
    if (!privateFolder(place, true)) throw new Error(`${dir} cannot be made, or is not this user's alone: no cache written`);
    fd = fs.openSync(temporary, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o600);
    const payload = script.createCachedData();
    const header = Buffer.alloc(HEADER_BYTES);
    header.write(MAGIC, 'latin1');
    const h = MAGIC.length;
    bundleHash.copy(header, h);
    header.writeUInt32LE(zlib.crc32(payload), h + 32);
    header.writeUInt32LE(payload.length, h + 36);
    header.writeUInt32LE(Math.min(0xffffffff, Math.round(process.uptime() * 1000)), h + 40);
    // A short write (a full disk) would leave a cache that every later run finds corrupt.
    if (fs.writevSync(fd, [header, payload]) !== header.length + payload.length) throw new Error('written only in part');
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temporary, file);
    say(`${file} written`);
  } catch (e) {
    if (fd !== undefined) fs.closeSync(fd);
    try {
      fs.unlinkSync(temporary);
    } catch {
      // never made, or its folder is not there to hold it
    }
    return void say(`${file} cannot be written (${(e as Error).message})`);
  }
  const sameProgram = path.basename(file).slice(0, path.basename(file).lastIndexOf('-v'));
  try {
    for (const other of fs.readdirSync(dir)) {
      if (other !== path.basename(file) && other.startsWith(`${sameProgram}-v`) && other.endsWith('.v8cache')) fs.unlinkSync(path.join(dir, other));
    }
  } catch {
    // an old cache left behind costs only its room
  }
}

/**
 * V8's flags capping its tiers at the baseline compiler (Sparkplug). The optimising compilers are
 * turned off by name: --max-opt only implies that, and an implication does not override a flag
 * set explicitly, as DEFAULT_TIERS sets --turbofan (after the check below, TurboFan compiled
 * again under --max-opt=1 alone).
 */
const BASELINE_ONLY = '--max-opt=1 --no-turbofan --no-maglev';
/**
 * What gives V8 its default tiers back after BASELINE_ONLY, tried in turn: the cap also turns
 * off the optimising compilers V8 runs by default (--turbofan; --maglev where it is on by
 * default, as from Node 22), and V8's flag hash must come back exactly.
 */
const DEFAULT_TIERS = ['--max-opt=999 --turbofan', '--max-opt=999 --turbofan --maglev'];

/**
 * The flags of DEFAULT_TIERS that give this V8 its flag hash back after BASELINE_ONLY (checked
 * through v8.cachedDataVersionTag, which code caches are stamped with), leaving the flags as they
 * were; undefined when none does (the flags may then differ from the start: nothing is capped).
 */
function defaultTiers(): string | undefined {
  const tag = v8.cachedDataVersionTag();
  v8.setFlagsFromString(BASELINE_ONLY);
  for (const flags of DEFAULT_TIERS) {
    v8.setFlagsFromString(flags);
    if (v8.cachedDataVersionTag() === tag) return flags;
  }
  return undefined;
}

export interface BundleOptions {
  /**
   * Once the bundle's modules are loaded, V8 compiles no optimised code any more (incr_backup,
   * scripts/build.mjs says why). Not a flag on node's command line: any V8 flag there makes node
   * refuse the code cache of its own built-in modules, which it then compiles, some 15 ms more
   * for every start. V8 stamps a code cache with a hash of its flags and refuses one made under
   * other flags, so the cap is lifted again before this program's cache is made at exit.
   */
  baselineOnly?: boolean;
}

/**
 * Runs the CommonJS bundle at `bundleUrl` as Node would run it as a module, its compiled code
 * taken from the cache when the cache holds this very bundle for this node.
 */
export function runBundle(bundleUrl: URL, o: BundleOptions = {}): void {
  const uncap = o.baselineOnly ? defaultTiers() : undefined;
  if (o.baselineOnly && uncap === undefined) say('V8 cannot be given its default tiers back: started without the cap on optimised code');
  const file = fileURLToPath(bundleUrl);
  const bytes = fs.readFileSync(file);
  const bundleHash = crypto.createHash('sha256').update(bytes).digest();
  const place = cachePlace(process.env);
  const folder = place && path.join(place.base, ...place.below);
  if (!folder) say('no cache folder of this user (XDG_CACHE_HOME, HOME): started without a cache');
  // One cache file per program, installation (its place), node and processor: a new bundle
  // replaces its program's cache, two installations do not take turns replacing each other's.
  const installation = crypto.createHash('sha256').update(file).digest('hex').slice(0, 16);
  const cacheFile = folder ? path.join(folder, `${path.basename(file)}-${installation}-${process.version}-${process.arch}.v8cache`) : undefined;
  const cached = place && cacheFile ? readCache(place, cacheFile, bundleHash) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${bytes.toString('utf8')}\n})`, {
    filename: file,
    ...(cached ? { cachedData: cached.payload } : {}),
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (cached && script.cachedDataRejected) say(`${cacheFile} refused by V8`);
  const usable = cached !== undefined && !script.cachedDataRejected;
  if (place && cacheFile) {
    process.once('exit', (status) => {
      if (status !== 0 && status !== 1) return;
      if (usable && process.uptime() * 1000 <= 2 * cached.madeByRunMs) return;
      if (usable) say(`${cacheFile} made by a run of ${cached.madeByRunMs} ms: replaced by this longer one's`);
      if (uncap !== undefined) v8.setFlagsFromString(uncap);
      writeCache(place, cacheFile, bundleHash, script);
    });
  }
  const module = { exports: {} };
  const wrapper = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  if (uncap !== undefined) v8.setFlagsFromString(BASELINE_ONLY);
}
