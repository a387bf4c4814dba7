import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ConfigError } from '../../protocol/config/config.js';
import { loadClientConfig } from '../../afclient/backup/client-config.js';
import { DEFAULT_DO_NOT_PROCESS } from '../../afclient/backup/client-schema.js';

let dir: string;
before(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'afb-clientconf-'));
});
after(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function load(text: string) {
  const file = path.join(dir, `client-${Math.random().toString(36).slice(2)}.conf`);
  await fs.writeFile(file, text);
  return { file, config: loadClientConfig(file) };
}

async function problems(text: string): Promise<{ file: string; problems: readonly string[] }> {
  const { file, config } = await load(text);
  const e = await config.then(
    () => assert.fail('expected a ConfigError'),
    (err: unknown) => err,
  );
  assert.ok(e instanceof ConfigError, String(e));
  return { file, problems: e.problems };
}

describe('client.conf', () => {
  it('reads afbackup names and spellings into a resolved config', async () => {
    const { config } = await load(
      [
        '# afbackup client configuration',
        'BackupHosts: tapesrv, backup2 backup3',
        'Backup-Ports: 2988 2989',
        'Cartridge Sets: 2 3',
        'RootDirectory: /',
        'DirsToBackup: home "etc" ".//.var" "||| pg_dump db ||| psql db ### database"',
        'Files-To-Skip: *.o core',
        'DirsToSkip: lost+found',
        'ExcludeListFile: .buexcl',
        'FilesystemTypes: /proc -nfs ext4 +xfs',
        'ProcessCmd: gzip -1',
        'UnprocessCmd: gunzip',
        'BuiltinCompressLevel: 3',
        'UseCTime: yes',
        'VarDirectory: %C/state',
        'NumIndexesToStore: 3',
        'DaysToStoreIndexes: 7.5',
        'EncryptionKeyFile: key',
        'ClientIdentifier: web server 1',
        'StartupInfoProgram: tee -a %V/bumsgs',
        'InitProgram: /bin/true',
        'ExitProgram: mail -s report root < %r',
        'LoggingFile: -',
        'ReportProgress: 1',
      ].join('\n'),
    );
    const c = await config;
    assert.deepEqual(c.servers, [
      { host: 'tapesrv', port: 2988, cartridgeSet: 2 },
      { host: 'backup2', port: 2989, cartridgeSet: 3 },
      { host: 'backup3', port: 2988, cartridgeSet: 1 },
    ]);
    assert.deepEqual(c.dirsToBackup, ['home', 'etc', './/.var', '||| pg_dump db ||| psql db ### database']);
    assert.deepEqual(c.parts, [c.dirsToBackup]);
    assert.deepEqual(c.filesToSkip, ['*.o', 'core']);
    assert.deepEqual(c.filesystemTypes, [
      { type: 'proc', mode: 'prune' },
      { type: 'nfs', mode: 'skip' },
      { type: 'ext4', mode: 'only' },
      { type: 'xfs', mode: 'only' },
    ]);
    assert.deepEqual(c.process, { compress: 'gzip -1', uncompress: 'gunzip' });
    assert.equal(c.builtinCompressLevel, 3);
    assert.equal(c.useCTime, true);
    assert.equal(c.varDirectory, path.join(dir, 'state'));
    assert.equal(c.numIndexesToStore, 3);
    assert.equal(c.daysToStoreIndexes, 7.5);
    assert.equal(c.encryptionKeyFile, path.join(dir, 'key'));
    assert.equal(c.clientIdentifier, 'web server 1');
    assert.equal(c.startupInfoProgram, 'tee -a %V/bumsgs');
    assert.equal(c.loggingFile, '-');
    assert.equal(c.reportProgress, true);
    assert.deepEqual(c.doNotProcess, DEFAULT_DO_NOT_PROCESS);
  });

  it('has afbackup defaults and no sample skip patterns', async () => {
    const c = await (await load('DirsToBackup: /home\n')).config;
    assert.deepEqual(c.servers, [{ host: 'backuphost', port: 2988, cartridgeSet: 1 }]);
    assert.deepEqual(c.filesToSkip, []);
    assert.deepEqual(c.dirsToSkip, []);
    assert.equal(c.clientIdentifier, os.hostname());
    assert.equal(c.numIndexesToStore, 5);
    assert.equal(c.varDirectory, path.join(dir, 'var'));
    assert.equal(c.rootDirectory, '/');
    assert.ok(c.doNotProcess.includes('*.gz'));
    assert.ok(c.filesystemTypes.some((r) => r.type === 'proc' && r.mode === 'prune'));
    assert.equal(c.process, undefined);
  });

  it('reads the processing, index and server message parameters (+B, +x, -I, +L, -M)', async () => {
    const c = await (
      await load('DirsToBackup: /home\nProcessBackupedFiles: no\nWriteChecksums: no\nIndexFilePart: %V/backup_log.\nProcessLogfiles: 0\nPrintServerMessages: br 2990\nVarDirectory: state\n')
    ).config;
    assert.deepEqual([c.processFiles, c.writeChecksums, c.processLogfiles], [false, false, false]);
    assert.equal(c.indexFilePart, path.join(dir, 'state', 'backup_log.'));
    assert.deepEqual(c.printServerMessages, { programs: 'br', ports: [2990] });
    const d = await (await load('DirsToBackup: /home\n')).config;
    assert.deepEqual([d.processFiles, d.writeChecksums, d.processLogfiles, d.indexFilePart, d.printServerMessages], [true, true, true, undefined, undefined]);
    const { problems: p } = await problems('DirsToBackup: /home\nPrintServerMessages: x 2988\n');
    assert.match(p[0]!, /:2: 'x 2988': start with the letters of the programs/);
  });

  it('splits a multi-part full into DirsToBackup1..N', async () => {
    const c = await (await load('NumBackupParts: 3\nDirsToBackup1: /a\nDirs-To-Backup2: /b /c\nDirsToBackup3: /a /d\n')).config;
    assert.deepEqual(c.parts, [['/a'], ['/b', '/c'], ['/a', '/d']]);
    assert.deepEqual(c.dirsToBackup, ['/a', '/b', '/c', '/d']);
  });

  it('reports unknown and malformed lines with file and line number, all at once', async () => {
    const { file, problems: p } = await problems('BackupHosts: a\nBackupHost: b\nNumIndexesToStore: many\nthis has no colon\nFooBar: 1\nNumIndexesToStore: 2\n');
    assert.equal(p.length, 5, p.join('\n'));
    assert.match(p[0]!, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: 'BackupHosts' is already set on line 1`));
    assert.match(p[1]!, /:3: 'NumIndexesToStore': "many" is not a whole number/);
    assert.match(p[2]!, /:4: expected 'Name: value'/);
    assert.match(p[3]!, /:5: unknown parameter 'FooBar'/);
    assert.match(p[4]!, /:6: 'NumIndexesToStore' is already set on line 3/);
  });

  it('checks servers, parts and command pairs with the line at fault', async () => {
    let r = await problems('BackupHosts: a\nBackupPorts: 1 2\n');
    assert.match(r.problems[0]!, /:1: BackupPorts has 2 ports for 1 BackupHosts/);
    r = await problems('BackupHosts: a b\nBackupPorts: 70000\n');
    assert.match(r.problems[0]!, /port '70000' is not a number 1-65535/);
    r = await problems('NumBackupParts: 2\nDirsToBackup1: /a\nDirsToBackup: /x\n');
    assert.equal(r.problems.length, 2, r.problems.join('\n'));
    assert.match(r.problems[0]!, /:1: NumBackupParts is 2 but DirsToBackup2 is not set/);
    assert.match(r.problems[1]!, /:3: DirsToBackup is not used when NumBackupParts is 2/);
    r = await problems('DirsToBackup4: /a\n');
    assert.match(r.problems[0]!, /:1: DirsToBackup4 is set but NumBackupParts is 1/);
    r = await problems('CompressCmd: gzip\n');
    assert.match(r.problems[0]!, /:1: CompressCmd and UncompressCmd go together/);
    r = await problems('FilesystemTypes: /proc ?bad\n');
    assert.match(r.problems[0]!, /:1: '\?bad' is not a filesystem type rule/);
  });

  it('expands %V to the configured VarDirectory and %C to the configuration folder', async () => {
    const c = await (await load('VarDirectory: /srv/afb/var\nLoggingFile: %V/client.log\nEncryptionKeyFile: %C/keys/key\n')).config;
    assert.equal(c.loggingFile, '/srv/afb/var/client.log');
    assert.equal(c.encryptionKeyFile, path.join(dir, 'keys/key'));
    assert.deepEqual(c.placeholders, { V: '/srv/afb/var', C: dir });
    const r = await problems('VarDirectory: %V/x\nLoggingFile: %Q/log\n');
    assert.equal(r.problems.length, 1, r.problems.join('\n'));
    assert.match(r.problems[0]!, /:2: 'LoggingFile': unknown pattern %Q/);
    const self = await problems('VarDirectory: %V/x\n');
    assert.match(self.problems[0]!, /:1: VarDirectory cannot contain %V/);
  });

  it('names a missing file', async () => {
    await assert.rejects(loadClientConfig(path.join(dir, 'missing.conf')), /missing\.conf: cannot read the configuration file \(ENOENT\)/);
  });
});
