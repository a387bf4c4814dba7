#!/usr/bin/env node
// update_indexes: drops filelist entries on cartridges the servers have reused, and tells the
// servers which cartridges the filelists still need. See man/update_indexes.8.
import { updateIndexesMain } from './run/main.js';

process.exitCode = await updateIndexesMain(process.argv.slice(2));
