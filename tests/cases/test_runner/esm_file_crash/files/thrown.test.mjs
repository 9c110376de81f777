import test from 'node:test';
test('never registered in time', () => {});
throw new TypeError('top-level throw in an ES module');
