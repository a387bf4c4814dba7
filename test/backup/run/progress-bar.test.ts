// The progress bar on a terminal: cli-progress is loaded only when a bar is drawn.
import assert from 'node:assert/strict';
import test from 'node:test';
import { startProgress } from '../../../afclient/backup/run/statistics.js';

test('startProgress on a terminal: a bar that updates and stops', () => {
  const progress = startProgress({ tty: true, totalEntries: 3, totalBytes: 300n });
  progress.update(1, 100n);
  progress.update(3, 300n);
  progress.stop(true);
  assert.equal(typeof progress.update, 'function');
});
