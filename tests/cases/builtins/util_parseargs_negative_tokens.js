// parseArgs with allowNegative: a negated --no-foo token is reported with name 'foo' (node 20.20); strict errors and non-negatable forms
const { parseArgs } = require('util');
const options = { color: { type: 'boolean' }, verbose: { type: 'boolean', multiple: true }, out: { type: 'string' }, 'no-x': { type: 'boolean' } };
for (const args of [['--no-color'], ['--no-verbose', '-v'], ['--verbose', '--no-verbose'], ['--no-unknown'], ['--no-out'], ['--no-out=3'], ['--no-color=1'], ['--no-x'], ['--no-no-x']])
  for (const strict of [true, false]) {
    try { const r = parseArgs({ args, options: { ...options, verbose: { type: 'boolean', multiple: true, short: 'v' } }, strict, allowNegative: true, tokens: true }); console.log(args, strict, r.values, JSON.stringify(r.tokens)); }
    catch (e) { console.log(args, strict, e.code, e.message); }
  }
