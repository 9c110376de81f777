// @cli: --expose-gc finalization_registry_at_exit.js
// A collection in a script's last task still gets its FinalizationRegistry callbacks, before
// 'beforeExit' (node drains its platform tasks before the loop may end); one whose callback
// schedules a timer keeps the loop going. A callback's uncaught throw ends the process (exit 1).
// node 20 calls back the cells of one registry in an order that varies from run to run, so the
// first batch is printed sorted once both callbacks have run.
const seen = [];
const fr = new FinalizationRegistry((held) => {
  seen.push(held);
  if (held === 'again') setTimeout(() => { console.log('timer from cleanup'); later(); }, 1);
  if (held === 'fatal') { console.log('cleanup fatal'); throw new TypeError('cleanup failed'); }
  if (seen.length === 2) console.log('cleanup', seen.slice().sort().join(' '));
});
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', (c) => console.log('exit', c));
(function () { fr.register({}, 'first'); fr.register({}, 'again'); })();
gc();
console.log('main end');
function later() {
  (function () { fr.register({}, 'fatal'); })();
  gc();
  setTimeout(() => console.log('not reached: the throw ends the process'), 20);
}
