// url.parse's DEP0170 warning for a non-numeric port (emitted once) and the Url API surface.
const url = require('url');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
console.log(url.parse('http://a.com:abc/').href);
console.log(url.parse('http://b.com:1x/').href);
try { url.parse('http://[::1]:x/'); } catch (e) { console.log(e.code, e.input); }
console.log(typeof url.parse, typeof url.format, typeof url.resolve, typeof url.resolveObject, typeof url.urlToHttpOptions, url.Url.name);
setTimeout(() => console.log('done'), 0);
