// Setting protocol to "file" on a special URL with a host but no credentials/port is allowed by the URL
// Standard (the host is kept, localhost too); with credentials or a port, or from a non-special scheme, it is not.
for (const s of ['http://localhost/x', 'http://a.com/p?q#h', 'http://[::1]/', 'http://1.2.3.4/', 'http://u@a/', 'http://a:81/', 'https://a/', 'ws://LOCALHOST/', 'foo://a/', 'http://a/']) {
  const u = new URL(s);
  u.protocol = s === 'http://a/' ? 'FILE:x' : 'file';
  console.log(s, u.href, u.host, u.pathname, u.origin);
}
