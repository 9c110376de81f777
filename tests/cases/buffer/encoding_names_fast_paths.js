// Encoding names in any ASCII case (and unknown ones) for toString/from/isEncoding, the whole-buffer
// toString and Buffer.from(Uint8Array) native paths, fill with a byte number, concat sizes.
const b = Buffer.from('héllo wörld €😀');
for (const e of [undefined, 'utf8', 'UTF8', 'Utf-8', 'ucs2', 'UCS-2', 'utf16le', 'UTF-16LE', 'latin1', 'BINARY', 'ascii', 'ASCII', 'base64', 'Base64URL', 'hex', 'HEX']) {
  console.log(String(e), JSON.stringify(b.toString(e)), Buffer.isEncoding(e));
  try { console.log(Buffer.from('aGk=ff', e).toString('hex')); } catch (err) { console.log(err.code); }
}
for (const e of ['', null, 0, 1, 'utf9', 'utf 8', 'İutf8', 'hex\u0000', {}, 'utf-16', 'base-64']) {
  try { console.log(JSON.stringify(b.toString(e))); } catch (err) { console.log('toString', String(e), err.code, err.message); }
  try { console.log(Buffer.from('abc', e).toString('hex')); } catch (err) { console.log('from', String(e), err.code, err.message); }
}
const u = new Uint8Array([1, 2, 3]);
const c = Buffer.from(u); u[0] = 9; console.log(c, c instanceof Buffer, Buffer.from(new Uint8Array(0)).length);
console.log(Buffer.from(new Uint16Array([1, 258, 65535])), Buffer.from(new Int8Array([-1, 2])), Buffer.from(Buffer.from('xyz')).toString());
const fake = new Uint8Array([5, 6]); fake.valueOf = () => 'str'; console.log(Buffer.from(fake));
console.log(Buffer.allocUnsafe(5).fill(0), Buffer.alloc(4, 257), Buffer.alloc(3, 'ab'), Buffer.alloc(5).fill(-1, 1, 3), Buffer.alloc(2).fill(3.7));
console.log(Buffer.concat([Buffer.from('ab'), new Uint8Array([0x63])]).toString(), Buffer.concat([Buffer.from('ab')], 4), Buffer.concat([Buffer.from('abc')], 1), Buffer.concat([]).length);
console.log(Buffer.from('', 'hex').length, Buffer.from('zz', 'hex').length, Buffer.from('=', 'base64').length, Buffer.from('  ', 'base64').length);
