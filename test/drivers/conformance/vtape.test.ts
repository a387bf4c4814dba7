// The conformance suite against the virtual tape, once as scsi_debug behaves (early-warning write
// lands, 512-byte minimum block) and once as mhvtl behaves (early-warning write rejected, 1 byte).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { VirtualTape, createCartridge, setWriteProtect, type VirtualTapeOptions } from '../../../drivers/vtape/index.js';
import { defineConformanceSuite, type EarlyWarningFlavour } from './suite.js';

function virtualTapeSuite(label: string, flavour: EarlyWarningFlavour, minBlock: number): void {
  let current: { tape: VirtualTape; file: string } | null = null;
  defineConformanceSuite(
    `vtape (${label})`,
    async (env) => {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'af-vtape-conf-'));
      const file = path.join(dir, 'cartridge.vtape');
      await createCartridge(file, { capacityBytes: env.capacityBytes, earlyWarningBytes: env.earlyWarningBytes });
      const opts: VirtualTapeOptions = { earlyWarning: env.earlyWarning ?? flavour, minBlock, report: () => undefined };
      const tape = await VirtualTape.open(file, opts);
      const opened = [tape];
      current = { tape, file };
      return {
        device: tape,
        reopen: async () => {
          const again = await VirtualTape.open(file, opts);
          opened.push(again);
          return again;
        },
        cleanup: async () => {
          try {
            for (const t of opened) await t.close();
          } finally {
            await fs.rm(dir, { recursive: true, force: true });
          }
        },
      };
    },
    {
      keepsData: true,
      minBlock,
      canSizeMedium: true,
      earlyWarningFlavours: [flavour],
      writeProtect: async (on) => {
        if (current === null) throw new Error('writeProtect before any device was made');
        const { tape, file } = current;
        await tape.remove();
        await setWriteProtect(file, on);
        await tape.insert(file);
      },
    },
  );
}

virtualTapeSuite('scsi_debug-like', 'write-lands', 512);
virtualTapeSuite('mhvtl-like', 'write-rejected', 1);
