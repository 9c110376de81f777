// A CommonJS caller: its bare specifier mocks what its require() gets.
const { mock } = require('node:test');
exports.mockDual = () => mock.module('dual', { namedExports: { who: 'mocked dual' } });
exports.requireDual = () => require('dual').who;
