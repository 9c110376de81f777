// Property shapes as node 20 defines them: EventEmitter's static setMaxListeners/init/
// listenerCount are anonymous, errorMonitor is writable, the kCapture default is hidden;
// Event#isTrusted is not configurable; EventTarget's nodejs.event_target mark is a plain
// property; URLSearchParams iterator methods are methods; url exports urlToHttpOptions last and
// pathToFileURL takes (path, options); timers' deprecated helpers are util.deprecate wrappers;
// punycode's toASCII/toUnicode are plain functions; Url.prototype.parseHost comes last.
const util = require('util');
const events = require('events');
console.log(util.inspect(events));
const shape = (obj, keys) => keys.map((k) => {
  const d = Object.getOwnPropertyDescriptor(obj, k);
  const f = d.value ?? d.get;
  const fn = typeof f === 'function' ? `${JSON.stringify(f.name)}/${f.length}/${Object.hasOwn(f, 'prototype')}` : typeof f;
  return `${String(k)}:${d.enumerable ? 'e' : '-'}${d.configurable ? 'c' : '-'}${'value' in d ? (d.writable ? 'w' : '-') : 'a'}:${fn}`;
}).join(' ');
const kCapture = Object.getOwnPropertySymbols(events.prototype).find((s) => s.description === 'kCapture');
console.log(shape(events, ['errorMonitor', 'defaultMaxListeners', 'setMaxListeners', 'init', 'listenerCount']));
console.log(shape(events.prototype, [kCapture]));
console.log(shape(Event.prototype, ['isTrusted', 'type']), shape(EventTarget, [Symbol.for('nodejs.event_target')]));
const itProto = Object.getPrototypeOf(new URLSearchParams('a=1').keys());
console.log(Reflect.ownKeys(itProto).map(String).join(), shape(itProto, ['next', util.inspect.custom]));
console.log(Reflect.ownKeys(URLSearchParams.prototype).slice(-3).map(String).join());
const url = require('url');
console.log(Object.keys(url).join(), url.pathToFileURL.length, Object.keys(url.Url.prototype).join());
const timers = require('timers');
console.log(shape(timers, ['enroll', 'unenroll', 'active', '_unrefActive', 'promises']));
process.noDeprecation = true;
const punycode = require('punycode');
console.log(shape(punycode, ['toASCII', 'toUnicode', 'encode']));
