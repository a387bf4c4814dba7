// A real afserver on 127.0.0.1 for afclient's server modes, and a tree to back up to it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RunningServer } from '../../../afserver/server.js';
import { ArchiveWriter, type WrittenEntry } from '../../../protocol/archive/index.js';
import { pack } from '../../../afclient/pack/packer.js';
import { CollectingReporter } from '../../../afclient/report.js';
import type { ServerOptions } from '../../../afclient/remote/connection.js';
import { serverSetup, startTestServer, type ServerSetup } from '../../afserver/server-helpers.js';

export interface TestServer {
  setup: ServerSetup;
  server: RunningServer;
  programs: string;
  options(extra?: Partial<ServerOptions>): ServerOptions;
  stop(): Promise<void>;
}

/** A server with a virtual library of small tape files (150 KiB) and a Program-Directory. */
export async function startRemoteServer(): Promise<TestServer> {
  const programs = fs.mkdtempSync(path.join(os.tmpdir(), 'af-programs-'));
  const setup = serverSetup({ 'Number Of Cartridges': 8, 'Program-Directory': programs });
  const server = await startTestServer(setup);
  return {
    setup,
    server,
    programs,
    options: (extra = {}) => ({ hosts: ['127.0.0.1'], ports: [server.port], keyFile: setup.keyFile, clientId: 'remote-test', cartridgeSet: 0, ...extra }),
    async stop() {
      await server.close(1000);
      setup.cleanup();
      fs.rmSync(programs, { recursive: true, force: true });
    },
  };
}

/** dir/tree: a few directories and files, with incompressible content so that it spans tape files. */
export function makeRemoteTree(dir: string, bytes = 420_000): void {
  const t = path.join(dir, 'tree');
  fs.mkdirSync(path.join(t, 'a/b'), { recursive: true });
  fs.mkdirSync(path.join(t, 'c'));
  let left = bytes;
  for (let i = 0; left > 0; i++) {
    const n = Math.min(left, 9_000 + ((i * 7919) % 40_000));
    fs.writeFileSync(path.join(t, ['a', 'a/b', 'c'][i % 3]!, `f${i}.bin`), crypto.randomBytes(n));
    left -= n;
  }
  fs.writeFileSync(path.join(t, 'small.txt'), 'small\n');
  fs.symlinkSync('small.txt', path.join(t, 'link'));
}

/** A producer for writeSession: packs `names` below `root` into an archive. */
export function packer(root: string, names: string[], onWritten?: (e: WrittenEntry) => void) {
  return async (sink: (chunk: Buffer) => Promise<void>): Promise<void> => {
    const report = new CollectingReporter();
    const writer = new ArchiveWriter(sink, { codec: { kind: 'zstd', level: 1 }, ...(onWritten ? { onWritten } : {}) });
    for await (const item of pack({ root, inputs: names.map((n) => Buffer.from(n)), selection: {}, noCompress: () => false, keepAtime: true, report })) {
      await writer.writeEntry(item.meta, item.content);
    }
    await writer.finish();
    if (report.problems) throw new Error(report.problemList.join('; '));
  };
}
