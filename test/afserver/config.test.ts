// server.conf as afserver reads it: Cartridge-Sets, Max Bytes Per Tape, Backup-Device, and the
// errors an administrator gets (naming the file and line).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseBackupDevice } from '../../afserver/config/backup-device.js';
import { parseCartridgeSets } from '../../afserver/config/cartridge-sets.js';
import { loadServerConfig } from '../../afserver/config/index.js';
import { parseTapeCapacity } from '../../afserver/config/tape-capacity.js';

describe('Cartridge-Sets', () => {
  it('defaults to one set of all cartridges, open to every client', () => {
    assert.deepEqual(parseCartridgeSets(undefined, 3), [{ number: 1, cartridges: [1, 2, 3] }]);
  });
  it('parses ranges, open ranges and access lists', () => {
    assert.deepEqual(parseCartridgeSets('1-3,5:hostA,hostB 4 6-', 8), [
      { number: 1, cartridges: [1, 2, 3, 5], clients: ['hostA', 'hostB'] },
      { number: 2, cartridges: [4] },
      { number: 3, cartridges: [6, 7, 8] },
    ]);
  });
  it('refuses a cartridge in two sets, numbers outside the cartridges, and garbage', () => {
    assert.throws(() => parseCartridgeSets('1-3 3-4', 4), /cartridge 3 is in cartridge sets 1 and 2/);
    assert.throws(() => parseCartridgeSets('1-9', 4), /outside the cartridges 1-4/);
    assert.throws(() => parseCartridgeSets('a-b', 4), /'a-b' .* is not a number or a range/);
  });
});

describe('Max Bytes Per Tape', () => {
  it('has no limit by default', () => {
    assert.equal(parseTapeCapacity(undefined, 4)(1), undefined);
  });
  it('gives a default and per-cartridge exceptions', () => {
    const cap = parseTapeCapacity('4G 1,3:1M 5-:2K', 6);
    assert.equal(cap(1), 1024 ** 2);
    assert.equal(cap(2), 4 * 1024 ** 3);
    assert.equal(cap(3), 1024 ** 2);
    assert.equal(cap(4), 4 * 1024 ** 3);
    assert.equal(cap(6), 2048);
  });
  it('refuses two defaults and a bad size', () => {
    assert.throws(() => parseTapeCapacity('1G 2G', 4), /only one default capacity/);
    assert.throws(() => parseTapeCapacity('1:lots', 4));
  });
});

describe('Backup-Device', () => {
  it('tells a library folder, a drive, a changer spec, a directory tape and a remote drive apart', () => {
    assert.deepEqual(parseBackupDevice('lib', '/etc/af'), { kind: 'library', folder: '/etc/af/lib' });
    assert.deepEqual(parseBackupDevice('/dev/nst0', '/'), { kind: 'st', device: '/dev/nst0' });
    assert.deepEqual(parseBackupDevice('/dev/nst1=1@/dev/sg3#20^2', '/'), {
      kind: 'st',
      device: '/dev/nst1',
      changer: { device: '/dev/sg3', drive: 1, slots: 20, loadPorts: 2 },
    });
    assert.deepEqual(parseBackupDevice('/dev/nst0@/dev/sg1', '/'), { kind: 'st', device: '/dev/nst0', changer: { device: '/dev/sg1', drive: 0 } });
    assert.deepEqual(parseBackupDevice('dirtape:disks', '/srv'), { kind: 'dirtape', folder: '/srv/disks' });
    assert.deepEqual(parseBackupDevice('tapehost:/dev/nst0', '/'), { kind: 'rmt', host: 'tapehost', device: '/dev/nst0' });
  });
  it('refuses nothing at all with a hint', () => {
    assert.throws(() => parseBackupDevice(' ', '/'), /Backup-Device is not set: name a folder/);
  });
});

describe('loadServerConfig', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'af-conf-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, lines: string[]): string => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, lines.join('\n') + '\n');
    return f;
  };

  it('reads a full configuration with defaults and relative paths', async () => {
    const f = write('ok.conf', [
      'Backup-Device: library',
      'Encryption-Key-File: key  hostA.key:hostA,hostB',
      'Number Of Cartridges: 6',
      'Cartridge-Sets: 1-3 4-6:hostC',
      'Max Bytes Per Tape: 1G 6:2G',
      'Spool-Directory: spool',
      'Program-Directory: bin',
    ]);
    const c = await loadServerConfig(f);
    assert.deepEqual(c.device, { kind: 'library', folder: path.join(dir, 'library') });
    assert.equal(c.keys.defaultKeyFile, path.join(dir, 'key'));
    assert.equal((c.keys.clientKeyFiles as ReadonlyMap<string, string>).get('hostB'), path.join(dir, 'hostA.key'));
    assert.equal(c.cartridgeSets[1]?.clients?.[0], 'hostC');
    assert.equal(c.maxBytesPerTape(6), 2 * 1024 ** 3);
    assert.equal(c.maxBytesPerTape(1), 1024 ** 3);
    assert.equal(c.spoolDirectory, path.join(dir, 'spool'));
    assert.equal(c.programDirectory, path.join(dir, 'bin'));
    assert.equal(c.port, 2988);
    assert.equal(c.listenAddress, '127.0.0.1');
    assert.equal(c.blockSize, 256 * 1024);
    assert.equal(c.varDirectory, path.join(dir, 'var'));
    assert.equal(c.rejectUnlabeledTapes, false);
  });

  it('names the file and line of a bad value', async () => {
    const f = write('sets.conf', ['Backup-Device: library', 'Encryption-Key-File: key', 'Number Of Cartridges: 4', 'Cartridge-Sets: 1-3 3-4']);
    await assert.rejects(loadServerConfig(f), (e: Error) => {
      assert.equal(e.name, 'ConfigError');
      assert.equal(e.message, `${f}:4: cartridge 3 is in cartridge sets 1 and 2; a cartridge belongs to one set`);
      return true;
    });
    const cap = write('cap.conf', ['Backup-Device: library', 'Encryption-Key-File: key', 'Max Bytes Per Tape: 1G 2G']);
    await assert.rejects(loadServerConfig(cap), new RegExp(`${cap}:3: Max Bytes Per Tape: '2G': only one default`));
    const keys = write('keys.conf', ['Backup-Device: library', 'Encryption-Key-File: a b']);
    await assert.rejects(loadServerConfig(keys), new RegExp(`${keys}:2: Encryption-Key-File: only one key file may be without a client list`));
  });

  it('reports unknown parameters and missing required ones', async () => {
    const typo = write('typo.conf', ['Backup-Device: library', 'Encryption-Key-File: key', 'Tape Blocksise: 4k']);
    await assert.rejects(loadServerConfig(typo), new RegExp(`${typo}:3: unknown parameter 'Tape Blocksise'`));
    const nodev = write('nodev.conf', ['Encryption-Key-File: key']);
    await assert.rejects(loadServerConfig(nodev), /nodev\.conf: Backup-Device is not set/);
    const nokey = write('nokey.conf', ['Backup-Device: library']);
    await assert.rejects(loadServerConfig(nokey), /nokey\.conf: Encryption-Key-File is not set/);
    await assert.rejects(loadServerConfig(path.join(dir, 'missing.conf')), /missing\.conf: cannot read the configuration file/);
  });
});
