// Without --experimental-test-module-mocks, node 20's MockTracker has no module() method.
// @normalize: duration_ms:? [\d.]+
const { mock, test } = require('node:test');
console.log(typeof mock.module, 'module' in mock);
test('t', (t) => console.log(typeof t.mock.module));
