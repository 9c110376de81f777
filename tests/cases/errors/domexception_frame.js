// A DOMException's stack starts at node's constructor frame.
const e = new DOMException('dom message', 'AbortError');
console.log(e.stack.split('\n').slice(0, 2).join('\n'));
try { structuredClone(() => {}); } catch (err) { console.log(err.name, err.stack.split('\n')[1]); }
