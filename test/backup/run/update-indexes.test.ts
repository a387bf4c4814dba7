// update_indexes: after the server has reused a cartridge (released by the client, then
// overwritten by another client's backups), the entries on it leave the filelist and the next
// incremental saves those files again.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import test from 'node:test';
import { backup, connect } from '../../afserver/server-helpers.js';
import { backupWorld, filelistState, full, incr, nextSecond, runProgram, writeFiles } from './helpers.js';

test('update_indexes drops the entries on a reused cartridge; the next incremental saves them again', async () => {
  const w = await backupWorld({}, { 'Max Bytes Per Tape': '400K', 'Max Bytes Per File': '150K' });
  try {
    writeFiles(w, { 'a.txt': 'a', 'b.txt': 'b' });
    await nextSecond();
    assert.equal((await full(w)).code, 0);
    assert.equal(filelistState(w).runs[0]!.first!.cartridge, 1);

    const untouched = await runProgram('update-indexes', ['-c', w.conf, '-v']);
    assert.equal(untouched.code, 0, untouched.stderr);
    assert.match(untouched.stdout, /no cartridge of this client was reused/);

    // The client releases cartridge 1; another client's backups fill the set and wrap onto it
    // (once the operator has cleared its full flag, cart_ctl -a 1:!f: full cartridges are not
    // written again).
    const a = await connect(w.server.port, w.setup, w.clientId);
    await a.request({ clientMessage: { reuseTapes: { cartridges: [1] } } });
    a.close();
    const other = await connect(w.server.port, w.setup, 'otherclient');
    try {
      for (let i = 0; i < 3; i++) {
        await backup(other, crypto.randomBytes(350_000));
        if (i === 1) w.server.context.catalog.cartridges.setFull([1], false);
      }
    } finally {
      other.close();
    }

    const r = await runProgram('update-indexes', ['-c', w.conf]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /cartridge 1: reused by the server, [1-9]\d* entries dropped/);
    assert.deepEqual(filelistState(w).saved(1), []);

    await nextSecond();
    const again = await incr(w);
    assert.equal(again.code, 0, again.stderr);
    const st = filelistState(w);
    assert.deepEqual(st.saved(st.runs.at(-1)!.id), ['a.txt', 'b.txt']);
  } finally {
    await w.close();
  }
});
