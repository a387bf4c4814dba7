// The conformance suite against the directory tape (afbackup's filesystem-as-tape). Nothing is
// skipped for being a folder: it can be sized (a configured capacity), write-protected
// (setWriteProtected, as remounting read-only would) and reopened (a second open is EBUSY
// through its lock file, as st's exclusive open). Both early-warning flavours are offered; the
// suite runs once with a 1-byte and once with a 512-byte minimum block (the EINVAL cases).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DirectoryTape, openDirectoryTape, type DirectoryTapeOptions } from '../../../drivers/dirtape/directory-tape.js';
import { defineConformanceSuite } from './suite.js';

function directoryTapeSuite(minBlock: number): void {
  let current: DirectoryTape | null = null;
  defineConformanceSuite(
    `dirtape (minimum block ${minBlock})`,
    async (env) => {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'af-dirtape-conf-'));
      const opts: DirectoryTapeOptions = {
        capacityBytes: env.capacityBytes,
        earlyWarningBytes: env.earlyWarningBytes,
        minBlock,
        ...(env.earlyWarning ? { earlyWarning: env.earlyWarning } : {}),
      };
      const tape = await openDirectoryTape(dir, opts);
      current = tape;
      const opened = [tape];
      return {
        device: tape,
        reopen: async () => {
          const again = await openDirectoryTape(dir, opts);
          opened.push(again);
          return again;
        },
        cleanup: async () => {
          for (const t of opened) await t.close().catch(() => undefined);
          await fs.rm(dir, { recursive: true, force: true });
        },
      };
    },
    {
      keepsData: true,
      minBlock,
      canSizeMedium: true,
      earlyWarningFlavours: ['write-lands', 'write-rejected'],
      writeProtect: (on) => {
        if (current === null) throw new Error('writeProtect before any device was made');
        return current.setWriteProtected(on);
      },
    },
  );
}

directoryTapeSuite(1);
directoryTapeSuite(512);
