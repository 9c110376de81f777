// util.inspect(url, { showHidden: true }) (and util.format's %o) show node's URLContext: the
// href offsets of ada's url_aggregator, the port, the scheme type and the has* getters.
const util = require('util');
for (const s of ['http://user:pass@foo.bar.com:21/aaa/zzz?l=24#test', 'http://a/', 'http://user@h/', 'http://:pw@h/',
  'sc:x', 'sc:/.//p', 'file:///x', 'sc://h', 'https://h:443/?#', 'ws://h/', 'wss://h', 'ftp://h', 'file://h/x',
  'sc://u@h:5/p?q#f', 'blob:https://a/b', 'sc:', 'sc:?q', 'sc://h?q', 'http://[::1]:8080/a?b#c?d', 'sc:x#a?b',
  'http://h/p#?', 'HTTP://EX%41MPLE.com:0/']) {
  console.log(util.inspect(new URL(s), { showHidden: true }));
}
console.log(util.format('%o', new URL('http://a')));
