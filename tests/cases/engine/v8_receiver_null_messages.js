// V8's TypeError texts for null/undefined receivers and arguments of a few built-ins.
const t = (label, f) => {
  try { console.log(label, 'no error', f()); } catch (e) { console.log(label, e.constructor.name + ': ' + e.message); }
};
t('setPrototypeOf null', () => Object.setPrototypeOf(null, {}));
t('setPrototypeOf undefined', () => Object.setPrototypeOf(undefined, null));
t('setPrototypeOf null, 1', () => Object.setPrototypeOf(null, 1));
t('setPrototypeOf 1', () => Object.setPrototypeOf(1, {}));
t('setPrototypeOf {}, 1', () => Object.setPrototypeOf({}, 1));
t('toString null', () => Function.prototype.toString.call(null));
t('toString {}', () => Function.prototype.toString.call({}));
t('toString 1', () => Function.prototype.toString.call(1));
t('Array.from null', () => Array.from(null));
t('Array.from undefined', () => Array.from(undefined));
t('Array.from()', () => Array.from());
t('Array.from 1', () => Array.from(1).length);
t('Array.from {length:2}', () => Array.from({ length: 2 }).length);
t('Uint8Array.from null', () => Uint8Array.from(null));
