// ReadableStream.from's argument errors as node's getIterator (the engine's TypeError for
// null/undefined, ERR_ARG_NOT_ITERABLE formatted as %s, a TypeError for a non-callable
// method), and web-stream errors have their base class as constructor (rjs: NodeTypeError).
'use strict';
const log = (...a) => console.log(...a);
const show = (l) => (e) => log(l, e.constructor.name, e.constructor === TypeError, e instanceof TypeError, e.code, e.code ? e.message : '');
for (const bad of [1, null, undefined, {}, { a: 1 }, [1].values().next(), { [Symbol.iterator]: 1 }]) {
  try { ReadableStream.from(bad); log('accepted', bad); } catch (e) { show(`from(${require('util').inspect(bad)})`)(e); }
}
try { const r = new ReadableStream(); r.getReader(); r.getReader(); } catch (e) { show('locked')(e); }
(async () => {
  const it = { [Symbol.asyncIterator]() { return { next: async () => 5 }; } };
  await ReadableStream.from(it).getReader().read().catch(show('next non-object'));
  await new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }).read(new Uint8Array(0)).catch(show('byob empty view'));
})();
