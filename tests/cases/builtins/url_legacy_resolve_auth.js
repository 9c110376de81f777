// url.resolve/resolveObject on non-slashed protocols (mailto: ...): a relative URL with its own
// protocol replaces the base's auth (node: result.auth = null), one without keeps it.
const url = require('url');
const rows = [
  ['mailto:user@example.org', 'mailto:another.host.com'], ['mailto:a@b', 'mailto:c'], ['mailto:a@b', 'mailto:d@c'],
  ['mailto:a@b', 'x'], ['mailto:a@b', '?q'], ['mailto:local1@domain1', 'local2@domain2'],
  ['mailto:local1@domain1?query1', 'local2@domain2'], ['news:a@b/c', 'news:d'],
];
for (const [b, r] of rows) {
  const o = url.resolveObject(url.parse(b), r);
  console.log(b, r, '->', url.resolve(b, r), JSON.stringify([o.auth, o.host, o.pathname, o.path]));
}
