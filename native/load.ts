// Loads one of the project's N-API addons (built by `node-gyp rebuild` during `npm ci` into
// build/Release). Sources run from the checkout and compiled code runs from dist/, at different
// depths, so the package root is found by walking up to package.json.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'binding.gyp'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find the afbackup package root (binding.gyp) above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

const cache = new Map<string, unknown>();

/** Loads build/Release/NAME.node; throws an error that says how to build it when it is missing. */
export function loadAddon<T>(name: 'mtio' | 'fsx' | 'vtio' | 'packio' | 'copylines'): T {
  const hit = cache.get(name);
  if (hit) return hit as T;
  const file = path.join(packageRoot(), 'build', 'Release', `${name}.node`);
  if (!fs.existsSync(file)) {
    throw new Error(`native addon ${name} is not built (${file} is missing): run 'npm ci' or 'npm run install' in the afbackup folder`);
  }
  const mod = require(file) as T;
  cache.set(name, mod);
  return mod;
}
