// URL setters and tabs/newlines: the pathname setter drops them before looking for the leading
// '/', the search/hash setters strip their '?'/'#' first (so "\t?a" keeps a '?'), username and
// password percent-encode them.
const bases = ['http://h.test/p?q#f', 'foo://h/p', 'foo:/p', 'file:///a/b', 'file://host/a'];
const cases = [
  ['pathname', ['\t/a', '\n\r/a\tb', 'a\tb', '\t', '\\\tx', '\t?x', '\t#x', ' \t/s']],
  ['search', ['\t?a=1', '?\tb', '\n']],
  ['hash', ['\n#x', '#\ty']],
  ['username', ['\tu']],
  ['password', ['p\n']],
  ['host', ['\te.com', 'e\n.com:8\t1']],
  ['port', ['\t81', '8\n2']],
  ['protocol', ['\thttps', 'ws\n']],
];
for (const [key, values] of cases) {
  for (const v of values) {
    // (node 20 drops the port when setting the host of a non-special URL without one: not shown)
    const out = bases.filter((b) => key !== 'host' || b !== 'foo:/p').map((b) => { const u = new URL(b); u[key] = v; return u.href; });
    console.log(key, JSON.stringify(v), out.join(' '));
  }
}
