const { test } = require('node:test');
const fs = require('fs');
test('b sees fresh built-ins', () => {
  console.log(fs.existsSync('/nope/missing'), require('path').join('x', 'y'), require('os').platform(), require('util').extra);
});
