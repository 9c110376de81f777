// As node 20: events.getEventListeners/setMaxListeners do not guard null/undefined targets (the
// property read fails with a plain TypeError), other non-emitters are ERR_INVALID_ARG_TYPE;
// new Event()/CustomEvent() options may be null but not an array or a function.
const events = require('events');
const run = (label, fn) => { try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); } };
for (const v of [undefined, null, 1, {}]) {
  run(`getEventListeners(${String(v)})`, () => events.getEventListeners(v, 'x'));
  run(`setMaxListeners(1, ${String(v)})`, () => events.setMaxListeners(1, v));
}
for (const v of [null, [], () => {}, {}, 'x']) {
  run(`Event opts ${typeof v}`, () => new Event('e', v));
  run(`CustomEvent opts ${typeof v}`, () => new CustomEvent('e', v));
}
