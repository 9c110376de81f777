// AbortController's methods on a foreign receiver fail as node's private-field reads do;
// AbortSignal's getters with ERR_INVALID_THIS.
function show(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
show('abort', () => AbortController.prototype.abort.call({}));
show('signal', () => Object.getOwnPropertyDescriptor(AbortController.prototype, 'signal').get.call({}));
show('aborted', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}));
show('reason', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'reason').get.call(null));
show('throwIfAborted', () => AbortSignal.prototype.throwIfAborted.call({}));
const ac = new AbortController();
show('ok', () => { ac.abort('r'); return [ac.signal.aborted, ac.signal.reason]; });
show('abort on null', () => AbortController.prototype.abort.call(null));
show('signal on undefined', () => Object.getOwnPropertyDescriptor(AbortController.prototype, 'signal').get.call(undefined));
