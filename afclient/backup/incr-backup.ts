#!/usr/bin/env node
// incr_backup: saves what changed since the reference run of its level (-Q), differentially
// (-a) or dropping lower levels (-H). See man/incr_backup.8.
import { startBackupProgram } from './run/main.js';

// No top-level await: the compiled program is a CommonJS bundle (scripts/build.mjs, code-cache.ts).
startBackupProgram('incr_backup');
