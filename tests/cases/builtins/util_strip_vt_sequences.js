'use strict';
// util.stripVTControlCharacters with node 20.20's ANSI pattern: OSC strings end at BEL, ESC \ or
// \x9c; CSI finals include s and u; ':' is no separator.
const util = require('util');
const inputs = ['\x1b]0;title\x1b\\H', '\x1b]0;title\x1b\\', 'x\x1b]0;ti\x1b\\y', '\x1b]0;t\x9cX', '\x1b]0;a b\x07X',
  '\x1b]8;;http://x\x07link\x1b]8;;\x07', '\x1b[1sX', '\x1b[1uX', '\x1b[38:5:1mX', '\x1b[;;mX', '\x1b[12345mX',
  '\x1b]8;;http://a b\x07X', '\x1b[1;2;3;4;5mX', '\x1b]0;title', '\x9b31mX', '\x1b[?25lX'];
for (const s of inputs) console.log(JSON.stringify(s), JSON.stringify(util.stripVTControlCharacters(s)));
