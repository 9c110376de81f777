import { test } from 'node:test';
import { inc } from './state.mjs';
import c from './cstate.cjs';
test('b', () => console.log('b', inc(), c.inc()));
