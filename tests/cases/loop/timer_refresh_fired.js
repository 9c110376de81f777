// Timers as node's: refresh() in the callback or after firing re-arms, a cleared timer stays
// cleared; _timerArgs/_argv undefined without arguments; fields in node's order.
let n = 0;
const t = setTimeout(() => {
  console.log('fired', n, t._destroyed, t.hasRef());
  if (++n === 1) t.refresh();
  else if (n === 2) setImmediate(() => { console.log('imm', t._destroyed); t.refresh(); console.log('refreshed', t._destroyed); });
  else startF();
}, 1);
const c = setTimeout(() => console.log('cleared: never'), 1);
clearTimeout(c);
console.log(c._idleTimeout, c._onTimeout, c._destroyed);
c.refresh();
console.log(c._destroyed, process.getActiveResourcesInfo().filter((r) => r === 'Timeout'));
const a = setTimeout(() => {}, 1);
console.log(a._timerArgs, setTimeout((x) => console.log('arg', x), 1, 'A')._timerArgs);
const i = setImmediate(() => {}); console.log(i._argv, Object.keys(i).join(), Object.keys(a).join());
clearImmediate(i); console.log(i._onImmediate, i._destroyed);
const iv = setInterval(() => { console.log('iv', iv._destroyed, iv._idleTimeout); clearInterval(iv); console.log('cleared', iv._destroyed, iv._idleTimeout); }, 1);
function startF() {
  const f = setTimeout(() => {
    console.log('f fired');
    setImmediate(() => {
      clearTimeout(f); // after firing: node keeps its duration but drops its callback
      console.log('f', f._idleTimeout, f._destroyed, f._onTimeout);
      f.refresh();
      setTimeout(() => console.log('f refreshed without callback: dropped', f._destroyed), 5);
    });
  }, 2);
}
