// afserver with TLS-Certificate-File and TLS-Key-File in server.conf: a client trusting the
// certificate backs up and restores; a plain TCP client gets nowhere.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type tls from 'node:tls';
import { after, before, test } from 'node:test';
import type { RunningServer } from '../../afserver/server.js';
import { backup, connect, restore, serverSetup, startTestServer, type ServerSetup } from './server-helpers.js';

let setup: ServerSetup;
let server: RunningServer;
let ca: string;

before(async () => {
  setup = serverSetup();
  const cert = path.join(setup.dir, 'server.crt');
  const key = path.join(setup.dir, 'server.key');
  // node:crypto cannot make certificates; openssl(1) can
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=afserver-test', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert],
    { stdio: 'pipe' },
  );
  fs.appendFileSync(setup.confFile, `TLS-Certificate-File: server.crt\nTLS-Key-File: ${key}\n`);
  ca = fs.readFileSync(cert, 'utf8');
  server = await startTestServer(setup);
});
after(async () => {
  await server.close(1000);
  setup.cleanup();
});

test('a client trusting the certificate backs up and restores over TLS', async () => {
  const c = await connect(server.port, setup, 'hostTls', { tls: { ca } });
  assert.equal((c.connection.socket as tls.TLSSocket).encrypted, true);
  const data = crypto.randomBytes(300_000);
  const r = await backup(c, data);
  assert.ok((await restore(c, r.start.cartridge!, r.start.tapeFile!)).equals(data));
  await c.goodbye();
});

test('a plain TCP client is refused and the server goes on', async () => {
  // A plain client waits for the server's Hello, which a TLS server never sends in clear.
  await assert.rejects(connect(server.port, setup, 'hostPlain', { timeoutMs: 1500 }), /no handshake .* is TLS configured on both sides or on neither/);
  const c = await connect(server.port, setup, 'hostTls2', { tls: { ca } });
  await c.goodbye();
});

test('TLS needs both files: a certificate without a key is a configuration error with its line', async () => {
  const { loadServerConfig } = await import('../../afserver/config/index.js');
  const conf = path.join(setup.dir, 'half.conf');
  fs.writeFileSync(conf, fs.readFileSync(setup.confFile, 'utf8').replace(/^TLS-Key-File:.*\n/m, ''));
  await assert.rejects(loadServerConfig(conf), /half\.conf:\d+: TLS needs both TLS-Certificate-File and TLS-Key-File/);
});
