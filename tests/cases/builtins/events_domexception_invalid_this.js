// DOMException getters on a foreign receiver: node's own per-context error (wording, toString, props).
for (const k of ['name', 'message', 'code']) {
  try { Object.getOwnPropertyDescriptor(DOMException.prototype, k).get.call({}); } catch (e) {
    console.log(e.name, e.code, Object.getOwnPropertyNames(e).join(), String(e), e instanceof TypeError);
    console.log(require('util').inspect(e).split('\n')[0]);
  }
}
