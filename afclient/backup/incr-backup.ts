#!/usr/bin/env node
// incr_backup: saves what changed since the reference run of its level (-Q), differentially
// (-a) or dropping lower levels (-H). See man/incr_backup.8.
import { backupMain } from './run/main.js';

process.exitCode = await backupMain('incr_backup', process.argv.slice(2));
