const { test } = require('node:test');
test('one', () => { process.nextTick(() => console.log('tick from one')); });
test('two', () => {});
test('three', () => { process.nextTick(() => console.log('tick from three')); });
