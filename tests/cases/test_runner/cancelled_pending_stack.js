// A test whose promise never settles is cancelled when the loop empties: its ERR_TEST_FAILURE
// was made in the runner's 'beforeExit' listener, and node hides only node:internal frames of
// it, so its stack shows the process.emit that called the listener (rjs showed no stack).
// @normalize: duration_ms:? [\d.]+
const { test, describe, it } = require('node:test');

test('settles', async () => { await new Promise((resolve) => setTimeout(resolve, 1)); });
test('never settles', () => new Promise(() => {}));
describe('suite', () => {
  it('waits forever', async () => { await new Promise(() => {}); });
});
