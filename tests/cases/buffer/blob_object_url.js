// URL.createObjectURL / revokeObjectURL and buffer.resolveObjectURL: blob:nodedata:<uuid> URLs
// resolve to a fresh Blob over the same bytes until revoked (createObjectURL used to throw).
const { resolveObjectURL, Blob } = require('buffer');
const bl = new Blob(['hello'], { type: 'Text/Plain' });
const u = URL.createObjectURL(bl);
console.log(/^blob:nodedata:[0-9a-f-]{36}$/.test(u), u.length);
const r = resolveObjectURL(u);
console.log(r instanceof Blob, r === bl, r.size, r.type, resolveObjectURL(u) === r);
r.text().then((t) => console.log('text', t));
console.log(resolveObjectURL('blob:nodedata:nope'), resolveObjectURL('nope'), resolveObjectURL(u + 'x'), resolveObjectURL(u.replace('nodedata', 'x')));
console.log(URL.revokeObjectURL(u), resolveObjectURL(u));
URL.revokeObjectURL('garbage');
for (const v of ['x', {}, null, new Uint8Array(1)]) { try { URL.createObjectURL(v); } catch (e) { console.log(e.code, e.message); } }
try { URL.revokeObjectURL(); } catch (e) { console.log(e.code, e.message); }
const f = new (require('buffer').File)(['ab'], 'n.txt');
console.log(resolveObjectURL(URL.createObjectURL(f)).size);
console.log(URL.createObjectURL.length, URL.revokeObjectURL.length, resolveObjectURL.length);
