// node 20's lcov reporter: --test-reporter=lcov is a built-in (rjs: "Cannot find module 'lcov'")
// whose output is only the coverage summaries, so none without coverage; node:test/reporters'
// lcov is a new LcovReporter Transform (object mode in) each time it is read (rjs: a generator
// that threw).
// @cli: --test-reporter=lcov lcov_reporter.js
const { test } = require('node:test');
const reporters = require('node:test/reporters');
test('lcov', () => {
  const l = reporters.lcov;
  console.log(l.constructor.name, l instanceof require('stream').Transform, l === reporters.lcov, l.writableObjectMode);
  l.on('data', (d) => console.log('data', d));
  l.on('end', () => console.log('lcov end'));
  l.end({ type: 'test:pass', data: {} });
  l.resume();
});
test('fails', () => { throw new Error('exit code 1, nothing written'); });
