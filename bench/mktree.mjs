#!/usr/bin/env node
// Deterministic file tree for benchmarks and end-to-end tests of the backup programs.
//
//   node bench/mktree.mjs DIR [--scale S] [--seed N]   build a tree (scale 1: about 1 GiB in 20 000 small files,
//                                                      200 medium and 4 large ones, plus awkward corners)
//   node bench/mktree.mjs DIR --mutate [--seed N]      change about 1 % of an existing tree, like a day of work
//
// Same seed and scale, same bytes, names and timestamps: two runs (or two programs) see identical data.
// The mix: small text-like files (one in ten random), medium logs (text) and binaries (random), large
// images with 16 MiB regions of text, random and zero bytes, empty files and directories, hard links,
// symbolic links (also dangling and to a directory), non-ASCII names, names with spaces or a leading dash.
import fs from 'node:fs';
import path from 'node:path';

function usage(msg) {
  if (msg) console.error(`mktree: ${msg}`);
  console.error('usage: node bench/mktree.mjs DIR [--scale S] [--seed N] [--mutate]');
  process.exit(2);
}

function parseArgs(argv) {
  const out = { dir: undefined, scale: 1, seed: 1, mutate: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--mutate') out.mutate = true;
    else if (a === '--scale' || a === '--seed') {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v <= 0) usage(`${a} needs a positive number`);
      out[a.slice(2)] = v;
    } else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else if (out.dir === undefined) out.dir = a;
    else usage(`more than one directory given (${out.dir}, ${a})`);
  }
  if (out.dir === undefined) usage('no directory given');
  return out;
}

/** mulberry32: a small seeded 32-bit generator; quality is plenty for test data. */
class Rng {
  constructor(seed) {
    this.state = (Math.imul(seed >>> 0, 0x85ebca6b) ^ 0x5bd1e995) >>> 0;
  }
  u32() {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  /** Integer in [lo, hi]. */
  int(lo, hi) {
    return lo + (this.u32() % (hi - lo + 1));
  }
  pick(list) {
    return list[this.u32() % list.length];
  }
  bytes(n) {
    const out = Buffer.allocUnsafe(n);
    let i = 0;
    for (; i + 4 <= n; i += 4) out.writeUInt32LE(this.u32(), i);
    for (; i < n; i++) out[i] = this.u32() & 0xff;
    return out;
  }
}

const WORDS = (
  'a an the and or not if else for while return throw new this that with from into over under ' +
  'backup restore tape cartridge label block record filemark index filelist level part client server ' +
  'stream archive mtime ctime uid gid mode size offset length buffer error warning info debug ' +
  'const let function class async await import export default true false null value result count'
).split(' ');

/** A few MiB of line-structured text; files copy runs out of it so they compress like source and logs. */
function makeCorpus(rng, size) {
  const lines = [];
  let len = 0;
  while (len < size) {
    const n = rng.int(2, 15);
    const words = [];
    for (let i = 0; i < n; i++) words.push(rng.pick(WORDS));
    let line = '  '.repeat(rng.int(0, 3)) + words.join(' ');
    if (rng.int(0, 4) === 0) line += ` ${rng.u32()}`;
    lines.push(line);
    len += line.length + 1;
  }
  return Buffer.from(lines.join('\n') + '\n').subarray(0, size);
}

class Generator {
  constructor(seed) {
    this.rng = new Rng(seed);
    this.corpus = makeCorpus(this.rng, 4 << 20);
  }
  text(n) {
    const out = Buffer.allocUnsafe(n);
    for (let at = 0; at < n; ) {
      const run = Math.min(n - at, this.rng.int(200, 8000));
      const from = this.rng.int(0, this.corpus.length - run);
      this.corpus.copy(out, at, from, from + run);
      at += run;
    }
    return out;
  }
  content(kind, n) {
    if (kind === 'random') return this.rng.bytes(n);
    if (kind === 'zero') return Buffer.alloc(n);
    return this.text(n);
  }
  /** Writes `size` bytes in 1 MiB pieces; 'image' cycles text, random, zero, text every 16 MiB. */
  file(file, size, kind) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const fd = fs.openSync(file, 'w');
    try {
      for (let at = 0; at < size; at += 1 << 20) {
        const n = Math.min(1 << 20, size - at);
        const k = kind === 'image' ? ['text', 'random', 'zero', 'text'][Math.floor(at / (16 << 20)) % 4] : kind;
        fs.writeSync(fd, this.content(k, n));
      }
    } finally {
      fs.closeSync(fd);
    }
  }
}

// Timestamps are fixed so trees compare equal across runs; mutations move them a month on.
const BASE_TIME = Date.UTC(2025, 0, 1) / 1000;
const touch = (file, t) => fs.utimesSync(file, t, t);

function build(dir, scale, seed) {
  const g = new Generator(seed);
  const counts = {
    small: Math.max(20, Math.round(20000 * scale)),
    medium: Math.max(4, Math.round(200 * scale)),
    large: Math.max(1, Math.round(4 * scale)),
  };
  let total = 0;
  for (let i = 0; i < counts.small; i++) {
    const f = path.join(dir, 'src', `d${String(i % 200).padStart(3, '0')}`, `s${i % 7}`, `file${i}.txt`);
    const size = g.rng.int(0, 16 << 10);
    g.file(f, size, g.rng.int(0, 9) === 0 ? 'random' : 'text');
    touch(f, BASE_TIME + i);
    total += size;
  }
  for (let i = 0; i < counts.medium; i++) {
    const binary = i % 2 === 1;
    const f = path.join(dir, 'media', `m${i}.${binary ? 'bin' : 'log'}`);
    const size = g.rng.int(256 << 10, 4 << 20);
    g.file(f, size, binary ? 'random' : 'text');
    touch(f, BASE_TIME + i);
    total += size;
  }
  for (let i = 0; i < counts.large; i++) {
    const f = path.join(dir, 'large', `big${i}.img`);
    const size = Math.round(g.rng.int(64, 200) * (1 << 20) * Math.min(1, scale * 4));
    g.file(f, size, 'image');
    touch(f, BASE_TIME + i);
    total += size;
  }
  const odd = path.join(dir, 'odd');
  fs.mkdirSync(path.join(odd, 'empty dir'), { recursive: true });
  fs.writeFileSync(path.join(odd, 'empty file'), '');
  fs.writeFileSync(path.join(odd, 'naïve café – ünïcødé.txt'), 'a name outside ASCII\n');
  fs.writeFileSync(path.join(odd, '-leading dash'), 'a name that looks like an option\n');
  const original = path.join(odd, 'original');
  fs.writeFileSync(original, g.text(10000));
  fs.chmodSync(original, 0o640);
  for (let i = 0; i < 3; i++) fs.linkSync(original, path.join(odd, `hardlink${i}`));
  fs.symlinkSync('original', path.join(odd, 'symlink'));
  fs.symlinkSync('../src/d000', path.join(odd, 'dirlink'));
  fs.symlinkSync('does/not/exist', path.join(odd, 'dangling'));
  console.log(`built ${dir}: ${counts.small} small, ${counts.medium} medium, ${counts.large} large files, ${(total / 2 ** 20).toFixed(0)} MiB`);
}

function regularFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  walk(dir);
  return out;
}

function mutate(dir, seed) {
  if (!fs.existsSync(dir)) usage(`${dir} does not exist: build the tree first`);
  const g = new Generator(seed);
  const later = BASE_TIME + 30 * 86400;
  const files = regularFiles(dir);
  const tally = { changed: 0, removed: 0, added: 0 };
  for (const f of files) {
    const roll = g.rng.int(0, 999);
    if (roll < 4) {
      fs.appendFileSync(f, g.text(g.rng.int(10, 4000)));
      touch(f, later);
      tally.changed++;
    } else if (roll < 7 && fs.statSync(f).size > 100) {
      const fd = fs.openSync(f, 'r+');
      try {
        fs.writeSync(fd, g.text(50), 0, 50, g.rng.int(0, fs.fstatSync(fd).size - 51));
      } finally {
        fs.closeSync(fd);
      }
      touch(f, later);
      tally.changed++;
    } else if (roll < 9) {
      fs.rmSync(f);
      tally.removed++;
    }
  }
  const adds = Math.max(5, Math.floor(files.length / 200));
  for (let i = 0; i < adds; i++) {
    const f = path.join(dir, 'src', 'new', `added${seed}_${i}.txt`);
    g.file(f, g.rng.int(100, 20000), 'text');
    touch(f, later);
    tally.added++;
  }
  const from = path.join(dir, 'src', 'd001');
  if (fs.existsSync(from)) fs.renameSync(from, path.join(dir, 'src', `d001-renamed${seed}`));
  console.log(`mutated ${dir}: ${tally.changed} changed, ${tally.removed} removed, ${tally.added} added, one directory renamed`);
}

const opts = parseArgs(process.argv.slice(2));
try {
  if (opts.mutate) mutate(opts.dir, opts.seed);
  else build(opts.dir, opts.scale, opts.seed);
} catch (e) {
  console.error(`mktree: ${e.message}`);
  process.exit(1);
}
