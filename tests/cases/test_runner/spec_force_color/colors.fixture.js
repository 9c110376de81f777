process.env.FORCE_COLOR = '1';
delete process.env.NO_COLOR;
const { test } = require('node:test');

test('passes', () => {});
test('throws an object', () => { throw { code: 'E_X', n: 1, ok: false, list: ['a', null] }; });
test('rejects with a string', async () => { throw 'plain string'; });
