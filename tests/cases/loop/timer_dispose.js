// Timeout and Immediate are disposable (clearing them) and a Timeout's methods are node's.
const t = setTimeout(() => console.log('timeout: never'), 1);
const i = setImmediate(() => console.log('immediate: never'));
t[Symbol.dispose]();
i[Symbol.dispose]();
console.log(t._destroyed, i._destroyed, t.hasRef(), process.getActiveResourcesInfo().filter((r) => r === 'Timeout' || r === 'Immediate'));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(t)).join(), Object.getOwnPropertyNames(Object.getPrototypeOf(i)).join());
const s = require('util').inspect(setTimeout(() => {}, 1));
console.log(s.startsWith('Timeout {'), s.includes('_onTimeout: [Function (anonymous)]'), s.includes('_repeat: null'));
