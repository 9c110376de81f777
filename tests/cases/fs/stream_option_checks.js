// fs.createReadStream/createWriteStream check their options as node 20: encoding names
// (ERR_INVALID_ARG_VALUE), options.fd (number or FileHandle), options.fs methods, flush.
const fs = require('fs');
const f = __filename;
const show = (label, fn) => {
  try { const s = fn(); console.log(label, 'ok', s.constructor.name); s.destroy(); } catch (e) { console.log(label, e.name, e.code, e.message); }
};
const noop = () => {};
for (const o of [{ encoding: 'bogus' }, 'bogus', 'hex', { fd: 'x' }, { fd: {} }, { fd: -1 }, { fs: { open: 1 } }, { fs: { open: noop, read: 1 } },
  { fs: { open: noop, read: noop } }, { fs: { open: noop, read: noop }, autoClose: false }, { start: 1, end: 'x' }]) {
  show(`read ${JSON.stringify(o)}`, () => fs.createReadStream(f, o));
}
for (const o of [{ encoding: 'bogus' }, { fd: 'x' }, { fs: { open: noop } }, { fs: { open: noop, write: 1 } }, { fs: { open: noop, writev: 1 } },
  { fs: { open: noop, write: noop } }, { flush: 'x' }, { flush: true, fs: { open: noop, write: noop, close: noop } }]) {
  show(`write ${JSON.stringify(o)}`, () => fs.createWriteStream('/nonexistent-dir/x', o));
}
