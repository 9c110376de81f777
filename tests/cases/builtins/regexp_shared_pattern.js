// RegExp objects of one source and flags share a compiled pattern but not their state.
const mk = () => /a(b)?/g;
const r1 = mk(), r2 = mk();
console.log(r1 === r2, r1.exec('xab ab').index, r1.lastIndex, r2.lastIndex, r2.exec('ab').index);
const s = new RegExp('a(b)?', 'g');
console.log(s.source, s.flags, 'ab ab'.replace(s, '[$&]'), 'ab ab'.match(mk()));
for (let i = 0; i < 300; i++) if (!new RegExp('x' + i, i % 2 ? 'i' : '').test('X' + i) === !!(i % 2)) console.log('mismatch', i);
const sticky = /a/y; sticky.lastIndex = 1; console.log(sticky.test('ba'), sticky.lastIndex, sticky.test('ba'), sticky.lastIndex);
console.log(/(?<y>\d{4})-(?<m>\d\d)/d.exec('on 2024-05').indices.groups, RegExp.$1);
let last; const re = /x/g; re.lastIndex = { valueOf() { last = 'read'; return 0; } }; console.log(re.test('x'), last, re.lastIndex);
