'use strict';
// util.styleText's stream check follows node's shouldColorize: FORCE_COLOR counts through the
// terminal color depth ('', 1, true, 2, 3 color; anything else does not).
const util = require('util');
for (const value of ['', '1', 'true', '2', '3', '0', 'false', 'yes', 'always']) {
  process.env.FORCE_COLOR = value;
  console.log(JSON.stringify(value), JSON.stringify(util.styleText('red', 'x')));
}
delete process.env.FORCE_COLOR;
console.log(JSON.stringify(util.styleText('red', 'x', { stream: { isTTY: true, getColorDepth: () => 8 }, validateStream: false })));
console.log(JSON.stringify(util.styleText('red', 'x', { stream: { isTTY: true, getColorDepth: () => 1 }, validateStream: false })));
