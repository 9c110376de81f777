// process.env stores strings: values are coerced on assignment and defineProperty, symbols
// throw, names the OS cannot hold are ignored, delete always succeeds, accessors are refused.
const env = process.env;
const show = (f) => { try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.message); } };
env.RJS_T1 = 1; console.log(typeof env.RJS_T1, env.RJS_T1);
env.RJS_T2 = true; env.RJS_T3 = undefined; env.RJS_T4 = null; env.RJS_T5 = { toString() { return 'obj'; } };
env.RJS_T6 = [1, 2]; env.RJS_T7 = 10n;
console.log([2, 3, 4, 5, 6, 7].map((i) => JSON.stringify(env[`RJS_T${i}`])).join(' '));
show(() => { env.RJS_SYM = Symbol('x'); });
show(() => { env[Symbol('k')] = 'v'; });
console.log(env[Symbol('k')], 'RJS_SYM' in env);
console.log('RJS_T1' in env, delete env.RJS_T1, 'RJS_T1' in env, delete env.RJS_NOPE, env.RJS_T1);
console.log(Object.keys(env).filter((k) => k.startsWith('RJS_T')).join());
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(env, 'RJS_T2')));
show(() => Object.defineProperty(env, 'RJS_D1', { value: 'x' }));
show(() => Object.defineProperty(env, 'RJS_D2', { get() { return 'x'; }, configurable: true, enumerable: true }));
show(() => Object.defineProperty(env, 'RJS_D3', { configurable: true, writable: true, enumerable: true }));
show(() => Object.defineProperty(env, 'RJS_D4', { value: Symbol('v'), configurable: true, writable: true, enumerable: true }));
Object.defineProperty(env, 'RJS_D5', { value: 5, configurable: true, writable: true, enumerable: true });
console.log(typeof env.RJS_D5, env.RJS_D5, 'RJS_D1' in env, 'RJS_D2' in env);
env[''] = 'empty'; env['A=B'] = 'eq';
console.log(JSON.stringify(env['']), env['A=B'], Reflect.set(env, '', 'x'));
env.rjs_t2 = 'lower'; console.log(env.RJS_T2, env.rjs_t2);
env[7] = 7; console.log(typeof env[7]);
env.__proto__ = 'p'; console.log(env.__proto__, typeof env.toString, env.hasOwnProperty('RJS_T2'));
const copy = { ...env }; console.log(typeof copy.RJS_D5, JSON.parse(JSON.stringify(env)).RJS_T6);
