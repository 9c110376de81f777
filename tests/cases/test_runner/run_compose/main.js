// run() composed with node:test/reporters' generators: each string node's generator yields is
// one item (tap: a test's line, then its YAML block; rjs joined them), and a file given by a
// relative path names its test by that path as given (rjs named it by the absolute one).
// @normalize: duration_ms:? [\d.]+
// @normalize: \(node:[^)]*\)|\(<anonymous>\)|at .*\n
const { run } = require('node:test');
const { tap, dot } = require('node:test/reporters');
(async () => {
  process.chdir(__dirname);
  const t = await run({ files: ['pass.fixture.js'] }).compose(tap).toArray();
  console.log(t.length, t.slice(0, 5));
  const d = await run({ files: ['./pass.fixture.js', 'fail.fixture.js'] }).compose(dot).toArray();
  console.log(d.slice(0, 3));
  const names = [];
  const s = run({ files: ['missing.fixture.js', 'pass.fixture.js'] });
  s.on('test:fail', (e) => names.push(['fail', e.name, e.details.error.failureType]));
  s.on('test:pass', (e) => names.push(['pass', e.name]));
  for await (const _ of s);
  console.log(names);
})();
