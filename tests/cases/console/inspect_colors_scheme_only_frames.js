// Colored error stacks grey the frames of node's own modules, the scheme-only ones (node:test,
// node:test/reporters, node:sea) included; user frames and unknown node: names stay plain.
const util = require('util');
const err = new Error('colored');
err.stack = [
  'Error: colored',
  '    at a (node:test:10:5)',
  '    at b (node:test/reporters:2:3)',
  '    at c (node:sea:1:1)',
  '    at d (node:fs:100:20)',
  '    at e (node:nope:1:1)',
  '    at f (/app/main.js:3:7)',
].join('\n');
console.log(JSON.stringify(util.inspect(err, { colors: true })));
