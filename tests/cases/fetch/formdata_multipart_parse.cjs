// Response/Request.formData() parses multipart bodies with undici's parser (node 20's): the body
// must start at the boundary (CRLFs aside), a file part without Content-Type is text/plain, names
// and filenames undo %0A/%0D/%22, base64 parts are decoded, `filename*="..."` is read like
// `filename`, and the header checks fail where undici's fail (rjs accepted a preamble and bare LFs).
'use strict';
const log = (...a) => console.log(...a);
const show = async (l, body, ct) => {
  try {
    const fd = await new Response(body, { headers: { 'content-type': ct } }).formData();
    const out = [];
    for (const [k, v] of fd) out.push(typeof v === 'string' ? [k, v] : [k, v.constructor.name, v.name, v.type, v.size, await v.text()]);
    log(l, JSON.stringify(out));
  } catch (e) { log(l, 'ERR', e.constructor.name, e.message); }
};
(async () => {
  const b = 'XyZ';
  const ct = `multipart/form-data; boundary=${b}`;
  const mk = (...parts) => parts.map((p) => `--${b}\r\n${p}\r\n`).join('') + `--${b}--\r\n`;
  const cd = (n, extra = '') => `Content-Disposition: form-data; name="${n}"${extra}`;
  await show('basic', mk(`${cd('a')}\r\n\r\n1`, `${cd('f', '; filename="x.txt"')}\r\nContent-Type: text/plain\r\n\r\nhello`), ct);
  await show('quoted boundary', mk(`${cd('a')}\r\n\r\nq`), `multipart/form-data; boundary="${b}"`);
  await show('file without type', mk(`${cd('f', '; filename="y.bin"')}\r\n\r\n\x00\x01`), ct);
  await show('empty filename', mk(`${cd('f', '; filename=""')}\r\n\r\nz`), ct);
  await show('no name', mk('Content-Disposition: form-data\r\n\r\nz'), ct);
  await show('missing boundary param', 'x', 'multipart/form-data');
  await show('garbage', 'garbage', ct);
  await show('preamble', 'preamble\r\n' + mk(`${cd('p')}\r\n\r\nv`), ct);
  await show('leading crlfs', '\r\n\r\n' + mk(`${cd('p')}\r\n\r\nv`) + '\r\n\r\n', ct);
  await show('lf only', `--${b}\n${cd('a')}\n\nv\n--${b}--`, ct);
  await show('utf8 names', mk(`${cd('ä', '; filename="ü.txt"')}\r\n\r\nÖ`), ct);
  await show('no final crlf', `--${b}\r\n${cd('a')}\r\n\r\nv\r\n--${b}--`, ct);
  await show('escapes', mk(`${cd('n%22%0a%0D', '; filename="f%22%0A.txt"')}\r\n\r\nv`), ct);
  await show('filename*', mk(`${cd('f', '; filename*="star.txt"')}\r\n\r\nv`), ct);
  await show('filename* unquoted', mk(`${cd('f', "; filename*=utf-8''star.txt")}\r\n\r\nv`), ct);
  await show('base64', mk(`${cd('f', '; filename="b.bin"')}\r\nContent-Transfer-Encoding: base64\r\n\r\naGk=`), ct);
  await show('non-ascii type', mk(`${cd('f', '; filename="t"')}\r\nContent-Type: tëxt/plain\r\n\r\nv`), ct);
  await show('header case and spaces', mk(`CONTENT-DISPOSITION:   form-data; name="a"\r\nX-Other: 1\r\n\r\nv`), ct);
  await show('bad header name', mk(`${cd('a')}\r\nBad Header: 1\r\n\r\nv`), ct);
  await show('header without colon', mk(`${cd('a')}\r\nnocolon\r\n\r\nv`), ct);
  await show('bom text', mk(`${cd('a')}\r\n\r\n\ufeffbom`), ct);
  await show('two parts same name', mk(`${cd('a')}\r\n\r\n1`, `${cd('a')}\r\n\r\n2`), ct);
  await show('unterminated', `--${b}\r\n${cd('a')}\r\n\r\nv`, ct);
  const fd = new FormData();
  fd.append('t', 'v\nw');
  fd.append('f', new File(['data'], 'n"a\nme.txt', { type: 'x/y' }));
  const r = new Response(fd);
  await show('roundtrip', await r.text(), r.headers.get('content-type'));
})();
