import { test } from 'node:test';
import { inc } from './state.mjs';
import c from './cstate.cjs';
test('a', () => console.log('a', inc(), inc(), c.inc()));
