// Web stream option checks as node's (pipeTo/pipeThrough/getReader/values options, source and
// strategy members, autoAllocateChunkSize: 0 is ERR_INVALID_ARG_VALUE, other bad values fail node's
// internal assert; rjs coerced '8' and threw RangeErrors), plus cancel/abort reason plumbing.
const log = (...a) => console.log(...a);
const err = (l) => (e) => log(l, 'ERR', e && e.constructor.name, e && e.code, e && e.message);
const t = (l, f) => { try { const r = f(); log(l, 'ok', r && r.constructor && r.constructor.name); } catch (e) { err(l)(e); } };
(async () => {
  const mk = () => new ReadableStream({ start(c) { c.enqueue('a'); c.close(); } });
  for (const o of [1, null, 'x', { preventClose: 1 }, { signal: 1 }, { signal: {} }, []]) await mk().pipeTo(new WritableStream(), o).then(() => log('pipeTo ok', o), err(`pipeTo ${JSON.stringify(o)}`));
  await mk().pipeTo(1).catch(err('pipeTo dest 1'));
  t('pipeThrough 1', () => mk().pipeThrough(1));
  t('pipeThrough {}', () => mk().pipeThrough({}));
  t('pipeThrough no readable', () => mk().pipeThrough({ writable: new WritableStream() }));
  t('pipeThrough opts 1', () => mk().pipeThrough(new TransformStream(), 1));
  t('pipeThrough signal bad', () => mk().pipeThrough(new TransformStream(), { signal: 1 }));
  t('getReader null', () => mk().getReader(null));
  t('getReader {mode:undefined}', () => mk().getReader({ mode: undefined }));
  t('getReader byob on default', () => mk().getReader({ mode: 'byob' }));
  t('getReader mode obj', () => new ReadableStream({ type: 'bytes' }).getReader({ mode: { toString() { return 'byob'; } } }));
  t('values null', () => mk().values(null));
  t('type bad', () => new ReadableStream({ type: 'byte' }));
  t('type obj', () => new ReadableStream({ type: { toString() { return 'bytes'; } } }));
  t('size bytes', () => new ReadableStream({ type: 'bytes' }, { size() { return 1; } }));
  t('autoAllocate 0', () => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }));
  t('autoAllocate str', () => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: '8' }));
  t('autoAllocate 1.5', () => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 1.5 }));
  t('pull not fn', () => new ReadableStream({ pull: 1 }));
  t('start not fn', () => new ReadableStream({ start: 1 }));
  t('cancel not fn', () => new ReadableStream({ cancel: 1 }));
  t('write not fn', () => new WritableStream({ write: 1 }));
  t('transform not fn', () => new TransformStream({ transform: 1 }));
  t('flush not fn', () => new TransformStream({ flush: 1 }));
  t('hwm string', () => new CountQueuingStrategy({ highWaterMark: '5' }).highWaterMark);
  t('strategy no hwm', () => new CountQueuingStrategy({}));
  t('strategy 1', () => new CountQueuingStrategy(1));
  log(new CountQueuingStrategy({ highWaterMark: '5' }).highWaterMark, new ByteLengthQueuingStrategy({ highWaterMark: -1 }).highWaterMark);
  const ws = new WritableStream({ start(c) { log('signal', c.signal.constructor.name, c.signal.aborted); this.c = c; }, abort(r) { log('sink abort', r); } });
  const w = ws.getWriter(); await w.abort('reason1'); log('after abort');
  const ts = new TransformStream({ cancel(r) { log('transformer cancel', r); } });
  await ts.readable.cancel('rc'); log('ts cancelled');
  const ts2 = new TransformStream({ flush() { log('flush'); } }, undefined, { highWaterMark: 0 });
  log(ts2.writable.getWriter().desiredSize);
  const [a, b] = new ReadableStream({ cancel(r) { log('tee cancel', r); } }).tee();
  await Promise.all([a.cancel('x'), b.cancel('y')]);
  const r3 = new ReadableStream({ start(c) { c.enqueue(1); c.error(new Error('e3')); } });
  await r3.getReader().read().catch(err('read after error'));
})();
