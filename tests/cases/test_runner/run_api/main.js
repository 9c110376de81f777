// run(): files run (here in this process) and report through an object-mode TestsStream: named
// events with { name, nesting, file, line, column, ... }, test:stdout/test:stderr for the files'
// output, a summary, a reporter composed onto it; options validated as node 20 does; a
// failing test does not set the exit code; --test-name-pattern-like filtering by testNamePatterns.
// @normalize: duration_ms:? [\d.]+
// @normalize: stack: \|-(\n(?! *\.\.\.\n)[^\n]*)*
const { run } = require('node:test');
const { tap } = require('node:test/reporters');
const path = require('path');

const files = ['math.fixture.js', 'strings.fixture.js'].map((f) => path.join(__dirname, f));
for (const bad of [{ files: 'x' }, { concurrency: 'x' }, { testNamePatterns: [5] }, { only: 1 },
  { timeout: 'x' }, { setup: 1 }, { signal: 1 }]) {
  try { run(bad); } catch (e) { console.log(e.code, e.message); }
}

console.log('before run');
const events = run({ files, testNamePatterns: ['math', /upper/] });
console.log(events.constructor.name, events.readableObjectMode);
const seen = [];
events.on('data', ({ type }) => seen.push(type));
events.on('test:pass', (d) => console.log('pass', d.name, d.nesting, path.basename(d.file), d.line, d.column, d.skip));
events.on('test:fail', (d) => console.log('fail', d.name, d.details.error.failureType, String(d.details.error.cause?.message ?? d.details.error.message).split('\n')[0]));
events.on('test:stdout', (d) => console.log('stdout', JSON.stringify(d.message), path.basename(d.file)));
events.on('test:stderr', (d) => console.log('stderr', JSON.stringify(d.message)));
events.on('test:diagnostic', (d) => { if (!d.message.startsWith('duration_ms')) console.log('diagnostic', d.message); });
events.on('end', () => {
  console.log('events:', [...new Set(seen)].sort().join(' '));
  console.log('exitCode', process.exitCode);
  console.log('--- tap');
  // A file that throws while loading fails with its exit code and its report on stderr.
  const last = run({ files: [files[1], path.join(__dirname, 'throws.fixture.js')] });
  last.compose(tap).pipe(process.stdout);
  // The caller's own uncaught error is fatal as usual once the files are done (exit code 1).
  last.on('end', () => setTimeout(() => { throw new Error('caller fails after the run'); }, 100));
});
console.log('after run');
