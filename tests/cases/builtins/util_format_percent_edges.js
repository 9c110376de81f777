'use strict';
// util.format's '%' handling at the edges: '%%', a trailing '%', unknown specifiers, running out
// of arguments, long first strings with no specifier.
const util = require('util');
const cases = [['%%%%%s', 'a'], ['%'], ['%', 1], ['a%', 1], ['%%', 1], ['%%%', 1], ['%s%s%', 1, 2], ['%s %% %s', 1],
  ['100%', 'x'], ['%d%%', 50], ['%%d', 5], ['x%%%d%%y', 3, 4], ['%s%%s%s', 'a', 'b'], ['%z%s', 1], ['%%%z', 1],
  ['%c%c%c', 1, 2], ['%s:%s:%s', 'a'], ['%j%j', {}], ['a%%b%%c', 'd'], ['no specifier at all in this rather long string', 1, 'x'],
  ['ends with %s', 'it'], ['%s', '%s', 'x'], ['%o%', [1]]];
for (const c of cases) console.log(JSON.stringify(util.format(...c)));
