'use strict';
const { parseArgs } = require('util');
const t = (cfg) => {
  try {
    const r = parseArgs(cfg);
    console.log(JSON.stringify({ values: { ...r.values }, positionals: r.positionals, tokens: r.tokens }), Object.getPrototypeOf(r.values));
  } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
};
const options = {
  foo: { type: 'boolean', short: 'f' },
  bar: { type: 'string', short: 'b' },
  list: { type: 'string', short: 'l', multiple: true },
  verbose: { type: 'boolean', short: 'v', multiple: true },
  def: { type: 'string', default: 'dflt' },
  defb: { type: 'boolean', default: false },
  defm: { type: 'string', multiple: true, default: ['x', 'y'] },
};
const cases = [
  [], ['-f'], ['--foo'], ['-b', 'val'], ['--bar', 'val'], ['--bar=val'], ['-bval'], ['-fb', 'v2'], ['-fbval'], ['-vvv'],
  ['-l', 'a', '-l', 'b', '--list=c'], ['--def', 'over'], ['--', '--foo', 'pos'], ['pos1', '-f', 'pos2'],
  ['--unknown'], ['-u'], ['--foo=yes'], ['--bar'], ['-b'], ['--bar', '--foo'], ['-b', '-f'], ['--bar', '-'], ['-fz'],
  ['--bar='], ['-'], ['---x'], ['--__proto__'], ['--no-foo'], ['-f', '--', '-f'],
];
for (const args of cases) {
  t({ args, options });
  t({ args, options, strict: false });
  t({ args, options, allowPositionals: true, tokens: true });
}
t({ args: ['--no-foo', '--foo', '--no-foo'], options, allowNegative: true });
t({ args: ['--no-bar'], options, allowNegative: true });
t({ args: ['--no-x'], strict: false, allowNegative: true });
t({ args: ['--no-x=1'], strict: false, allowNegative: true });
t({ args: [], options: { x: { type: 'strin' } } });
t({ args: [], options: { x: {} } });
t({ args: [], options: { x: { type: 'string', short: 'xy' } } });
t({ args: [], options: { x: { type: 'string', short: 1 } } });
t({ args: [], options: { x: { type: 'string', multiple: 'yes' } } });
t({ args: [], options: { x: { type: 'string', default: 1 } } });
t({ args: [], options: { x: { type: 'boolean', default: 'no' } } });
t({ args: [], options: { x: { type: 'string', multiple: true, default: ['a', 1] } } });
t({ args: [], options: { x: { type: 'string', multiple: true, default: 'a' } } });
t({ args: [], options: { x: 1 } });
t({ args: [], options: 1 });
t({ args: 'a' });
t({ args: [], strict: 1 });
t({ args: [], allowPositionals: 'x' });
t({ args: [], tokens: 0 });
t(1);
t({});
