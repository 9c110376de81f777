// vm.Script's sourceMapURL: V8's `//# sourceMappingURL=` (or `//@`) magic comment, only in
// single-line comments (not strings, templates, regular expressions or block comments); the
// last counts and an empty or trailing-text value leaves none.
const vm = require('vm');
const sources = [
  '1', '//# sourceMappingURL=a.map', '1\n//@ sourceMappingURL=b.map',
  '//# sourceMappingURL=a.map\n//# sourceMappingURL=c.map', '/*# sourceMappingURL=d.map */',
  '"//# sourceMappingURL=e.map"', "'//# sourceMappingURL=e2.map'", '//# sourceMappingURL= f.map  ',
  '//# sourceMappingURL=', '1 //# sourceMappingURL=g.map', '//#sourceMappingURL=h.map',
  '//# sourceMappingURL=i.map x', '//# sourceURL=foo.js', '//# sourceMappingURL=a.map\n//# sourceMappingURL=b"x',
  '//# sourceMappingURL=a.map\n//# sourceMappingURL=', '//#  sourceMappingURL = a.map', '//#\tsourceMappingURL=\ta.map\t',
  'x = /\\/\\/# sourceMappingURL=re.map/;', 'x = /[/]/ //# sourceMappingURL=re2.map', 'x = `//# sourceMappingURL=t.map`',
  'x = `${"a"}//# sourceMappingURL=t2.map`', 'x = `${{}}` //# sourceMappingURL=t3.map', 'a = 4 / 2 //# sourceMappingURL=div.map',
  '// # sourceMappingURL=sp.map', "//# sourceMappingURL=q'x", '//# sourceMappingURL=a.map\n//# sourceMappingURL b.map',
  'if (typeof /x/ === "object") 1; //# sourceMappingURL=kw.map', '//# sourceMappingURL=a.map\r\nx',
];
for (const code of sources) {
  const script = new vm.Script(code);
  console.log(JSON.stringify(code), JSON.stringify(script.sourceMapURL), Object.hasOwn(script, 'sourceMapURL'));
}
