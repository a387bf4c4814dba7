#!/usr/bin/env node
// afrestore: restores files from the filelists' backups (see restore-main.ts, man/afrestore.8).
import { afrestore } from './restore-main.js';
import { processIO } from './context.js';

// A reader that stops early (afrestore -l | head) ends the run quietly, as SIGPIPE would.
process.stdout.on('error', () => process.exit(1));
process.exitCode = await afrestore(process.argv.slice(2), processIO);
