// An error escaping the entry ES module (inside a called function, before any await) ends
// the process with node's report and exit code 1; output printed before it is kept.
import { EventEmitter } from 'node:events';
console.log('before');
process.on('exit', (code) => console.log('exit', code, process.exitCode));
function check(value) {
  if (typeof value !== 'number') throw new TypeError(`expected a number, got ${typeof value}`);
}
check(new EventEmitter());
console.log('not reached');
