// An ES module test file that awaits a test and then throws at top level: node charges the
// error to no test (the module's own context) -- "A resource generated asynchronous activity
// after the test ended" -- where rjs blamed the awaited test, whose callback's context the
// module's failure was reported in.
// @normalize: duration_ms:? [\d.]+
import { test } from 'node:test';
await test('awaited', async () => { await new Promise((resolve) => setTimeout(resolve, 5)); });
throw new Error('top-level failure after the test');
