// A test that throws synchronously and is the first of its file: its ERR_TEST_FAILURE (which the
// junit reporter shows with inspect) keeps node's public AsyncResource.runInAsyncScope frame of
// the harness's queueMicrotask; later ones have no frames.
// @normalize: time="[\d.]+"
// @normalize: hostname="[^"]*"
// @normalize: duration_ms [\d.]+
// @cli: --test-reporter=junit junit_sync_failure_frames.js
const { test } = require('node:test');
const assert = require('assert');
test('todo failing first', { todo: 'not yet' }, () => { assert.fail('x'); });
test('fails sync', () => { assert.fail('y'); });
test('todo throws', { todo: true }, () => { throw new Error('z'); });
