#!/usr/bin/env node
// Regenerates the static protobuf code in protocol/**/generated/ from the .proto files beside it.
// The output is committed, so builds and tests never need protobufjs-cli; run this after
// changing a .proto and commit the result.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);

function protos(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== 'generated') protos(p, out);
    else if (e.name.endsWith('.proto')) out.push(p);
  }
  return out;
}

for (const proto of protos(path.join(root, 'protocol'))) {
  const outDir = path.join(path.dirname(proto), 'generated');
  fs.mkdirSync(outDir, { recursive: true });
  const base = path.join(outDir, path.basename(proto, '.proto'));
  // Only create/encode/decode are used: verify, fromObject/toObject, the delimited forms and type
  // URLs would be half of the code every program compiles at start.
  execFileSync(bin('pbjs'), ['-t', 'static-module', '-w', 'es6', '--es6', '--force-long', '--no-beautify', '--no-verify', '--no-convert', '--no-delimited', '--no-typeurl', '-o', `${base}.js`, proto], { stdio: 'inherit' });
  // pbjs emits a bare 'protobufjs/minimal' import; Node's ESM resolver needs the file extension.
  const js = fs.readFileSync(`${base}.js`, 'utf8').replace(/from "protobufjs\/minimal"/g, 'from "protobufjs/minimal.js"');
  fs.writeFileSync(`${base}.js`, js);
  execFileSync(bin('pbts'), ['-o', `${base}.d.ts`, `${base}.js`], { stdio: 'inherit' });
  console.log(`generated ${path.relative(root, base)}.{js,d.ts}`);
}
