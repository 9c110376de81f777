const m = /(a)(b)?(?<c>c)/.exec('xxabcab'); console.log(m, Object.keys(m), m.length, Object.getOwnPropertyNames(m));
const m2 = /(a)(b)?/d.exec('a'); console.log(m2, m2.indices, Object.keys(m2));
console.log('aXbX'.replace(/X/g, (s, i) => i), 'a-b_c'.replace(/[-_](\w)/g, (_, c) => c.toUpperCase()), 'x'.replace(/(y)?x/, '[$1]'));
console.log(JSON.stringify(/(\d+)/.exec('ab12')), /()/.exec(''), Array.isArray(/a/.exec('a')));
const big = /(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/.exec('abcdefghijk'); console.log(big.length, big[11], RegExp.$9);
const m3 = /(?<x>a)(?<y>z)?/d.exec('ba'); console.log(m3.groups, m3.indices, m3.indices.groups, Object.keys(m3.indices.groups));
