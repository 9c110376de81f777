'use strict';
// util.parseEnv as node 20.20's dotenv scanner: only spaces trimmed, keys up to the first '=',
// quotes ending at the next same quote (\n expanded in double quotes), unterminated quotes,
// '#' comments on unquoted values, 'export ' prefixes, and keys in byte order.
const util = require('util');
const inputs = ['A="unterminated', 'A="unterminated\nB=2', "A='it''s'", 'A="x"y', 'A\t=\t1', 'k e y=1', '  export   A=1',
  'A: 1', '$A=1', 'Ä.b-c=1', 'A="x\ny" z', 'A=1\n\n\n  \nB=2', 'ABC\nB=2', '=1\nB=2', 'A="b\\nc"', "A='b\\nc'",
  'A=`a\nb`\nC=1', 'A=x\ry', 'A=v  # c  ', 'A=a"b"', 'B=1\nA=2\na=3\n_=4\nZ=5', 'Ä=1\nz=2\n€=3\n😀=4\nﬀ=5', 'A=1\nA=2'];
for (const input of inputs) console.log(JSON.stringify(input), JSON.stringify(util.parseEnv(input)));
