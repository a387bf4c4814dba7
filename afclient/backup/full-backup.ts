#!/usr/bin/env node
// full_backup: saves everything configured (or the next part of a multi-part full backup),
// records it in the filelist and prints nothing unless asked (-v). See man/full_backup.8.
import { startBackupProgram } from './run/main.js';

// No top-level await: the compiled program is a CommonJS bundle (scripts/build.mjs, code-cache.ts).
startBackupProgram('full_backup');
