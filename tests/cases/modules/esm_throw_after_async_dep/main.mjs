// A module without top-level await whose dependency has one, and that throws when it runs:
// its error is reported (exit 1). (Boa rejected the already fulfilled dependency instead, so
// the entry's evaluation never settled: rjs exited 13 without a word.)
import './dep.mjs';
console.log('main runs');
throw new Error('after an async dependency');
