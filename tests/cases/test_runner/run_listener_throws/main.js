// run(): a listener on the returned stream that throws is an uncaught exception in node's
// parent process, which its harness charges to the file whose event it was while that file
// runs: the file fails with the error as an uncaughtException. (rjs failed the file as a crashed
// child and lost the events after the throw.) The throw is on the file's last test: node's abort
// of the failed file's child makes the arrival of any later test's events a race.
// @normalize: duration_ms:? [\d.]+
const { run } = require('node:test');
const path = require('path');

const file = path.join(__dirname, 'a.fixture.js');
const stream = run({ files: [file] });
stream.on('test:pass', (e) => {
  console.log('pass', e.name);
  if (e.name === 'three') throw new TypeError('listener threw on three');
});
stream.on('test:fail', (e) => {
  const err = e.details.error;
  console.log('fail', path.basename(e.name), err.code, err.failureType, err.message, err.cause instanceof TypeError);
});
stream.on('test:diagnostic', (e) => console.log('diagnostic', e.message.replace(__dirname, '<dir>')));
process.on('exit', (code) => console.log('exit', code, process.exitCode));
