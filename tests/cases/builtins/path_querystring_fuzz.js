// Seeded random inputs through path.posix and querystring (both native in rjs); prints one FNV
// digest per block of 250 inputs per function, so any difference from node shows up.
'use strict';
const p = require('path').posix;
const qs = require('querystring');
let seed = 0x2545F491;
const rand = (n) => { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return (seed >>> 0) % n; };
const alphabet = ['/', '/', '/', '.', '.', '..', 'a', 'b', 'ab.c', '%', '+', '&', '=', ';', 'é', '\uD800', '\uDC00', '😀', '2', 'F', 'g', '%41', '%E9', '%C3%A9', '%zz', ' ', '\\', ':', 'x.y'];
const gen = () => { let s = ''; for (let n = rand(10); n > 0; n--) s += alphabet[rand(alphabet.length)]; return s; };
const inputs = Array.from({ length: 2000 }, gen);
const cwd = process.cwd();
const fns = {
  normalize: (s) => p.normalize(s), dirname: (s) => p.dirname(s), basename: (s) => p.basename(s),
  basenameExt: (s, t) => p.basename(s, t.slice(0, 3)), extname: (s) => p.extname(s), parse: (s) => p.parse(s),
  formatParse: (s) => p.format(p.parse(s)), join: (s, t) => p.join(s, t, s), relative: (s, t) => p.relative(s, t),
  resolve: (s, t) => p.resolve(s, t).split(cwd).join('<cwd>'), isAbsolute: (s) => p.isAbsolute(s),
  qsParse: (s) => qs.parse(s), qsParseSep: (s, t) => qs.parse(s, t.slice(0, 2), t.slice(2, 3)),
  qsParseMax: (s) => qs.parse(s, null, null, { maxKeys: 2 }), qsUnescape: (s) => qs.unescape(s),
  qsUnescapeBuf: (s) => qs.unescapeBuffer(s, true).toString('hex'), qsRoundTrip: (s) => { try { return qs.stringify(qs.parse(s)); } catch (e) { return e.code; } },
  qsEscape: (s) => { try { return qs.escape(s); } catch (e) { return e.code; } },
  qsStringify: (s, t) => { try { return qs.stringify({ [s]: [t, s], t }, t.slice(0, 1), t.slice(1, 2)); } catch (e) { return e.code; } },
};
const fnv = (str) => { let h = 0x811c9dc5; for (let i = 0; i < str.length; i++) h = Math.imul(h ^ str.charCodeAt(i), 0x01000193) >>> 0; return h.toString(16); };
for (const [name, f] of Object.entries(fns)) {
  const digests = [];
  for (let b = 0; b < inputs.length; b += 250) {
    let out = '';
    for (let i = b; i < b + 250; i++) out += JSON.stringify(f(inputs[i], inputs[(i * 7 + 3) % inputs.length])) + '\n';
    digests.push(fnv(out));
  }
  console.log(name, digests.join(' '));
}
