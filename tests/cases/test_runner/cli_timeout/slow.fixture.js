const { test } = require('node:test');
process.on('exit', () => console.log('never: a killed child runs no exit listeners'));
test('slow', async () => { await new Promise((r) => setTimeout(r, 1200)); });
test('after slow', () => {});
