// File URLs follow the URL Standard's file states as node's ada does: a host stays before a
// Windows drive letter, leading empty path segments stay, and setters keep both.
const rows = [
  ['file://h/C:/a/b'], ['/', 'file://h/C:/a/b'], ['C|', 'file://host/D:/dir1/dir2/file'],
  ['file://example.net/C:/'], ['file://[1::8]/C:/'], ['file:/C:/', 'file://host/'],
  ['file:////foo'], ['file://localhost////foo'], ['file:\\\\//'], ['file://spider///'],
  ['/////mouse', 'file:///elephant'], ['//localhost//pig', 'file://lion/'], ['/..//localhost//pig', 'file://lion/'],
  ['file://h/a/..//b'], ['file:///a^b`{}|"<> ?q^`{}"<>\'#f^`{}"<> '], ['file:///%2e/x/%2E%2e/y'],
  ['file://LOCALHOST/x'], ['file://faß.de/x'], ['file://a b/x'], ['file://u@h/x'], ['file://0x7f.1/x'],
  ['file:c:\\foo\\..\\..\\bar'], ['file://C:/x'], ['file://h/C:/../..'], ['?x', 'file:///a/b?y#z'],
  ['#x', 'file:///a/b?y#z'], ['d', 'file:///C:/a/b'], ['//h', 'file:///C:/a/b'], ['file:d', 'file:///C:/a/b'],
  ['file:x', 'http://x/'], ['file:x', 'not a url'], [' \tfile:/\n//x\u0001 '], ['FILE://H/ä?ä#ä'], ['file:'],
];
for (const [input, base] of rows) {
  try {
    const u = new URL(input, base);
    console.log(JSON.stringify([input, base]), u.href, JSON.stringify([u.host, u.pathname, u.search, u.hash, u.origin]));
  } catch (e) {
    console.log(JSON.stringify([input, base]), e.code);
  }
}
const setters = [
  ['file:////x', 'hostname', 'h'], ['file://h//x', 'pathname', '//a/?#b'], ['file://h/C:/x', 'host', 'localhost'],
  ['file://h//x', 'search', '?a#b'], ['file://h//x', 'hash', 'c d'], ['file://h//x', 'protocol', 'http'],
  ['file:////x', 'protocol', 'https'], ['file://h//x', 'port', '8080'], ['file://h//x', 'username', 'u'],
  ['file://h//x', 'href', 'file:////y'], ['http://h//x', 'protocol', 'file'], ['file://h/x', 'host', 'a b'],
];
for (const [href, field, value] of setters) {
  const u = new URL(href);
  u[field] = value;
  console.log(href, field, JSON.stringify(value), u.href, JSON.stringify(u.pathname));
}
