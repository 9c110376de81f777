// The MockTimers ExperimentalWarning is emitted once per process, however many tests enable
// mock timers (node's emitExperimentalWarning).
// @normalize: duration_ms:? [\d.]+
const { test } = require('node:test');
let warnings = 0;
process.on('warning', (w) => { if (/MockTimers/.test(w.message)) warnings++; });
test('first', (t) => { t.mock.timers.enable({ apis: ['setTimeout'] }); });
test('second', (t) => { t.mock.timers.enable({ apis: ['setTimeout'] }); });
test('count', async () => { await new Promise((r) => setImmediate(r)); console.log('warnings', warnings); });
