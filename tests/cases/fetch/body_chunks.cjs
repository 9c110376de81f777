// A Response body from a Blob is read through the Blob's own stream, one chunk per part as
// undici's (rjs gave the whole Blob as one chunk); FormData bodies stream a Blob entry the same way.
'use strict';
(async () => {
  const chunks = async (l, body) => { const out = []; for await (const c of new Response(body).body) out.push(c.constructor.name + ':' + c.length); console.log(l, out.join(',')); };
  await chunks('blob2', new Blob(['a', 'bb']));
  await chunks('blobbig', new Blob(['x'.repeat(100000)]));
  await chunks('blobmany', new Blob(Array(5).fill('p')));
  await chunks('string', 'x'.repeat(70000));
  await chunks('u8', new Uint8Array(70000));
  const fd = new FormData(); fd.append('a', '1'); fd.append('f', new Blob(['zz', 'yyy']));
  await chunks('formdata', fd);
  await chunks('usp', new URLSearchParams('a=1'));
  const b = new Blob(['a', 'bb']); const out = []; for await (const c of b.stream()) out.push(c.length); console.log('blob.stream', out.join(','));
  const b2 = new Blob(['x'.repeat(100000)]); const out2 = []; for await (const c of b2.stream()) out2.push(c.length); console.log('blob.stream big', out2.join(','));
})();
