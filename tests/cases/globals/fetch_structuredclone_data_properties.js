// node 20: fetch and structuredClone are plain function-valued data properties of globalThis
// (atob/btoa/performance stay accessors); require('_http_server') has node's keys.
for (const name of ['fetch', 'structuredClone', 'atob', 'performance']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, 'value' in d ? typeof d.value : 'accessor', d.enumerable, d.configurable, 'writable' in d ? d.writable : '-');
}
console.log(fetch.name, fetch.length, structuredClone.name);
console.log(structuredClone({ a: [1, { b: 2n }], d: new Date(0) }));
try { structuredClone(); } catch (e) { console.log(e.name, e.code || ''); }
try { structuredClone(() => {}); } catch (e) { console.log(e.name); }
console.log(Object.keys(require('_http_server')));
console.log(require('_http_server').ServerResponse === require('http').ServerResponse);
globalThis.fetch = 1;
console.log(fetch);
