// A top-level await that never settles (here in an imported module): node 20 exits 13 once
// the loop is empty; its 'exit' listeners see code 0 and process.exitCode 13; the work queued
// before still runs.
import './dep.mjs';
process.on('exit', (code) => console.log('exit', code, process.exitCode));
console.log('main never runs');
