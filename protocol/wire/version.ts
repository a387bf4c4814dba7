// Protocol and program versions stated in the Hello message.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Raise on any change an older peer would misread; peers with different majors refuse each other. */
export const PROTOCOL_MAJOR = 1;
/** Raise when adding fields or requests an older peer can safely ignore or refuse. */
export const PROTOCOL_MINOR = 2;
/**
 * From this minor on, a server refuses the Close of a session whose Write failed (and ends the
 * session incomplete), so a client may send its Close right behind the Write's data instead of
 * waiting for the Write's answer first (PROTOCOL.md); an older server would complete it.
 */
export const PIPELINED_CLOSE_MINOR = 2;

let cached: string | undefined;

/** The package version, from the package.json above this module (source tree or dist/). */
export function programVersion(): string {
  if (cached !== undefined) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) {
      const pkg = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'afbackup' && pkg.version) return (cached = pkg.version);
    }
    const up = path.dirname(dir);
    if (up === dir) return (cached = 'unknown');
    dir = up;
  }
}
