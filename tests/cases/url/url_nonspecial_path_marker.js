// A URL without a host whose path starts with "//" serializes with "/." before the path (so
// it does not read back as a host), and only then; setting a non-special URL's pathname to ""
// leaves it empty when there is a host.
const show = (u) => [u.href, u.host, u.pathname, u.search, u.hash].join(' | ');
const cases = [
  ['non-spec:/', 'pathname', '/.//p'], ['non-spec:/', 'pathname', '/..//p'], ['non-spec:/', 'pathname', '//p'],
  ['non-spec:/.//', 'pathname', 'p'], ['non-spec:/.//p', 'hostname', 'h'], ['non-spec:/.//p', 'hostname', ''],
  ['non-spec:/.//p', 'host', 'h'], ['sc://h//p', 'host', ''], ['sc://h//p', 'hostname', ''],
  ['sc://h/x', 'pathname', '//y'], ['sc:/x', 'pathname', '//y?#'], ['foo:///some/path', 'pathname', ''],
  ['foo://h/p?q#f', 'pathname', '\t'], ['sc:/a', 'pathname', ''], ['sc:/.//a', 'hash', 'x'],
  ['sc:/.//a', 'search', 'y'], ['sc:/.//a', 'href', 'sc:/.//b'], ['sc://x', 'pathname', '//a'], ['sc:', 'pathname', '//a'],
];
for (const [href, attr, v] of cases) {
  const u = new URL(href);
  u[attr] = v;
  console.log(href, attr, JSON.stringify(v), show(u), '||', show(new URL(u.href)));
}
for (const s of ['non-spec:/.//p', 'sc:/..//p', 'sc:/a/../..//p', 'sc://h/.//p', 'sc:/.//', 'sc:////x', 'sc:/.//p?q#f',
  'sc:/./p', 'http://./', 'h://.', 'h://./.', 'sc://u:p@./x', 'sc://[::1]/.//x']) {
  console.log(s, show(new URL(s)), new URL('..//z', s).href);
}
