// The node<->web adapters validate their options as node's: objectMode/decodeStrings booleans
// (fromWeb), options.encoding (Duplex.fromWeb too, after objectMode), and Readable.toWeb reads
// only options.strategy, taking any options value (rjs required an object).
const { Readable, Writable, Duplex } = require('stream');
const t = (l, f) => { try { f(); console.log(l, 'ok'); } catch (e) { console.log(l, e.code, e.message); } };
t('R objectMode 1', () => Readable.fromWeb(new ReadableStream(), { objectMode: 1 }));
t('R enc then om', () => Readable.fromWeb(new ReadableStream(), { objectMode: 1, encoding: 'bad' }));
t('W objectMode 1', () => Writable.fromWeb(new WritableStream(), { objectMode: 1 }));
t('W decodeStrings 1', () => Writable.fromWeb(new WritableStream(), { decodeStrings: 1 }));
t('W hwm -1', () => Writable.fromWeb(new WritableStream(), { highWaterMark: -1 }));
t('D objectMode 1', () => Duplex.fromWeb(new TransformStream(), { objectMode: 1 }));
t('D decodeStrings 1', () => Duplex.fromWeb(new TransformStream(), { decodeStrings: 1 }));
t('D allowHalfOpen 1', () => Duplex.fromWeb(new TransformStream(), { allowHalfOpen: 1 }));
t('D enc + om', () => Duplex.fromWeb(new TransformStream(), { objectMode: 1, encoding: 'bad' }));
t('D opts 1', () => Duplex.fromWeb(new TransformStream(), 1));
t('D opts null', () => Duplex.fromWeb(new TransformStream(), null));
t('D.toWeb 1', () => Duplex.toWeb(1));
t('W.toWeb null', () => Writable.toWeb(null));
t('R.toWeb null opts', () => Readable.toWeb(new Readable(), null));
