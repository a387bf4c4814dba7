// Compiles TypeScript entry points (and everything they import from the project) into
// self-contained ESM files for the tape VM guest, plus the files native/load.ts needs to find
// the package root and the mtio addon there. The guest has node but no node_modules and no tsx.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { GuestFile } from './initramfs.js';

/** The checkout this file belongs to. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the project lives in the guest; the guest command starts there. */
export const GUEST_ROOT = '/afbackup';

/**
 * Bundles each entry (a path relative to the project root) to GUEST_ROOT/NAME.mjs, where NAME is
 * the entry's base name. Returns the guest files, including package.json, binding.gyp and
 * build/Release/mtio.node.
 */
export async function bundleForGuest(entries: string[], outDir: string): Promise<Record<string, GuestFile>> {
  const addon = path.join(projectRoot, 'build', 'Release', 'mtio.node');
  if (!fs.existsSync(addon)) throw new Error(`tape VM: ${addon} is missing: run 'npm run install' first`);
  await build({
    entryPoints: entries.map((e) => path.join(projectRoot, e)),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    logLevel: 'error',
  });
  const files: Record<string, GuestFile> = {
    [`${GUEST_ROOT}/package.json`]: { content: JSON.stringify({ name: 'afbackup-guest', private: true, type: 'module' }) + '\n' },
    [`${GUEST_ROOT}/binding.gyp`]: { from: path.join(projectRoot, 'binding.gyp') },
    [`${GUEST_ROOT}/build/Release/mtio.node`]: { from: addon },
  };
  for (const e of entries) {
    const name = path.basename(e).replace(/\.ts$/, '.mjs');
    files[`${GUEST_ROOT}/${name}`] = { from: path.join(outDir, name) };
  }
  return files;
}
