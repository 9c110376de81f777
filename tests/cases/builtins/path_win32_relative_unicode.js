// path.win32.relative compares case-insensitively even when lower-casing changes a
// string's length ('İ' lowers to two code units): whole segments are compared then.
const { win32 } = require('path');
const pairs = [
  ['c:\\a\\İ', 'c:\\a\\İ\\test.txt'],
  ['c:\\İ\\a\\İ', 'c:\\İ\\b\\İ\\test.txt'],
  ['c:\\İ\\a\\i̇', 'c:\\İ\\b\\İ\\test.txt'],
  ['c:\\i̇\\a\\İ', 'c:\\İ\\b\\İ\\test.txt'],
  ['c:\\İ\\a\\b', 'c:\\İ'],
  ['c:\\İ\\a\\b\\', 'c:\\i̇\\'],
  ['c:\\İ', 'd:\\İ\\x'],
  ['c:\\İ', 'c:\\i̇'],
  ['\\\\srv\\İ\\x', '\\\\srv\\İ\\y\\z'],
  ['c:\\ß\\a\\ß', 'c:\\ß\\b\\ß\\test.txt'],
];
for (const [a, b] of pairs) console.log(JSON.stringify([a, b]), JSON.stringify(win32.relative(a, b)));
