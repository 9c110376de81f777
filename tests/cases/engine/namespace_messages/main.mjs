// Failed writes and definitions on a module namespace object, in V8's words: an export is a
// read-only property of '[object Module]', an unknown name cannot be added, and every
// Object.defineProperty that changes something is a redefinition (what t.mock.method(ns, 'x')
// runs into).
import * as m from './dep.mjs';
import * as path from 'node:path';
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.message); } };
t('assign export', () => { m.b = 2; });
t('assign unknown', () => { m.nope = 2; });
t('delete export', () => delete m.b);
t('delete unknown', () => delete m.nope);
for (const key of ['b', 'extra']) t('define ' + key, () => Object.defineProperty(m, key, { value: 3 }));
t('define same', () => Object.defineProperty(m, 'b', { value: 1 }) === m);
t('define builtin ns', () => Object.defineProperty(path, 'join', { value: 1 }));
t('Reflect.set', () => Reflect.set(m, 'b', 2));
t('Reflect.defineProperty', () => Reflect.defineProperty(m, 'b', { value: 2 }));
t('setPrototypeOf', () => Object.setPrototypeOf(m, {}));
t('freeze', () => Object.freeze(m));
