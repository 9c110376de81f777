// JSON.parse error messages: V8's wording, positions (UTF-16 units) and context excerpts.
const inputs = [
  // end of input
  '', ' ', '\t\r\n', '[', '[1,', '{"a":', '{"a":1,"b"', 'tru', 'nul', 'fals', '"\\',
  // unexpected token, short whole-input form
  '}', ']', ',', ':', 'x', 'xy', '{"a":}', '[1,]', '[,]', '[:]', '[1,,2]', '{"a":,}', '{"a"::}',
  '.5', '+1', 'True', 'FALSE', 'Null', 'trux', 'nulx', "'a'", '{"a":1,"b"}', '[1,2,3]x]',
  '\u00a0 1', 'ā', '[😀]', '"\\ā"', '{"a":1}}', 'abcdefg', 'abcdefgh', '[1,2,3,4,5,6,7,8,}',
  // special whole-input form
  'undefined', 'NaN', 'Infinity', '[object Object]', undefined, NaN, Infinity, {},
  'Undefined', 'nan', '-NaN', ' NaN', 'NaN ',
  // unexpected number / string
  '01', '00', '-01', '-00', '0123', 'tru1', 'nu1l', 'tr"', '{"a":1,"b" 1}', '{"a":1,"b" "c"}',
  '{"a":1,"b"1}',
  // non-whitespace after JSON
  '0x10', '1 2', '"a" "b"', '[1]]', '{}}', 'nulll', 'null x', 'true false', '0-', '0+',
  '1e5x', '-0 1', '{} {}', '[]\n\n,', '"a"b', '1.5.5', '0b1', '1_000',
  // strings
  '"abc', '"', '"\\"', '"a\u0001"', '"\u0000"', '"\t"', '"\n"', 'x"\n', '"\\x"', '"\\a"',
  '"\\0"', "\"\\'\"", '"\\u12"', '"\\u12g4"', '"\\u{1F600}"', '"\\U0041"', '"\\u004', '"\\u',
  '"é\\q"', '"😀\\q"', '["ok", "bad\\z"]', '{"k\\x":1}', '{"k\u0007":1}', '{"key',
  // numbers
  '-', '-a', '-Infinity', '--1', '- 1', '-.5', '1e', '1e+', '1E-', '1ex', '1.', '1.e',
  '0.', '1..2', '123456789012.', '12345678901234567890e', '[1.]', '{"n":-}', '[0e]', '[-0.e1]',
  // objects
  '{', '{ ', '{1:2}', "{'a':1}", '{a:1}', '{"a" 1}', '{"a"}', '{"a" "b"}', '{"a",}', '{"a"',
  '{"a":1', '{"a":1 "b":2}', '{"a":1,}', '{"a":1,,}', '{"a":1, 2:3}', '{,}', '{"a":1;"b":2}',
  '{\n"a" 1}', '{\n  "a": 1,\n  "b": 2,\n}', '{"a":{"b":{"c":[1,2,{"d":}]}}}', '{"0":1,"1" 2}',
  // arrays
  '[1 2]', '[1', '[1\n2]', '["a" "b"]', '[[1]', '[[[]]]]', '[{}{}]', '[1;2]', '[\n1,\n2,\n]',
  '[true false]', '[null,]',
  // unicode positions
  '{"é":1,"b" x}', '["😀😀😀😀😀😀😀😀", x, 1,2,3,4,5,6,7,8,9,0]', '["😀" "😀"]', '"😀😀😀',
  '["日本語", 1 2]', '{"ключ": "значение",}', '["😀","😀","😀","😀",😀,1,2,3,4,5,6]',
  // whitespace variants
  ' \t\n\r[ \t\n\r1 \t\n\r, \t\n\r] \t\n\r x', '\f1', '\v1', '1\f', '\u2028 1', '\ufeff1',
];
// Context excerpts: inputs of many lengths with the bad character at every position.
for (const len of [19, 20, 21, 22, 25, 31, 40]) {
  for (let pos = 0; pos < len; pos++) {
    const chars = [];
    for (let i = 0; i < len; i++) chars.push(i === pos ? 'x' : String(i % 10));
    inputs.push('[' + chars.join(',').slice(1, len - 1) + ']');
    inputs.push(' '.repeat(pos) + '@' + ' '.repeat(len - pos - 1));
  }
}
inputs.push('{"long": "' + 'a'.repeat(100) + '", "b": ?, "c": "' + 'z'.repeat(100) + '"}');
inputs.push('[' + '1,'.repeat(200) + ']');
inputs.push('['.repeat(500) + ']'.repeat(499));
inputs.push('"' + 'x'.repeat(1000));

let n = 0;
for (const input of inputs) {
  try {
    JSON.parse(input);
    console.log(JSON.stringify(input), 'parsed');
  } catch (e) {
    n++;
    console.log(e instanceof SyntaxError, e.name + ': ' + e.message);
  }
}
console.log(inputs.length, n);
