// AbortSignal#onabort as node's event handler attributes: the first assignment (even null)
// registers one listener that keeps its place, reassigning swaps the function it calls, any
// value is stored and read back (undefined reads as null), only functions are called (this =
// the signal), and the accessors are plain named functions.
const { getEventListeners } = require('events');
const ac = new AbortController();
const s = ac.signal;
const log = [];
s.addEventListener('abort', () => log.push('A'));
s.onabort = () => log.push('B');
s.addEventListener('abort', () => log.push('C'));
s.onabort = function () { log.push(this === s ? 'D' : 'D?'); };
ac.abort();
console.log(log.join());
const s2 = new AbortController().signal;
console.log(getEventListeners(s2, 'abort').length);
s2.onabort = null;
console.log(getEventListeners(s2, 'abort').length);
for (const v of ['x', 1, {}, undefined, null]) { s2.onabort = v; console.log(typeof s2.onabort, String(s2.onabort)); }
console.log(getEventListeners(s2, 'abort').length);
const d = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort');
console.log(d.get.name, d.set.name, Object.hasOwn(d.get, 'prototype'), d.enumerable, d.configurable);
