import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commandMeta, dumpOutput } from '../../afclient/pack/dump-command.js';
import { CollectingReporter } from '../../afclient/report.js';

async function run(dump: string): Promise<{ output: string; lines: string[]; problems: number }> {
  const spec = { dump, restore: 'cat', comment: '' };
  const reporter = new CollectingReporter();
  let output = '';
  for await (const seg of dumpOutput(commandMeta(spec), spec, process.cwd(), reporter)) output += seg.data.toString();
  return { output, lines: [...reporter.problemList, ...reporter.noteList], problems: reporter.problems };
}

test('a dump command that closes its output before it exits is waited for, not killed', async () => {
  // The output ends at once, the exit comes 300 ms later: a reader that ended the command when its
  // output ended would report "exited with SIGTERM".
  const r = await run('sh -c "echo dumped; exec >&-; sleep 0.3; exit 0"');
  assert.equal(r.output, 'dumped\n');
  assert.equal(r.problems, 0, r.lines.join(''));
});

test('a failing dump command is reported and its output kept', async () => {
  const r = await run('sh -c "echo part; exit 3"');
  assert.equal(r.output, 'part\n');
  assert.equal(r.problems, 1);
  assert.match(r.lines.join(''), /status 3/);
});
