// run(): a listener on the returned stream that throws is an uncaught exception in node's
// parent process, which its harness charges to the file whose event it was while that file
// runs: the file fails with the error as an uncaughtException and the events go on. (rjs lost
// the rest of the events and failed the file as a crashed child.)
// @normalize: duration_ms:? [\d.]+
const { run } = require('node:test');
const path = require('path');

const file = path.join(__dirname, 'a.fixture.js');
const stream = run({ files: [file] });
stream.on('test:pass', (e) => {
  console.log('pass', e.name);
  if (e.name === 'two') throw new TypeError('listener threw on two');
});
stream.on('test:fail', (e) => {
  const err = e.details.error;
  console.log('fail', path.basename(e.name), err.code, err.failureType, err.message, err.cause instanceof TypeError);
});
stream.on('test:diagnostic', (e) => console.log('diagnostic', e.message.replace(__dirname, '<dir>')));
process.on('exit', (code) => console.log('exit', code, process.exitCode));
