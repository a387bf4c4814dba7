#!/usr/bin/env node
// afverify: compares a backup with the filesystem, or checks it on tape (see verify-main.ts,
// man/afverify.8).
import { processIO } from './context.js';
import { afverify } from './verify-main.js';

// A reader that stops early (afrestore -l | head) ends the run quietly, as SIGPIPE would.
process.stdout.on('error', () => process.exit(1));
process.exitCode = await afverify(process.argv.slice(2), processIO);
