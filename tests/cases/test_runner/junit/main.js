// The junit reporter (node 20's: a <testsuite> per test with subtests, <testcase> with
// <skipped>/<failure>, diagnostics as comments, attribute and content escaping), composed onto
// run()'s stream.
// @normalize: time="[\d.]+"
// @normalize: hostname="[^"]*"
// @normalize: duration_ms [\d.]+
const { run } = require('node:test');
const { junit } = require('node:test/reporters');
const path = require('path');

console.log(junit.name);
run({ files: [path.join(__dirname, 'cases.fixture.js')] }).compose(junit).pipe(process.stdout);
