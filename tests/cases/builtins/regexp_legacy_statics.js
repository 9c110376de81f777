// V8's legacy RegExp statics: every successful built-in exec (exec, test, String replace,
// match, split, search, matchAll) records its subject and captures; only `input` can be set.
const show = (label) => console.log(label, JSON.stringify([RegExp.$1, RegExp.$2, RegExp.$3, RegExp.$9,
  RegExp.lastMatch, RegExp['$&'], RegExp.lastParen, RegExp['$+'], RegExp.leftContext, RegExp['$`'],
  RegExp.rightContext, RegExp["$'"], RegExp.input, RegExp.$_]));
show('initial');
/(a)(b)?(c)?/.exec('xxaby');
show('exec');
/nomatch/.exec('zzz');
show('after a failed exec');
'aXbXc'.replace(/X/g, '-');
show('global replace');
'q1w2'.match(/\d/g);
show('global match');
'a1b2'.split(/\d/);
show('split');
'zz'.search(/z/);
show('search');
/(x)|(y)/.test('y');
show('test with an unmatched group');
/\u{1F600}(.)/u.exec('x\u{1F600}yz');
show('unicode');
[...'aaa'.matchAll(/a/g)];
show('matchAll');
'date 2020-01-02'.replace(/(\d+)-(\d+)-(\d+)/, (m, y, mo, d) => `${RegExp.$3}/${RegExp.$2}/${RegExp.$1}`);
show('inside a replacer');
RegExp.input = { toString() { return 'assigned'; } };
RegExp.lastMatch = 'ignored';
RegExp.$1 = 'ignored';
show('after assignments');
const names = Object.getOwnPropertyNames(RegExp).filter((k) => k.startsWith('$') || /^(input|last|left|right)/.test(k));
console.log(names.join(' '));
const d = Object.getOwnPropertyDescriptor(RegExp, '$1');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, d.get.name, d.set.name, d.get.length, d.set.length);
console.log(d.get.call({}), Object.getOwnPropertyDescriptor(RegExp, 'input').get.call(1));
class R extends RegExp {}
console.log(R.$1, R.lastMatch, Object.getOwnPropertyNames(R).join());
