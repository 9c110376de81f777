// A URL has no own enumerable properties: spread, Object.keys, Object.assign and
// url.urlToHttpOptions see only the accessors node copies.
const u = new URL('http://a:b@c.com:90/p?q#h');
console.log({ ...u }, Object.keys(u), JSON.stringify(u), Object.assign({}, u));
console.log(require('url').urlToHttpOptions(u));
const v = URL.parse ? 1 : 0; console.log(v);
u.search = 'x=1'; console.log(u.href, { ...u });
