// The AbortError an abort() without a reason makes has node's frames: new DOMException, then
// AbortController.abort / AbortSignal.abort (rjs showed its method's default-parameter frame).
const ac = new AbortController();
ac.abort();
console.log(ac.signal.reason.stack);
console.log(AbortSignal.abort().reason.stack);
console.log(AbortController.prototype.abort.length, AbortSignal.abort.length);
function cancel(c) { c.abort(); }
const c2 = new AbortController();
cancel(c2);
console.log(c2.signal.reason.stack.split('\n').slice(0, 4).join('\n'));
