// TextDecoder.decode's argument names as node's: "list" only on the one-shot UTF-8 fast path,
// "input" once a decode streamed (also TextDecoderStream's string chunk); options checked first
// off the fast path.
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, e.code, e.message); } };
for (const enc of ['utf-8', 'utf-16le', 'latin1', 'shift_jis']) {
  t(enc + ' str', () => new TextDecoder(enc).decode('x'));
  t(enc + ' str stream', () => new TextDecoder(enc).decode('x', { stream: true }));
  const d = new TextDecoder(enc);
  t(enc + ' stream first', () => d.decode(new Uint8Array([65]), { stream: true }));
  t(enc + ' str after stream', () => d.decode('x'));
  t(enc + ' num opts', () => new TextDecoder(enc).decode('x', 5));
  t(enc + ' num opts bytes', () => new TextDecoder(enc).decode(new Uint8Array([65]), 5));
  t(enc + ' null', () => new TextDecoder(enc).decode(null));
}
(async () => {
  const ds = new TextDecoderStream();
  const w = ds.writable.getWriter();
  w.write('abc').catch((e) => console.log('stream write', e.code, e.message));
  const r = ds.readable.getReader();
  try { await r.read(); } catch (e) { console.log('stream read', e.code, e.message); }
})();
