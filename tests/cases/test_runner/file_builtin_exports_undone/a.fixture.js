const { test } = require('node:test');
const fs = require('fs');
const path = require('node:path');
test('a stubs built-ins', () => {
  fs.existsSync = () => true;
  path.join = (...parts) => parts.join('|');
  process.getBuiltinModule('os').platform = () => 'plan9';
  require('util').extra = 'added';
  console.log(fs.existsSync('/nope/missing'), path.join('x', 'y'), require('os').platform(), require('util').extra);
});
