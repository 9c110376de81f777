// JSON.parse: values built from the text (objects, arrays, strings with escapes and lone
// surrogates, numbers as Number(text)), key order, __proto__, duplicate keys, deep nesting,
// whitespace, the reviver walk (order, this, deletion, arguments) and V8's error messages.
const show = (label, v) => console.log(label, JSON.stringify(v));
const units = (s) => Array.from(s, (c) => c.length === 1 ? c.charCodeAt(0).toString(16) : [...c].map((u) => u.charCodeAt(0).toString(16)).join('+'));
const codeUnits = (s) => { const r = []; for (let i = 0; i < s.length; i++) r.push(s.charCodeAt(i).toString(16)); return r.join(' '); };

// nested structures
const nested = JSON.parse('{"a":[1,{"b":[[],{}],"c":null},true,false,"x"],"d":{"e":{"f":[0,-1,2.5]}}}');
show('nested', nested);
console.log(Array.isArray(nested.a), Array.isArray(nested.a[1].b[0]), nested.a.length, Object.getPrototypeOf(nested) === Object.prototype,
  Object.getPrototypeOf(nested.a) === Array.prototype, nested.a[1].b[1].constructor === Object);
show('empty', [JSON.parse('{}'), JSON.parse('[]'), JSON.parse('[[]]'), JSON.parse('{"":""}'), JSON.parse('""')]);
show('scalars', [JSON.parse('true'), JSON.parse('false'), JSON.parse('null'), JSON.parse('0'), JSON.parse('"s"')]);
const desc = Object.getOwnPropertyDescriptor(JSON.parse('{"k":1}'), 'k');
console.log('descriptor', desc.writable, desc.enumerable, desc.configurable, desc.value);
const arr = JSON.parse('[1,2,3]');
arr.push(4); arr.length = 2;
show('array is a real array', arr);

// __proto__ is an own data property, not the prototype
const p = JSON.parse('{"__proto__":{"x":1},"y":2}');
console.log('__proto__', Object.getPrototypeOf(p) === Object.prototype, Object.keys(p), p.x, Object.prototype.hasOwnProperty.call(p, '__proto__'), JSON.stringify(p));
const pn = JSON.parse('{"__proto__":null}');
console.log('__proto__ null', Object.getPrototypeOf(pn) === Object.prototype, Object.keys(pn), pn.__proto__ === Object.prototype);
const pa = JSON.parse('[{"__proto__":[]}]');
console.log('__proto__ array', Array.isArray(Object.getOwnPropertyDescriptor(pa[0], '__proto__').value), pa[0] instanceof Array);

// duplicate keys: last value, first position
show('dup', JSON.parse('{"a":1,"b":2,"a":3}'));
console.log('dup keys', Object.keys(JSON.parse('{"a":1,"b":2,"a":3,"c":4,"b":5}')).join());
show('dup nested', JSON.parse('{"a":{"x":1},"a":[2]}'));

// integer-like keys come first, ascending; others in insertion order
console.log('order', Object.keys(JSON.parse('{"b":1,"2":1,"a":1,"1":1}')).join());
console.log('order2', Object.keys(JSON.parse('{"10":1,"9":1,"-1":1,"01":1,"1.5":1,"4294967295":1,"4294967294":1,"0":1,"":1}')).join());
for (const k in JSON.parse('{"z":1,"3":1,"y":1,"0":1}')) console.log('for-in', k);

// numbers
const negZero = JSON.parse('-0');
console.log('-0', Object.is(negZero, -0), Object.is(JSON.parse('0'), 0), Object.is(JSON.parse('[-0]')[0], -0), Object.is(JSON.parse('-0.0'), -0), Object.is(JSON.parse('-0e5'), -0));
for (const t of ['1e400', '-1e400', '5e-324', '2e-324', '1e-400', '-1e-400', '1.7976931348623157e308', '1.7976931348623158e308', '1.7976931348623159e308',
  '0.1', '0.12345678901234567890123', '123456789012345678901234567890', '9007199254740993', '-9007199254740993', '2147483647', '2147483648',
  '-2147483648', '-2147483649', '999999999', '1000000000', '1E3', '1e+3', '1e-3', '1.5E-10', '0.0', '100', '1.0', '4.35', '0.30000000000000004',
  '3.141592653589793238462643383279', '1e21', '1e-7', '123e-20', '0e0', '-1', '1.7976931348623157e309']) {
  const v = JSON.parse(t);
  console.log('num', t, v, Object.is(v, -0), v === Number(t), typeof v);
}
console.log('num ops', JSON.parse('5') + 1, JSON.parse('[1.5]')[0] * 2, JSON.parse('{"n":4294967296}').n % 7, [10, 20, 30][JSON.parse('1')]);

// strings: escapes, lone surrogates, raw non-ASCII and astral characters
const s1 = JSON.parse('"a\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti"');
console.log('escapes', codeUnits(s1), s1.length);
console.log('\\u', codeUnits(JSON.parse('"\\u0041\\u00e9\\u4e2D\\uFFFF\\u0000"')));
const lone = JSON.parse('"\\ud800"');
console.log('lone high', lone.length, lone.charCodeAt(0).toString(16), JSON.stringify(lone));
const lone2 = JSON.parse('"x\\udc00y"');
console.log('lone low', lone2.length, codeUnits(lone2), JSON.stringify(lone2));
const pair = JSON.parse('"\\ud83d\\ude00"');
console.log('pair', pair.length, pair === '\u{1F600}', pair.codePointAt(0).toString(16));
const rev = JSON.parse('"\\ude00\\ud83d"');
console.log('reversed pair', codeUnits(rev), JSON.stringify(rev));
console.log('raw lone in input', JSON.stringify(JSON.parse('"a\ud800b"')), JSON.parse('["\udfff"]')[0].charCodeAt(0).toString(16));
console.log('raw lone key', JSON.stringify(Object.keys(JSON.parse('{"\ud800":1}'))));
const raw = JSON.parse('["héllo wörld", "日本語", "😀🎉", "ÿ", "Ā", "\u2028\u2029", "caf\\u00e9"]');
console.log('raw', raw.map((s) => s.length).join(), raw.map(units).join(' | '));
console.log('raw eq', raw[0] === 'héllo wörld', raw[2] === '😀🎉', raw[6] === 'café', raw[1].codePointAt(1).toString(16));
const latinKey = JSON.parse('{"é":1,"\\u00e9":2,"日":3}');
console.log('keys', JSON.stringify(latinKey), Object.keys(latinKey).length, latinKey['é'], latinKey['日']);
const mixed = JSON.parse('{"name":"x","name2":"日本","name":"\\u65e5"}');
console.log('mixed', JSON.stringify(mixed), mixed.name === '日');
console.log('long string', JSON.parse('"' + 'ab\\n'.repeat(1000) + '"').length, JSON.parse('"' + 'é'.repeat(5000) + '"').length);

// whitespace
for (const t of [' 1 ', '\t[\n1\r,\r\n2 ]\t', '\n{\r"a"\t:\n1 , "b" : [ ] }\n', '\r\n\t true', '"x"   ']) {
  console.log('ws', JSON.stringify(JSON.parse(t)));
}

// deep nesting
const depth = 10000;
let deep = JSON.parse('['.repeat(depth) + ']'.repeat(depth));
let d = 0;
while (Array.isArray(deep) && deep.length === 1) { deep = deep[0]; d++; }
console.log('deep arrays', d + 1, Array.isArray(deep), deep.length);
let deepObj = JSON.parse('{"a":'.repeat(depth) + '7' + '}'.repeat(depth));
d = 0;
while (typeof deepObj === 'object') { deepObj = deepObj.a; d++; }
console.log('deep objects', d, deepObj);
console.log('deep 200', JSON.stringify(JSON.parse('['.repeat(200) + ']'.repeat(200))).length);
const deepMixed = JSON.parse('[{"a":'.repeat(3000) + '1' + '}]'.repeat(3000));
let m = deepMixed; d = 0;
while (Array.isArray(m)) { m = m[0].a; d++; }
console.log('deep mixed', d, m);
try { JSON.parse('['.repeat(depth) + ']'.repeat(depth - 1)); } catch (e) { console.log('deep error', e.name, e.message); }

// reviver: order of calls, this, arguments, deletion, array holders
const calls = [];
const revived = JSON.parse('{"a":[1,{"b":2}],"c":"d","e":{"f":null}}', function (k, v) {
  calls.push([k, typeof v, Array.isArray(this) ? 'array' : typeof this, arguments.length]);
  return v;
});
for (const c of calls) console.log('call', JSON.stringify(c));
console.log('revived', JSON.stringify(revived));
show('delete', JSON.parse('{"a":1,"b":2,"c":{"b":3,"d":4}}', (k, v) => (k === 'b' ? undefined : v)));
const holes = JSON.parse('[1,2,3,4]', (k, v) => (k === '1' ? undefined : v));
console.log('array delete', holes.length, 1 in holes, JSON.stringify(holes));
show('replace', JSON.parse('{"a":1,"b":[1,2],"c":"x"}', (k, v) => (typeof v === 'number' ? v * 10 : v)));
show('root', JSON.parse('[1]', (k, v) => (k === '' ? { wrapped: v } : v)));
console.log('root undefined', JSON.parse('1', () => undefined));
const holders = [];
JSON.parse('{"x":[5]}', function (k, v) { holders.push(k + ':' + JSON.stringify(this)); return v; });
console.log('holders', holders.join(' ; '));
// the reviver changes what is walked next
show('mutate', JSON.parse('{"a":1,"b":2}', function (k, v) { if (k === 'a') { this.b = [3, 4]; } return v; }));
show('mutate array', JSON.parse('[[1],[2]]', function (k, v) { if (k === '0' && Array.isArray(this) && this.length === 2) this[1] = 'replaced'; return v; }));
show('proto via reviver', JSON.parse('{"__proto__":1}', (k, v) => v));
console.log('non-callable reviver', JSON.stringify(JSON.parse('[1]', {})), JSON.stringify(JSON.parse('[1]', null)));
try { JSON.parse('[1,2]', (k, v) => { if (k === '1') throw new TypeError('boom ' + v); return v; }); } catch (e) { console.log('reviver throws', e.name, e.message); }
const deepRev = JSON.parse('['.repeat(1000) + ']'.repeat(1000), (k, v) => v);
console.log('deep reviver', Array.isArray(deepRev));
try { JSON.parse('['.repeat(100000) + ']'.repeat(100000), (k, v) => v); console.log('very deep reviver ok'); } catch (e) { console.log('very deep reviver', e.name, e.message); }

// ToString of the argument
console.log('tostring', JSON.parse({ toString() { return '[1,2]'; } }).length, JSON.parse(123), JSON.parse(true), JSON.parse(null), JSON.parse(['[3]'])[0]);

// errors keep V8's messages
for (const t of ['', '{', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '"abc', '"\\x"', '"\\u12g4"', '01', '-', '1.', '1e', 'tru', 'nul', '{"a":1}}',
  '"\u0001"', '[1,2,3,4,5,6,7,8,9,10,11,}', 'undefined', '\ud800', '{"\\ud800":}', 'NaN', '[-]', '{"a":[1,{"b":x}]}']) {
  try { JSON.parse(t); console.log('parsed?!', t); } catch (e) { console.log('error', e.name, e.message, e instanceof SyntaxError); }
}
try { JSON.parse(undefined); } catch (e) { console.log('error', e.name, e.message); }
