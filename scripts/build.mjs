#!/usr/bin/env node
// Compiles the TypeScript sources to dist/ and copies what tsc does not emit: the generated
// protobuf modules (plain JavaScript) and the .proto files they were made from.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], {
  stdio: 'inherit',
});

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
copyTree(path.join(root, 'protocol'), path.join(root, 'dist/protocol'), (n) => n.endsWith('.js') || n.endsWith('.proto'));
// Programs are started through their bin entries, which must be executable.
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
for (const rel of Object.values(pkg.bin ?? {})) {
  const file = path.join(root, rel);
  if (fs.existsSync(file)) fs.chmodSync(file, 0o755);
}
