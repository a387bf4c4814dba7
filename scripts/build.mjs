#!/usr/bin/env node
// Compiles the TypeScript sources to dist/ and copies what tsc does not emit: the generated
// protobuf modules (plain JavaScript) and the .proto files they were made from. Then every
// program (package.json bin) and the codec worker are bundled by esbuild into one ESM file
// each, in place of tsc's entry module: node then reads and compiles one file at start instead
// of some 270 (ours, yargs, pino, protobufjs, picomatch), which is most of a program's start-up.
// tsc's output of the other modules stays in dist/ for anything that imports them one by one.
// full_backup and incr_backup are CommonJS bundles started with a V8 code cache (CODE_CACHED).
// Everything is built in dist.building/ and replaces dist/ only when all of it succeeded: a
// failed build (a type error) leaves the previous programs in place and runnable.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// --out DIR builds elsewhere than dist/ (a benchmark of one's own changes while others rebuild
// dist/); DIR must be inside the checkout, so the bundles still find node_modules above them.
const outAt = process.argv.indexOf('--out');
const dist = outAt > 0 && process.argv[outAt + 1] ? path.resolve(process.argv[outAt + 1]) : path.join(root, 'dist');
if (path.relative(root, dist).startsWith('..')) {
  process.stderr.write(`build failed: --out ${dist} is outside the checkout ${root}; the programs would not find node_modules\n`);
  process.exit(1);
}
const staging = `${dist}.building`;

function fail(message) {
  fs.rmSync(staging, { recursive: true, force: true });
  process.stderr.write(`build failed: ${message}; dist/ is left as it was\n`);
  process.exit(1);
}

fs.rmSync(staging, { recursive: true, force: true });
try {
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json'), '--outDir', staging], {
    stdio: 'inherit',
  });
} catch {
  fail('tsc reported the errors above');
}

function copyTree(from, to, wanted) {
  if (!fs.existsSync(from)) return;
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, e.name);
    const dst = path.join(to, e.name);
    if (e.isDirectory()) copyTree(src, dst, wanted);
    else if (wanted(e.name)) {
      fs.mkdirSync(to, { recursive: true });
      fs.copyFileSync(src, dst);
    }
  }
}
copyTree(path.join(root, 'protocol'), path.join(staging, 'protocol'), (n) => n.endsWith('.js') || n.endsWith('.proto'));

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
// The codec worker is started by path (afclient/codec/pool.ts), so it gets its own bundle too.
const outputs = [...new Set([...Object.values(pkg.bin ?? {}), 'dist/afclient/codec/compress-worker.js'])];
for (const rel of outputs) if (!rel.startsWith('dist/')) fail(`package.json bin ${rel} is not below dist/`);
/** Where a dist/ path is built. */
const staged = (rel) => path.join(staging, rel.slice('dist/'.length));

// Native addons are loaded from node_modules at run time, never inlined: better-sqlite3 and
// zstd-napi find their .node files relative to their own package; ours go through
// native/load.ts, which looks for build/Release from where it runs.
const EXTERNAL = ['better-sqlite3', 'zstd-napi', '*.node'];

/**
 * A bundle is one module, so import.meta.url would be the bundle's URL in every module inlined
 * into it. Each of our modules that asks for its own URL (a worker started beside it, the package
 * root found above it) gets the URL of its compiled twin in dist/ instead, relative to the
 * bundle, so the answers stay what they were before bundling.
 */
function ownModuleUrl(outfile) {
  return {
    name: 'own-module-url',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const source = await fs.promises.readFile(args.path, 'utf8');
        const unsupported = /import\.meta\.(dirname|filename)\b/.exec(source);
        if (unsupported) {
          throw new Error(`${path.relative(root, args.path)} uses ${unsupported[0]}, which would name the bundle's folder once bundled; derive it from import.meta.url instead`);
        }
        if (!source.includes('import.meta.url')) return undefined;
        const twin = path.join(staging, path.relative(root, args.path)).replace(/\.ts$/, '.js');
        const rel = path.relative(path.dirname(outfile), twin).split(path.sep).join('/');
        const expr = `new URL(${JSON.stringify(rel.startsWith('.') ? rel : `./${rel}`)}, import.meta.url).href`;
        return { contents: source.replaceAll('import.meta.url', expr), loader: 'ts' };
      });
    },
  };
}

/**
 * string-width (yargs, cliui and wrap-ansi measure help text with it) builds Intl.Segmenters and
 * Unicode property regexes when its module is evaluated, and ansi-styles (wrap-ansi's) builds its
 * tables of escape codes: 20-30 ms of every program's start, yet only --help and usage messages
 * ever measure or wrap text. Each import of them gets a stand-in that loads the real module
 * (bundled all the same) on first use: a function for string-width, an object for ansi-styles.
 */
const LAZY_NAMESPACE = 'lazy-on-first-call';
const LAZY_MODULES = new Map([
  ['string-width', (real) => `let width;\nexport default function stringWidth(text, options) {\n  width ??= require(${real}).default;\n  return width(text, options);\n}\n`],
  ['ansi-styles', (real) => `let styles;\nexport default new Proxy({}, { get: (_, key) => (styles ??= require(${real}).default)[key] });\n`],
]);
function lazyModules() {
  return {
    name: 'lazy-modules',
    setup(build) {
      build.onResolve({ filter: /^(string-width|ansi-styles)$/ }, async (args) => {
        if (args.namespace === LAZY_NAMESPACE || args.pluginData === LAZY_NAMESPACE) return undefined;
        const real = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: LAZY_NAMESPACE });
        if (real.errors.length > 0) return { errors: real.errors };
        return { path: real.path, namespace: LAZY_NAMESPACE, pluginData: args.path };
      });
      build.onLoad({ filter: /.*/, namespace: LAZY_NAMESPACE }, (args) => ({
        contents: LAZY_MODULES.get(args.pluginData)(JSON.stringify(args.path)),
        resolveDir: path.dirname(args.path),
        loader: 'js',
      }));
    },
  };
}

/**
 * The external CommonJS packages (better-sqlite3, zstd-napi) are loaded by require() rather than
 * import: an import makes Node parse their sources (and what they re-export) for the names they
 * export before it loads them, a few milliseconds of every start. Those in `onFirstUse` (a map
 * from the package to the names imported from it) are required only when first used, through
 * stand-ins that load the real module when called, constructed or read: pino and its helpers
 * (sonic-boom, thread-stream, redaction, serializers: some 150 KB) cost a program some 5 ms of
 * its start when bundled, evaluated or not (V8 reads the whole bundle), yet the clients give the
 * wire layer a quiet logger of their own and never make a pino logger (afserver's programs log
 * from their start and bundle pino as it is); zstd-napi's streams (its main module, with node's
 * assert and stream modules: some 2 ms) compress only a text index (IndexFilePart), while the
 * codec uses the binding alone ('zstd-napi/binding.js', loaded as it is). The code-cached
 * programs (CODE_CACHED) also get modules of rare paths this way (LAZY_CACHED).
 */
const REQUIRED_NAMESPACE = 'external-by-require';
/**
 * Loaded on first use by the code-cached programs (the names they import): node:child_process
 * (InitProgram and the other hooks, filters, dump commands) and assert (yargs' checks of a
 * command line it parses, which a plain one skips) cost 2.7 ms of every start, some 1 % of a run
 * of incr_backup; zstd-napi's addon 2 ms, and they compress in afbackup's own addon
 * (native/batch-encode.h), decompressing only when they read an archive back.
 */
const LAZY_CACHED = [
  ['node:child_process', ['spawn', 'spawnSync']],
  ['assert', ['notStrictEqual', 'strictEqual']],
  ['zstd-napi/binding.js', []],
];
/** A stand-in for the value `real` (an expression) that evaluates it when first used. */
const standIn = (real) => `new Proxy(function () {}, { apply: (_, self, args) => Reflect.apply(${real}, self, args), construct: (_, args) => Reflect.construct(${real}, args), get: (_, key) => ${real}[key] })`;
function externalsByRequire(onFirstUse, external = ['better-sqlite3', 'zstd-napi']) {
  const names = [...external, ...onFirstUse.keys()];
  return {
    name: 'externals-by-require',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^(${names.join('|')})(/.*)?$`) }, (args) => {
        if (args.namespace === REQUIRED_NAMESPACE) return { path: args.path, external: true };
        return { path: args.path, namespace: REQUIRED_NAMESPACE };
      });
      build.onLoad({ filter: /.*/, namespace: REQUIRED_NAMESPACE }, (args) => ({
        contents: onFirstUse.has(args.path)
          ? `let real;\nconst load = () => (real ??= require(${JSON.stringify(args.path)}));\nexport default ${standIn('load()')};\n` +
            onFirstUse.get(args.path).map((name) => `export const ${name} = ${standIn(`load()[${JSON.stringify(name)}]`)};\n`).join('')
          : `module.exports = require(${JSON.stringify(args.path)});\n`,
        loader: 'js',
      }));
    },
  };
}

/**
 * better-sqlite3's JavaScript (ten modules) is bundled into the code-cached programs rather than
 * required from node_modules: finding and compiling it took some 3 ms of each start, and from
 * the bundle it comes out of the cache. Its addon stays where npm built it, which filelist.ts
 * names; without that name better-sqlite3 asks the `bindings` package, which would look for the
 * addon below the package of the file that called it (the bundle, in afbackup's folders): the
 * stand-in it gets instead tells `bindings` better-sqlite3's own folder, as before. package.json
 * names better-sqlite3's exact version: its JavaScript and its addon talk through an interface of
 * their own, so the JavaScript built into the bundle must stay the one of the addon npm installs.
 */
const BINDINGS_NAMESPACE = 'bindings-of-better-sqlite3';
function bundledSqlite() {
  return {
    name: 'bundled-better-sqlite3',
    setup(build) {
      build.onResolve({ filter: /^bindings$/ }, (args) =>
        args.importer.includes(`${path.sep}node_modules${path.sep}better-sqlite3${path.sep}`) ? { path: 'bindings', namespace: BINDINGS_NAMESPACE } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: BINDINGS_NAMESPACE }, () => ({
        contents: "const path = require('node:path');\nmodule.exports = (name) => require('bindings')({ bindings: name, module_root: path.dirname(require.resolve('better-sqlite3/package.json')) });\n",
        resolveDir: root,
        loader: 'js',
      }));
    },
  };
}

/**
 * Programs started with a V8 code cache (afclient/backup/run/code-cache.ts): a run of them is
 * short enough for the bundle's compile to count (an incremental backup takes a quarter of a
 * second, 25-30 ms of which went to compiling). Their bundle is CommonJS, which node:vm can
 * compile with a cache (an ES module cannot be), beside a program file that starts it. That
 * program file (their bin, a .cjs) is CommonJS too, with the cache's loader bundled in: an ES
 * module as the entry makes node set up its ES module loader first, 4-7 ms of every run.
 *
 * Each with runBundle's options (code-cache.ts BundleOptions). incr_backup runs baseline code
 * only: an incremental is short (a quarter of a second for bench/mktree scale 1),
 * and V8's optimising compiler spent some 100 ms of processor time on its helper threads on code
 * that then ran a few hundred times, while the tree scan's thread and the batch encoding wanted
 * both cores. Measured over 11 incrementals each: 14 % less processor time (0.35 -> 0.30 s), 5 %
 * less wall time (241 -> 230 ms, medians); with ten times the benchmark's changes (2 300 files,
 * 23 MB on tape) 28 % and 16 % less. full_backup keeps optimised code: neutral at scale 1, and
 * the packing of a larger tree runs long enough for it to pay for its compiling.
 */
const CODE_CACHED = new Map([
  ['dist/afclient/backup/full-backup.cjs', {}],
  ['dist/afclient/backup/incr-backup.cjs', { baselineOnly: true }],
]);
const BUNDLE_SUFFIX = '.bundle.cjs';

/** Builds the program file of a code-cached program: its #! line (node flags included), the cache's loader and the start of its bundle. */
async function buildCodeCacheStarter(entry, outfile, bundleFile, options) {
  const first = fs.readFileSync(entry, 'utf8').split('\n', 1)[0];
  await esbuild.build({
    stdin: {
      contents: [
        "import { runBundle } from './run/code-cache.ts';",
        "import { join } from 'node:path';",
        "import { pathToFileURL } from 'node:url';",
        `runBundle(pathToFileURL(join(__dirname, ${JSON.stringify(path.basename(bundleFile))})), ${JSON.stringify(options)});`,
      ].join('\n'),
      resolveDir: path.dirname(entry),
      sourcefile: path.basename(outfile),
      loader: 'ts',
    },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    ...(first.startsWith('#!') ? { banner: { js: first } } : {}),
  });
}

await Promise.all(
  outputs.map(async (rel) => {
    const cached = CODE_CACHED.has(rel);
    const outfile = staged(rel);
    const bundleFile = cached ? outfile.replace(/\.cjs$/, BUNDLE_SUFFIX) : outfile;
    const entry = path.join(root, rel.replace(/^dist\//, '').replace(/\.c?js$/, '.ts'));
    if (!fs.existsSync(entry)) fail(`${rel} has no source ${path.relative(root, entry)}`);
    await esbuild.build({
      entryPoints: [entry],
      outfile: bundleFile,
      bundle: true,
      platform: 'node',
      format: cached ? 'cjs' : 'esm',
      target: 'node20',
      external: cached ? [...EXTERNAL.filter((name) => name !== 'better-sqlite3'), 'better-sqlite3/package.json'] : EXTERNAL,
      // Like tsc's maps: they point at the .ts sources of the checkout rather than carrying them.
      sourcemap: true,
      sourcesContent: false,
      logLevel: 'warning',
      plugins: [
        ownModuleUrl(bundleFile),
        lazyModules(),
        externalsByRequire(
          new Map([['zstd-napi', ['CompressStream']], ...(rel.startsWith('dist/afserver/') ? [] : [['pino', ['pino']]]), ...(cached ? LAZY_CACHED : [])]),
          cached ? ['zstd-napi'] : undefined,
        ),
        ...(cached ? [bundledSqlite()] : []),
      ],
      ...(cached
        ? {
            // A CommonJS bundle has no import.meta: its modules get one naming the bundle, as in
            // an ES module bundle (ownModuleUrl turns it into their compiled twins' URLs).
            define: { 'import.meta': '__afbackupImportMeta' },
            // The wrapper code-cache.ts compiles the bundle in puts it in a function, where the
            // directive must come first to keep the strict mode of the ES modules it was made from.
            banner: { js: "'use strict';\nconst __afbackupImportMeta = { url: require('node:url').pathToFileURL(__filename).href, resolve: (name) => require('node:url').pathToFileURL(require.resolve(name)).href };" },
          }
        : {
            // CommonJS packages inlined into an ES module still call require() (Node built-ins, the
            // external addons): give them one that resolves from the bundle's place.
            banner: { js: "import { createRequire as __afbackupCreateRequire } from 'node:module';\nconst require = __afbackupCreateRequire(import.meta.url);" },
          }),
    });
    if (cached) {
      // Inside that wrapper a #! line would be a syntax error; a comment of the same length keeps
      // the source map's lines and columns.
      const bundle = fs.readFileSync(bundleFile, 'utf8');
      if (bundle.startsWith('#!')) fs.writeFileSync(bundleFile, `//${bundle.slice(2)}`);
      await buildCodeCacheStarter(entry, outfile, bundleFile, CODE_CACHED.get(rel));
    }
  }),
).catch((e) => fail(`esbuild: ${e.message}`));

// Programs are started through their bin entries, which must be executable.
for (const rel of Object.values(pkg.bin ?? {})) fs.chmodSync(staged(rel), 0o755);

const old = `${dist}.old`;
fs.rmSync(old, { recursive: true, force: true });
if (fs.existsSync(dist)) fs.renameSync(dist, old);
fs.renameSync(staging, dist);
fs.rmSync(old, { recursive: true, force: true });
