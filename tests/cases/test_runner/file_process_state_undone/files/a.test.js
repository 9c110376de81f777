const { test } = require('node:test');
const path = require('path');
process.chdir(path.join(__dirname, 'sub'));
process.on('warning', () => console.log('a: warning listener'));
process.on('uncaughtException', (e) => console.log('a: handler', e.message));
process.title = 'changed by a';
require('events').defaultMaxListeners = 30;
Error.stackTraceLimit = 1;
Error.prepareStackTrace = () => 'prepared by a';
require.extensions['.txt'] = (module, filename) => { module.exports = 'txt'; };
const Module = require('module');
const load = Module._load; // a require hook (mock-require's way), never taken off
Module._load = function (request, ...rest) { return request === 'fake-dep' ? { fake: true } : load.call(this, request, ...rest); };
test('a', () => {
  console.log('a cwd:', path.basename(process.cwd()));
  console.error = () => {}; // replaced and not put back
});
