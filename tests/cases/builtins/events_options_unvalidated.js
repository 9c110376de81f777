// events.once/on in node 20 accept any options value (only options.signal is validated).
const { once, EventEmitter, on } = require('events');
const ee = new EventEmitter();
for (const o of [1, 'hi', null, false, () => {}, Symbol(), 1n]) {
  const p = once(ee, 'x', o);
  p.then(() => console.log('resolved', typeof o), (e) => console.log('rejected', typeof o, e.code));
  console.log(typeof o, ee.listenerCount('x'));
}
ee.emit('x', 1);
for (const o of [1, 'hi', null, false]) {
  try { const it = on(ee, 'y', o); console.log('on ok', typeof o); it.return(); } catch (e) { console.log('on throws', typeof o, e.code); }
}
