// Extra arguments are counted as given (an explicit undefined is one), as node's
// arguments.length-based setImmediate/setTimeout/setInterval: the callback's arguments and the
// _argv/_timerArgs that inspect shows.
const report = (what) => function (...a) { console.log(what, arguments.length, a); };
const imms = [setImmediate(report('imm0')), setImmediate(report('imm1'), undefined), setImmediate(report('imm4'), 1, 2, 3, 4)];
console.log(imms.map((i) => i._argv));
setImmediate(() => {
  const t0 = setTimeout(report('tmo0'), 1);
  const t2 = setTimeout(report('tmo2'), 1, 'a', undefined);
  console.log(t0._timerArgs, t2._timerArgs);
  const iv = setInterval(function (...a) { report('int1').apply(this, a); clearInterval(iv); }, 1, undefined);
  console.log(iv._timerArgs);
});
for (const f of [setTimeout, setInterval, setImmediate]) {
  try { f('x'); } catch (e) { console.log(f.name, e.code, e.message); }
  const d = Object.getOwnPropertyDescriptor(f, 'length');
  console.log(f.name, d.value, d.writable, d.enumerable, d.configurable);
}
