// Every callback of every loop phase (timers, fs completions, immediates) is followed by its
// nextTicks, its microtasks and the unhandled-rejection check, before the next callback.
// (Each phase is started from the one before, so the order does not depend on timing.)
'use strict';
const fs = require('fs');
const log = [];
process.on('unhandledRejection', (r) => log.push(`unhandled ${r}`));
process.on('rejectionHandled', () => log.push('handled later'));
function after(name) {
  log.push(name);
  process.nextTick(() => log.push(`${name} tick`));
  Promise.resolve().then(() => log.push(`${name} micro`));
}
let late;
setTimeout(() => {
  after('timer1');
  late = Promise.reject(new Error('x'));
}, 0);
setTimeout(() => {
  after('timer2');
  late.catch(() => log.push('caught'));
  setImmediate(() => { after('imm1'); Promise.reject('r3'); });
  setImmediate(() => {
    after('imm2');
    fs.stat(__filename, () => {
      after('stat1');
      fs.stat(__filename, () => { after('stat2'); Promise.reject('r2'); });
    });
  });
}, 0);
process.on('exit', () => console.log(log.join('\n')));
