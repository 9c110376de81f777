// RegExp.prototype.source escapes as V8's EscapeRegExpSource: `/` only outside a character
// class and when not already escaped, line terminators as escapes (micromatch compares it).
const patterns = ['a/b', 'a\\/b', '[/]', '[^/]*?\\.js\\/?', '\\\\/', '[\\]/]/', '\n', 'a\\\nb',
  '\r\u2028\u2029', 'a\\\u2028', '[a/]/[/]', '\\[/', '', '\\', '(?:)'];
for (const p of patterns) {
  let r;
  try { r = new RegExp(p); } catch (e) { console.log(JSON.stringify(p), e.name); continue; }
  console.log(JSON.stringify(p), JSON.stringify(r.source), String(r), new RegExp(r.source).source === r.source);
}
console.log(/[/]/.source, /\//.source, RegExp('/', 'g').toString(), /a\/b[/]/u.source);
