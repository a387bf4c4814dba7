// afclient's server modes over TLS: --tls-ca to trust the server, --tls-cert/--tls-key for a
// server that requires client certificates, and the messages when either is missing.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type tls from 'node:tls';
import { after, before, it } from 'node:test';
import type { RunningServer } from '../../../afserver/server.js';
import { connectToServer, type ServerOptions } from '../../../afclient/remote/connection.js';
import { currentPosition } from '../../../afclient/remote/queries.js';
import { serverSetup, startTestServer, type ServerSetup } from '../../afserver/server-helpers.js';

let certs: string;
let setup: ServerSetup;
let server: RunningServer;

/** A self-signed certificate; node:crypto cannot create certificates, openssl(1) can. */
function selfSigned(name: string, san: string): { cert: string; key: string } {
  const cert = path.join(certs, `${name}.crt`);
  const key = path.join(certs, `${name}.key`);
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', `/CN=${name}`, '-addext', san, '-keyout', key, '-out', cert], { stdio: 'pipe' });
  return { cert, key };
}

let serverCert: { cert: string; key: string };
let clientCert: { cert: string; key: string };

before(async () => {
  setup = serverSetup();
  certs = path.join(setup.dir, 'certs');
  fs.mkdirSync(certs);
  serverCert = selfSigned('afserver-test', 'subjectAltName=IP:127.0.0.1');
  clientCert = selfSigned('client-test', 'subjectAltName=DNS:client-test');
  fs.appendFileSync(
    setup.confFile,
    `TLS-Certificate-File: ${serverCert.cert}\nTLS-Key-File: ${serverCert.key}\nTLS-CA-File: ${clientCert.cert}\nTLS-Require-Client-Certificate: yes\n`,
  );
  server = await startTestServer(setup);
});
after(async () => {
  await server.close(1000);
  setup.cleanup();
});

const options = (tlsFiles: ServerOptions['tls']): ServerOptions => ({ hosts: ['127.0.0.1'], ports: [server.port], keyFile: setup.keyFile, clientId: 'tls-client', cartridgeSet: 0, tls: tlsFiles });

it('connects with TLS given the CA and a client certificate', async () => {
  const { client } = await connectToServer(options({ caFile: serverCert.cert, certFile: clientCert.cert, keyFile: clientCert.key }));
  assert.equal((client.connection.socket as tls.TLSSocket).encrypted, true);
  assert.match(await currentPosition(client), /^\d+\.\d+$/);
  await client.goodbye();
});

it('says which TLS option to check when the server is not trusted or wants a client certificate', async () => {
  await assert.rejects(connectToServer(options({ enabled: true })), /TLS with 127\.0\.0\.1:\d+ failed \(.*certificate.*\): check --tls-ca/);
  await assert.rejects(connectToServer(options({ caFile: serverCert.cert })), /TLS with 127\.0\.0\.1:\d+ failed .*--tls-cert and --tls-key/);
  await assert.rejects(connectToServer(options({ caFile: serverCert.cert, certFile: clientCert.cert })), /--tls-cert and --tls-key go together/);
  await assert.rejects(connectToServer(options({ caFile: path.join(certs, 'missing.pem') })), /--tls-ca .*missing\.pem: cannot read it \(ENOENT\)/);
});
