import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, defineSchema, loadConfigFile, parseBytes, parseConfig, splitList } from '../../protocol/config/config.js';
import { tempDir } from './helpers.js';

const server = defineSchema({
  MaxBytesPerFile: { type: 'bytes', aliases: ['Maximum Bytes Per File'], default: 50_000_000 },
  'Backup-Device': { type: 'string', default: '/dev/nst0' },
  'Setcart-Command': { type: 'string', aliases: ['Set-Cart-Command'] },
  'Tape-Blocksize': { type: 'int', default: 512, min: 512, max: 1048576 },
  'Var-Directory': { type: 'path' },
  'Reject Unlabeled Tapes': { type: 'bool', default: false },
  BackupHosts: { type: 'list', default: ['backuphost'] },
  BackupPorts: { type: 'list' },
  DaysToStoreIndexes: { type: 'float' },
});

function problems(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof ConfigError, String(e));
    return e.problems;
  }
  assert.fail('expected a ConfigError');
}

test('every afbackup spelling of a name matches, plus declared aliases', () => {
  for (const spelling of ['MaxBytesPerFile', 'Max Bytes Per File', 'max-bytes-per-file', 'max_bytes_per_file', 'maxBytesPerFile', 'Maximum-Bytes-Per-File']) {
    const { values, lines } = parseConfig(`${spelling}: 10M`, server);
    assert.equal(values.MaxBytesPerFile, 10 * 1024 * 1024, spelling);
    assert.equal(lines.MaxBytesPerFile, 1);
  }
  assert.equal(parseConfig('Set-Cart-Command: mtx load %n', server).values['Setcart-Command'], 'mtx load %n');
  assert.equal(parseConfig('SetcartCommand: x', server).values['Setcart-Command'], 'x');
  assert.equal(parseConfig('reject unlabeled tapes: yes', server).values['Reject Unlabeled Tapes'], true);
  // Only the first letter of a word may change case.
  assert.match(problems(() => parseConfig('MAXBYTESPERFILE: 1', server))[0]!, /unknown parameter 'MAXBYTESPERFILE'/);
});

test('defaults fill what the file leaves out; comments and blank lines are ignored', () => {
  const { values, lines } = parseConfig('# server config\n\n   # indented comment\nTape-Blocksize: 10240   # the sample value\n', server);
  assert.equal(values['Tape-Blocksize'], 10240);
  assert.equal(values['Backup-Device'], '/dev/nst0');
  assert.equal(values.MaxBytesPerFile, 50_000_000);
  assert.deepEqual(values.BackupHosts, ['backuphost']);
  assert.equal(values['Setcart-Command'], undefined);
  assert.deepEqual(lines, { 'Tape-Blocksize': 4 });
});

test('lists split at whitespace and commas; double quotes group and protect #', () => {
  const { values } = parseConfig('BackupHosts: alpha, beta  gamma,"tape host" "a#b"\nBackupPorts:', server);
  assert.deepEqual(values.BackupHosts, ['alpha', 'beta', 'gamma', 'tape host', 'a#b']);
  assert.deepEqual(values.BackupPorts, []);
  assert.deepEqual(splitList('1-5 7-9,12 6,10,11'), ['1-5', '7-9', '12', '6', '10', '11']);
  assert.deepEqual(splitList('""'), ['']);
  assert.equal(parseConfig('Backup-Device: "/dev/nst0 # not a comment"', server).values['Backup-Device'], '/dev/nst0 # not a comment');
  assert.match(problems(() => parseConfig('BackupHosts: "open', server))[0]!, /^config:1: 'BackupHosts': unterminated double quote$/);
});

test('byte sizes take K, M, G, T suffixes (binary)', () => {
  assert.equal(parseBytes('512'), 512);
  assert.equal(parseBytes('64K'), 65536);
  assert.equal(parseBytes('64kB'), 65536);
  assert.equal(parseBytes('1.5 M'), 1572864);
  assert.equal(parseBytes('4G'), 4 * 1024 ** 3);
  assert.equal(parseBytes('2GiB'), 2 * 1024 ** 3);
  assert.equal(parseBytes('1t'), 1024 ** 4);
  assert.throws(() => parseBytes('12 parsecs'), /is not a byte size \(e\.g\. 10240, 64K, 100M, 4G\)/);
  assert.throws(() => parseBytes('-1K'), /is not a byte size/);
});

test('path patterns are substituted from the caller map; unknown ones are errors', () => {
  const { values } = parseConfig('Var-Directory: %V/state/%%x', server, { patterns: { V: '/var/lib/afbackup', B: '/usr/bin' } });
  assert.equal(values['Var-Directory'], '/var/lib/afbackup/state/%x');
  // Commands keep their % placeholders for the program to fill in later.
  assert.equal(parseConfig('Setcart-Command: load %n', server).values['Setcart-Command'], 'load %n');
  const [p] = problems(() => parseConfig('Var-Directory: %Q/x', server, { file: 'server.conf', patterns: { V: '/v' } }));
  assert.equal(p, "server.conf:1: 'Var-Directory': unknown pattern %Q (known here: %V; write %% for a literal %)");
});

test('unknown, malformed, mistyped and repeated lines are all reported with file and line', () => {
  const text = [
    '# client side', //                         1
    'BackupHost: tapes', //                     2  typo
    'Tape-Blocksize: 8k', //                    3  not an int
    'this line has no colon', //                4
    'Tape-Blocksize: 256', //                   5  repeated (and below the minimum)
    'Reject Unlabeled Tapes: maybe', //         6
    ': value without a name', //                7
    'DaysToStoreIndexes: 2.5', //               8  fine
    'MaxBytesPerFile:', //                      9  empty
  ].join('\n');
  assert.deepEqual(
    problems(() => parseConfig(text, server, { file: 'client.conf' })),
    [
      "client.conf:2: unknown parameter 'BackupHost' (did you mean 'BackupHosts'?)",
      `client.conf:3: 'Tape-Blocksize': "8k" is not a whole number`,
      `client.conf:4: expected 'Name: value', got "this line has no colon"`,
      "client.conf:5: 'Tape-Blocksize' is already set on line 3; remove one of them",
      "client.conf:6: 'Reject Unlabeled Tapes': \"maybe\" is not a yes/no value (use 1 or 0, yes or no)",
      `client.conf:7: expected 'Name: value', got ": value without a name"`,
      "client.conf:9: 'MaxBytesPerFile': needs a value",
    ],
  );
  assert.deepEqual(
    problems(() => parseConfig('Tape-Blocksize: 1024\nTape-Blocksize: 256', server, { file: 'c' })),
    ["c:2: 'Tape-Blocksize' is already set on line 1; remove one of them"],
  );
  assert.deepEqual(problems(() => parseConfig('Tape-Blocksize: 256', server, { file: 'c' })), ["c:1: 'Tape-Blocksize': 256 is below the minimum 512"]);
  assert.deepEqual(problems(() => parseConfig('Completely Different: 1', server, { file: 'c' })), ["c:1: unknown parameter 'Completely Different'"]);
});

test('loadConfigFile names the file in errors and reads CRLF files', async () => {
  const dir = await tempDir();
  try {
    const file = path.join(dir, 'server.conf');
    await fs.writeFile(file, 'Backup-Device: /var/backup/vol\r\nTape-Blocksize: 9999999\r\n');
    await assert.rejects(loadConfigFile(file, server), { message: `${file}:2: 'Tape-Blocksize': 9999999 is above the maximum 1048576` });
    await fs.writeFile(file, 'Backup-Device: /var/backup/vol\r\n');
    assert.equal((await loadConfigFile(file, server)).values['Backup-Device'], '/var/backup/vol');
    await assert.rejects(loadConfigFile(path.join(dir, 'nope.conf'), server), /nope\.conf: cannot read the configuration file \(ENOENT\)/);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
