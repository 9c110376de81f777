// ReadableStream/WritableStream/TransformStream constructors and getReader(): argument checks and the
// order node reads the strategy/source members in; cancel/closed/releaseLock promise behaviour.
const { ReadableStream, WritableStream, TransformStream } = require('stream/web');
const E = (e) => `${e.name}|${e.code}|${e.message}`;
const t = (n, f) => { try { const v = f(); console.log(n, 'ok', typeof v); } catch (e) { console.log(n, E(e)); } };
const r = new ReadableStream();
for (const mode of ['', null, 'asdf', undefined, 'byob']) t('mode ' + mode, () => new ReadableStream({ type: 'bytes' }).getReader({ mode }));
for (const o of [1, 'asdf', null, undefined, {}, []]) t('opts ' + JSON.stringify(o), () => new ReadableStream().getReader(o));
t('mode byob non-bytes', () => new ReadableStream().getReader({ mode: 'byob' }));
t('getter order', () => new ReadableStream({ get start() { throw new Error('boom1'); } }, { get size() { throw new Error('boom2'); } }));
t('getter order2', () => new ReadableStream({ get type() { throw new Error('type'); }, get start() { throw new Error('start'); } }, { get highWaterMark() { throw new Error('hwm'); } }));
t('hwm obj', () => new ReadableStream({}, { highWaterMark: {} }));
t('hwm str', () => new ReadableStream({ type: 'bytes' }, { highWaterMark: 'a' }));
t('size str', () => new ReadableStream({}, { size: 'a' }));
t('bytes size', () => new ReadableStream({ type: 'bytes' }, { size: () => 1 }));
t('type bytes obj', () => new ReadableStream({ type: { toString() { return 'bytes'; } } }));
t('type undefined str', () => new ReadableStream({ type: 'undefined' }));
(async () => {
  const s = new ReadableStream(); const c1 = s.cancel(); const c2 = s.cancel(); console.log(c1 !== c2, await c1, await c2);
  const s2 = new ReadableStream({ start(c) { c.close(); } }); const rd = s2.getReader(); const b = rd.closed; rd.releaseLock(); const a = rd.closed; console.log('closed identity', a === b); await b; await a.catch((e) => console.log(E(e)));
  const s3 = new ReadableStream({ start(c) { c.enqueue(Buffer.from('hello')); } }); const rd3 = s3.getReader(); await s3.cancel().catch((e) => console.log('cancel locked', E(e))); rd3.cancel(); console.log(await rd3.read());
  const s4 = new ReadableStream({ async start() { throw new Error('boom'); } }); s4.getReader().releaseLock(); const rd4 = s4.getReader(); await rd4.closed.catch((e) => console.log('start throw', e.message));
  const s5 = new ReadableStream({ cancel: () => Promise.reject('Cancel Error') }); await s5.cancel().catch((e) => console.log('cancel reject', e));
  const s6 = new ReadableStream({ cancel() { throw new Error('Cancel Error'); } }); await s6.cancel().catch((e) => console.log('cancel throw', e.message));
  const it = new ReadableStream().values(); it.return(); console.log(await it.next());
})();
const order = [];
const spy = (name, o) => new Proxy(o, { get(t, k, r) { if (typeof k === 'string') order.push(name + '.' + k); return Reflect.get(t, k, r); } });
new ReadableStream(spy('src', {}), spy('strat', {})); console.log('rs', order.splice(0).join());
new WritableStream(spy('sink', {}), spy('strat', {})); console.log('ws', order.splice(0).join());
new TransformStream(spy('tr', {}), spy('ws', {}), spy('rs', {})); console.log('ts', order.splice(0).join());
new ReadableStream(spy('src', { type: 'bytes' }), spy('strat', {})); console.log('rsb', order.splice(0).join());
for (const f of [() => new ReadableStream([]), () => new WritableStream([]), () => new TransformStream([]), () => new ReadableStream({}, []), () => new TransformStream({}, [], null)]) t('arr', f);
