// A queuing strategy's size() result is converted to a number before the checks, as node's
// (WebIDL unrestricted double): '3', null, true and valueOf objects count; rjs rejected non-numbers.
'use strict';
const t = (l, sz) => {
  try {
    let ctl; const rs = new ReadableStream({ start(c) { ctl = c; } }, { highWaterMark: 10, size: () => sz });
    ctl.enqueue('x'); console.log(l, 'ok', ctl.desiredSize);
  } catch (e) { console.log(l, e.name, e.code, e.message); }
};
t('string', '3'); t('undefined', undefined); t('null', null); t('bool', true); t('obj', { valueOf() { return 2; } }); t('neg', -1); t('inf', Infinity); t('nan str', 'x'); t('bigint', 1n); t('symbol', Symbol());
const ws = new WritableStream({}, { highWaterMark: 10, size: () => '4' }); const w = ws.getWriter(); w.write('a'); console.log('writable', w.desiredSize);
const ws2 = new WritableStream({}, { size: () => 'bad' }); const w2 = ws2.getWriter(); w2.write('a').catch((e) => console.log('writable bad', e.name, e.code, e.message));
