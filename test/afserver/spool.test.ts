// afserver with Spool-Directory: clients' data goes through the spool file to the drive.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { backup, connect, restore, serverSetup, startTestServer } from './server-helpers.js';

describe('afserver with Spool-Directory', () => {
  it('backs up through the spool and reads back byte-exact', async () => {
    const setup = serverSetup({ 'Spool-Directory': 'spool', 'Max Bytes Per Tape': '20M', 'Max Bytes Per File': '4M' });
    const server = await startTestServer(setup);
    try {
      assert.ok(fs.existsSync(path.join(setup.dir, 'spool')), 'the spool folder is created at start');
      const clients = await Promise.all(['hostS1', 'hostS2'].map((id) => connect(server.port, setup, id)));
      const data = clients.map(() => crypto.randomBytes(3_000_000));
      const done = await Promise.all(clients.map((c, i) => backup(c, data[i]!)));
      for (const [i, c] of clients.entries()) {
        assert.ok((await restore(c, done[i]!.start.cartridge!, done[i]!.start.tapeFile!)).equals(data[i]!));
        await c.goodbye();
      }
      assert.deepEqual(fs.readdirSync(path.join(setup.dir, 'spool')), []);
    } finally {
      await server.close(1000);
      setup.cleanup();
    }
  });
});
