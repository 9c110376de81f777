// TextDecoder.decode of a detached ArrayBuffer, or a view of one, is '' in every encoding (node's
// decoders read zero bytes); making a Uint8Array over the detached buffer threw.
for (const enc of ['utf-8', 'utf-16le', 'latin1', 'koi8-r', 'shift_jis', 'gb18030']) {
  const ab = new ArrayBuffer(4); new Uint8Array(ab).set([0x41, 0x42, 0x43, 0x44]);
  const view = new Uint8Array(ab, 1, 2);
  structuredClone(ab, { transfer: [ab] });
  const d = new TextDecoder(enc);
  let a, b;
  try { a = JSON.stringify(d.decode(ab)); } catch (e) { a = e.name; }
  try { b = JSON.stringify(d.decode(view)); } catch (e) { b = e.name; }
  console.log(enc, a, b, ab.byteLength, view.byteLength);
}
