import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { cacheFolder, type BundleOptions } from '../../afclient/backup/run/code-cache.js';

const loader = pathToFileURL(path.resolve(import.meta.dirname, '../../afclient/backup/run/code-cache.ts')).href;

// What the wrapper must give a CommonJS bundle, and strict mode kept from the bundle's directive.
const BUNDLE = `'use strict';
exports.early = 1;
process.stdout.write(JSON.stringify({
  filename: __filename,
  dirname: __dirname,
  exportsAreModuleExports: exports === module.exports,
  requires: typeof require('node:path').join === 'function',
  strict: (function () { return this === undefined; })(),
}) + '\\n');
process.exitCode = Number(process.env.BUNDLE_STATUS ?? 0);
`;

// A function made hot once the bundle has loaded (runBundle caps V8's tiers then), until V8 has
// optimised it or HOT_MS milliseconds have passed: whether TurboFan compiled it.
const HOT_BUNDLE = `'use strict';
function hot(a) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i] * 2; return s; }
const status = new Function('f', 'return %GetOptimizationStatus(f)');
const arr = Array.from({ length: 1000 }, (_, i) => i);
const until = Date.now() + Number(process.env.HOT_MS);
const round = () => {
  for (let i = 0; i < 5000; i++) hot(arr);
  const turbofanned = (status(hot) & 64) !== 0;
  if (turbofanned || Date.now() > until) process.stdout.write(JSON.stringify({ turbofanned }) + '\\n');
  else setImmediate(round);
};
setImmediate(round);
`;

let dir: string;
let bundle: string;
let cacheHome: string;

/** Runs the bundle through runBundle in a process of its own (the cache is written at its exit). */
function run(o: { status?: number; flags?: string[]; options?: BundleOptions } = {}): { stdout: string; trace: string[]; status: number | null } {
  const start = `runBundle(new URL(${JSON.stringify(pathToFileURL(bundle).href)}), ${JSON.stringify(o.options ?? {})});`;
  const r = spawnSync(process.execPath, [...(o.flags ?? []), '--import', 'tsx', '--input-type=module', '-e', `import { runBundle } from ${JSON.stringify(loader)}; ${start}`], {
    encoding: 'utf8',
    env: { ...process.env, XDG_CACHE_HOME: cacheHome, AFBACKUP_TRACE: '1', BUNDLE_STATUS: String(o.status ?? 0) },
  });
  return { stdout: r.stdout, trace: r.stderr.split('\n').filter((l) => l.startsWith('trace code cache: ')), status: r.status };
}

/** A folder of another user: made and given away by root, the root folder for anyone else. */
function foreignFolder(): string {
  if (process.getuid?.() !== 0) return '/';
  const f = path.join(dir, 'someone-elses');
  fs.mkdirSync(f, { recursive: true });
  fs.chownSync(f, 4321, 4321);
  return f;
}

const cacheFile = (): string => {
  const folder = path.join(cacheHome, 'afbackup');
  const files = fs.readdirSync(folder).filter((f) => f.endsWith('.v8cache'));
  assert.equal(files.length, 1, `one cache file in ${folder}: ${files.join(', ')}`);
  return path.join(folder, files[0]!);
};
const said = (trace: string[], what: string): boolean => trace.some((l) => l.includes(what));
/** Sets how long the run that made the cache lasted (its header: MAGIC, SHA-256, CRC-32, length, then this). */
const setMadeBy = (ms: number): void => {
  const b = fs.readFileSync(cacheFile());
  b.writeUInt32LE(ms, 8 + 32 + 8);
  fs.writeFileSync(cacheFile(), b);
};
/** A cache made by a run far longer than any of the test's: no run replaces it for being longer. */
const LONG_RUN_MS = 3_600_000;
/** Runs with the cache there, which must be used as it is. */
const runCached = (): ReturnType<typeof run> => {
  setMadeBy(LONG_RUN_MS);
  return run();
};

describe('code cache of a program bundle', () => {
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'incr-code-cache-'));
    bundle = path.join(dir, 'program.bundle.cjs');
    fs.writeFileSync(bundle, BUNDLE);
    cacheHome = path.join(dir, 'cache');
    fs.mkdirSync(cacheHome, { mode: 0o700 });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('runs the bundle as a CommonJS module and writes the cache at the end of a run that did its work', () => {
    const r = run();
    assert.equal(r.status, 0);
    assert.deepEqual(JSON.parse(r.stdout), { filename: bundle, dirname: dir, exportsAreModuleExports: true, requires: true, strict: true });
    assert.ok(said(r.trace, 'missing'), r.trace.join('\n'));
    assert.ok(said(r.trace, 'written'), r.trace.join('\n'));
    assert.equal(fs.statSync(cacheFile()).mode & 0o777, 0o600);
    assert.equal(fs.statSync(path.dirname(cacheFile())).mode & 0o777, 0o700);
    assert.deepEqual(fs.readdirSync(path.dirname(cacheFile())), [path.basename(cacheFile())], 'no temporary file left');
  });

  it('uses the cache it wrote and leaves it alone', () => {
    setMadeBy(LONG_RUN_MS);
    const before = fs.readFileSync(cacheFile());
    const r = run();
    assert.equal(r.status, 0);
    assert.deepEqual(r.trace, []);
    assert.deepEqual(fs.readFileSync(cacheFile()), before);
  });

  it('replaces a cache made by a run less than half as long as this one (a --help before a backup)', () => {
    setMadeBy(1);
    const r = run();
    assert.equal(r.status, 0);
    assert.ok(said(r.trace, 'made by a run of 1 ms: replaced'), r.trace.join('\n'));
    assert.ok(said(r.trace, 'written'));
    assert.ok(fs.readFileSync(cacheFile()).readUInt32LE(8 + 32 + 8) > 1, 'the new cache says how long its run lasted');
  });

  it('rejects a corrupt cache, runs from the source and writes a sound one', () => {
    const b = fs.readFileSync(cacheFile());
    b[b.length - 5]! ^= 0x40;
    fs.writeFileSync(cacheFile(), b, { mode: 0o600 });
    const r = run();
    assert.equal(r.status, 0);
    assert.equal(JSON.parse(r.stdout).strict, true);
    assert.ok(said(r.trace, 'is corrupt'), r.trace.join('\n'));
    assert.ok(said(r.trace, 'written'));
    assert.deepEqual(runCached().trace, []);
  });

  it('rejects a truncated cache', () => {
    fs.truncateSync(cacheFile(), 20);
    const r = run();
    assert.equal(r.status, 0);
    assert.ok(said(r.trace, 'is truncated'), r.trace.join('\n'));
    assert.ok(said(r.trace, 'written'));
  });

  it('rejects the cache of another bundle of the same length (V8 checks only the length)', () => {
    fs.writeFileSync(bundle, BUNDLE.replace('exports.early = 1;', 'exports.early = 2;'));
    const r = run();
    assert.equal(r.status, 0);
    assert.ok(said(r.trace, 'is of another bundle or format'), r.trace.join('\n'));
    assert.ok(said(r.trace, 'written'));
    assert.deepEqual(runCached().trace, []);
  });

  it('writes a new cache when V8 refuses the one there (other V8 flags)', () => {
    const r = run({ flags: ['--stack-size=900'] });
    assert.equal(r.status, 0);
    assert.ok(said(r.trace, 'refused by V8'), r.trace.join('\n'));
    assert.ok(said(r.trace, 'written'));
  });

  it('a program that runs baseline code only still takes its cache: the cap is lifted before the cache is made', () => {
    const options = { baselineOnly: true };
    const first = run({ options });
    assert.equal(first.status, 0);
    assert.ok(said(first.trace, 'written'), first.trace.join('\n'));
    assert.ok(!said(first.trace, 'default tiers'), `the cap was set: ${first.trace.join('\n')}`);
    setMadeBy(LONG_RUN_MS);
    const second = run({ options });
    assert.equal(second.status, 0);
    assert.equal(JSON.parse(second.stdout).strict, true);
    assert.deepEqual(second.trace, [], 'used as it is');
    // and a program without the cap takes the same cache
    assert.deepEqual(run().trace, []);
  });

  it('a program that runs baseline code only gets no optimised code once loaded; another one does', () => {
    const saved = bundle;
    bundle = path.join(dir, 'hot.bundle.cjs');
    fs.writeFileSync(bundle, HOT_BUNDLE);
    try {
      const turbofanned = (options: BundleOptions, ms: number): boolean => {
        process.env['HOT_MS'] = String(ms);
        const r = run({ flags: ['--allow-natives-syntax'], options });
        assert.equal(r.status, 0, r.trace.join('\n'));
        return (JSON.parse(r.stdout) as { turbofanned: boolean }).turbofanned;
      };
      // (a loaded machine may take a while to optimise it: the first stops as soon as V8 has)
      assert.equal(turbofanned({}, 10_000), true, 'without the cap the hot function is optimised');
      assert.equal(turbofanned({ baselineOnly: true }, 1000), false, 'with it, not');
    } finally {
      delete process.env['HOT_MS'];
      bundle = saved;
      const folder = path.join(cacheHome, 'afbackup');
      for (const f of fs.readdirSync(folder)) if (f.startsWith('hot.bundle.cjs')) fs.rmSync(path.join(folder, f));
    }
  });

  it('writes no cache after a run that failed (exit status 2)', () => {
    const file = cacheFile();
    fs.rmSync(file);
    const r = run({ status: 2 });
    assert.equal(r.status, 2);
    assert.ok(said(r.trace, 'missing'));
    assert.equal(said(r.trace, 'written'), false);
    assert.equal(fs.existsSync(file), false);
    assert.equal(run({ status: 1 }).status, 1);
    assert.equal(fs.existsSync(file), true, 'exit status 1 (done with problems) is a run that did its work');
  });

  it('never reads a cache that another user could have written, nor writes into such a folder', () => {
    fs.chmodSync(cacheFile(), 0o620);
    let r = run();
    assert.ok(said(r.trace, "is not this user's alone: not used"), r.trace.join('\n'));
    fs.chmodSync(cacheFile(), 0o600);
    assert.deepEqual(runCached().trace, [], 'the rewritten cache is private again');
    fs.chmodSync(path.dirname(cacheFile()), 0o777);
    const before = fs.readFileSync(cacheFile());
    fs.writeFileSync(cacheFile(), before, { mode: 0o600 });
    r = run();
    assert.equal(r.status, 0);
    assert.ok(said(r.trace, "not this user's alone: not used"), r.trace.join('\n'));
    assert.ok(said(r.trace, "not this user's alone: no cache written"), r.trace.join('\n'));
    fs.chmodSync(path.dirname(cacheFile()), 0o700);
  });

  it('neither reads nor writes through a folder of the cache\'s path that is a symbolic link', () => {
    const base = path.join(dir, 'linked-cache-home');
    const target = path.join(dir, 'link-target');
    fs.mkdirSync(base, { mode: 0o700 });
    fs.mkdirSync(target, { mode: 0o700 });
    fs.symlinkSync(target, path.join(base, 'afbackup'));
    for (let i = 0; i < 2; i++) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `import { runBundle } from ${JSON.stringify(loader)}; runBundle(new URL(${JSON.stringify(pathToFileURL(bundle).href)}));`], {
        encoding: 'utf8',
        env: { ...process.env, XDG_CACHE_HOME: base, AFBACKUP_TRACE: '1', BUNDLE_STATUS: '0' },
      });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, /not this user's alone: not used/);
      assert.match(r.stderr, /not this user's alone: no cache written/);
    }
    assert.deepEqual(fs.readdirSync(target), [], 'nothing written where the link points');
  });

  it('does not follow a symbolic link in the cache file’s place', () => {
    const file = cacheFile();
    const elsewhere = path.join(dir, 'elsewhere');
    fs.copyFileSync(file, elsewhere);
    fs.rmSync(file);
    fs.symlinkSync(elsewhere, file);
    const r = run();
    assert.equal(r.status, 0);
    assert.ok(said(r.trace, 'missing'), r.trace.join('\n'));
    assert.equal(fs.lstatSync(file).isSymbolicLink(), false, 'replaced by a file of its own');
  });

  it('runs without a cache where there is no place for one, or the place is another user\'s', () => {
    const notAFolder = path.join(dir, 'not-a-folder');
    fs.writeFileSync(notAFolder, '');
    const someoneElses = foreignFolder();
    const before = fs.readdirSync(someoneElses);
    for (const place of [notAFolder, someoneElses]) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `import { runBundle } from ${JSON.stringify(loader)}; runBundle(new URL(${JSON.stringify(pathToFileURL(bundle).href)}));`], {
        encoding: 'utf8',
        env: { ...process.env, XDG_CACHE_HOME: place, AFBACKUP_TRACE: '1', BUNDLE_STATUS: '0' },
      });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(JSON.parse(r.stdout).strict, true);
      assert.match(r.stderr, /no cache folder of this user/);
    }
    assert.deepEqual(fs.readdirSync(someoneElses), before, 'nothing left in another user\'s folder');
  });

  it('removes the caches this program left for other nodes when it writes its own', () => {
    const file = cacheFile();
    const folder = path.dirname(file);
    const otherNode = file.replace(`-${process.version}-`, '-v18.0.0-');
    const otherProgram = path.join(folder, `other.bundle.cjs-0123456789abcdef-${process.version}-${process.arch}.v8cache`);
    fs.writeFileSync(otherNode, 'old', { mode: 0o600 });
    fs.writeFileSync(otherProgram, 'kept', { mode: 0o600 });
    fs.rmSync(file);
    const r = run();
    assert.ok(said(r.trace, 'written'), r.trace.join('\n'));
    assert.equal(fs.existsSync(otherNode), false);
    assert.equal(fs.readFileSync(otherProgram, 'utf8'), 'kept');
    fs.rmSync(otherProgram);
  });

  it('finds the user cache folder as XDG says', () => {
    const home = path.join(dir, 'home');
    fs.mkdirSync(home);
    fs.writeFileSync(path.join(dir, 'not-a-folder'), '');
    assert.equal(cacheFolder({ XDG_CACHE_HOME: cacheHome, HOME: home }), path.join(cacheHome, 'afbackup'));
    assert.equal(cacheFolder({ XDG_CACHE_HOME: 'relative', HOME: home }), path.join(home, '.cache', 'afbackup'));
    assert.equal(cacheFolder({ HOME: home }), path.join(home, '.cache', 'afbackup'));
    assert.equal(cacheFolder({ HOME: path.join(dir, 'not-yet', 'home') }), undefined, 'a HOME that is not there is not made');
    assert.equal(cacheFolder({ HOME: path.join(foreignFolder(), 'no-such-home') }), undefined, 'not below a folder of another user');
    assert.equal(cacheFolder({ HOME: path.join(dir, 'not-a-folder', 'home') }), undefined);
    const shared = path.join(dir, 'shared-home');
    fs.mkdirSync(shared);
    fs.chmodSync(shared, 0o777);
    assert.equal(cacheFolder({ HOME: shared }), undefined, 'a base others may write in without the sticky bit');
    fs.chmodSync(shared, 0o1777);
    assert.equal(cacheFolder({ HOME: shared }), path.join(shared, '.cache', 'afbackup'), 'a sticky one, as /tmp');
  });
});
