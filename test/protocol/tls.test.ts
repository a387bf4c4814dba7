import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import tls from 'node:tls';
import { ProtocolClient, isProtocolError } from '../../protocol/wire/index.js';
import { LogRecorder, startTestServer, tempDir, until, writeKeyFile } from './helpers.js';

let dir: string;
let keyFile: string;
const pem: Record<'serverCert' | 'serverKey' | 'clientCert' | 'clientKey', string> = { serverCert: '', serverKey: '', clientCert: '', clientKey: '' };

/** A self-signed EC certificate; node:crypto cannot create certificates, openssl(1) can. */
function selfSigned(name: string, subject: string, san: string): { cert: string; key: string } {
  const cert = path.join(dir, `${name}.crt`);
  const key = path.join(dir, `${name}.key`);
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', subject, '-addext', san, '-keyout', key, '-out', cert],
      { stdio: 'pipe' },
    );
  } catch (e) {
    throw new Error(`openssl could not create a test certificate (install the openssl package): ${(e as Error).message}`);
  }
  return { cert, key };
}

before(async () => {
  dir = await tempDir();
  keyFile = await writeKeyFile(dir, 'client.key');
  const s = selfSigned('server', '/CN=afserver-test', 'subjectAltName=IP:127.0.0.1');
  const c = selfSigned('client', '/CN=client-test', 'subjectAltName=DNS:client-test');
  pem.serverCert = await fs.readFile(s.cert, 'utf8');
  pem.serverKey = await fs.readFile(s.key, 'utf8');
  pem.clientCert = await fs.readFile(c.cert, 'utf8');
  pem.clientKey = await fs.readFile(c.key, 'utf8');
});
after(() => fs.rm(dir, { recursive: true, force: true }));

test('the protocol runs over TLS when the server has a certificate', async () => {
  const { server, port } = await startTestServer({ defaultKeyFile: keyFile }, { tls: { cert: pem.serverCert, key: pem.serverKey } });
  try {
    const c = await ProtocolClient.connect({ host: '127.0.0.1', port, clientId: 'tls1', keyFile, tls: { ca: pem.serverCert }, logger: new LogRecorder() });
    const socket = c.connection.socket as tls.TLSSocket;
    assert.equal(socket.encrypted, true);
    assert.equal(socket.authorized, true);
    assert.equal((await c.request({ queryPosition: {} })).position?.cartridge, 3);
    await c.goodbye();
    // A client that does not trust the certificate does not get through.
    await assert.rejects(
      ProtocolClient.connect({ host: '127.0.0.1', port, clientId: 'tls2', keyFile, tls: { ca: pem.clientCert }, logger: new LogRecorder() }),
      (e: unknown) => isProtocolError(e, 'CONNECTION_CLOSED') && /self.signed|unable to verify|certificate/i.test(e.message),
    );
  } finally {
    await server.close({ graceMs: 1000 });
  }
});

test('a server requiring client certificates refuses clients without one', async () => {
  const { server, log, port } = await startTestServer(
    { defaultKeyFile: keyFile },
    { tls: { cert: pem.serverCert, key: pem.serverKey, ca: pem.clientCert, requireClientCert: true } },
  );
  try {
    const withCert = await ProtocolClient.connect({
      host: '127.0.0.1',
      port,
      clientId: 'tls3',
      keyFile,
      tls: { ca: pem.serverCert, cert: pem.clientCert, key: pem.clientKey },
      logger: new LogRecorder(),
    });
    assert.equal((await withCert.request({ queryPosition: {} })).position?.tapeFile, 1);
    await withCert.goodbye();
    await assert.rejects(
      ProtocolClient.connect({ host: '127.0.0.1', port, clientId: 'tls4', keyFile, tls: { ca: pem.serverCert }, logger: new LogRecorder() }),
      (e: unknown) => isProtocolError(e, 'CONNECTION_CLOSED'),
    );
    await until(() => log.warnings().some((w) => /^TLS handshake failed/.test(w.msg)), 'the refused TLS handshake to be logged');
    // Plain TCP against the TLS port does not get a session either.
    await assert.rejects(ProtocolClient.connect({ host: '127.0.0.1', port, clientId: 'tls5', keyFile, logger: new LogRecorder(), timeoutMs: 300 }), (e: unknown) =>
      isProtocolError(e, 'TIMEOUT') && /TLS configured on both sides or on neither/.test(e.message),
    );
  } finally {
    await server.close({ graceMs: 1000 });
  }
});
