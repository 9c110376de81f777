// process.binding('http_parser') (deprecated, DEP0111) gives node's method lists and the
// working binding-style HTTPParser class (the one require('_http_common') has).
process.noDeprecation = true;
const b = process.binding('http_parser');
console.log(Object.keys(b), b.methods.length, b.allMethods.length);
console.log(b.methods.join(), b.allMethods.join());
console.log(b.HTTPParser === require('_http_common').HTTPParser, typeof b.HTTPParser.REQUEST, b.HTTPParser.kOnHeadersComplete);
const p = new b.HTTPParser();
p.initialize(b.HTTPParser.REQUEST, {});
p[b.HTTPParser.kOnHeadersComplete] = (major, minor, headers, method, url) => console.log('head', major, minor, headers, b.methods[method], url);
p[b.HTTPParser.kOnMessageComplete] = () => console.log('complete');
console.log(p.execute(Buffer.from('GET /x HTTP/1.1\r\nHost: a\r\n\r\n')));
