// t.mock.module (--experimental-test-module-mocks): require() and import of a mocked module
// get the mock (a CommonJS target's namespace is default + names, an ES module's the names
// given), a new instance per import unless `cache`, the original again after restore();
// built-ins by either name; validation and errors as node's. (rjs had no mock.module.)
// @cli: --experimental-test-module-mocks main.mjs
// @normalize: \/\S*\/module_mocks\/
import { mock } from 'node:test';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const show = (ns) => Object.keys(ns).map((k) => `${k}=${typeof ns[k] === 'object' ? JSON.stringify(ns[k]) : typeof ns[k] === 'function' ? 'fn' : ns[k]}`).join(' ');
const attempt = (f) => { try { f(); } catch (e) { console.log(e.code, e.message); } };

let m = mock.module('./dep.cjs', { namedExports: { greet: () => 'mocked', 'a-b': 2 } });
console.log('require:', require('./dep.cjs').greet('x'), require('./dep.cjs') === require('./dep.cjs'));
console.log('import:', show(await import('./dep.cjs')));
const a = await import('./dep.cjs');
console.log('fresh per import:', a !== await import('./dep.cjs'));
attempt(() => mock.module('./dep.cjs'));
m.restore();
m.restore();
console.log('restored:', require('./dep.cjs').greet('y'), show(await import('./dep.cjs')));

m = mock.module('./dep.cjs', { cache: true, defaultExport: { d: 1 } });
const r = require('./dep.cjs');
console.log('cached:', r === require('./dep.cjs'), require.cache[require.resolve('./dep.cjs')].exports === r, (await import('./dep.cjs')) === (await import('./dep.cjs')));
m.restore();

m = mock.module('./dep.mjs', { namedExports: { greet: () => 'G' } });
console.log('esm:', show(await import('./dep.mjs')));
m.restore();
m = mock.module('./dep.mjs', { defaultExport: 5 });
console.log('esm default:', show(await import('./dep.mjs')));
m.restore();
console.log('esm restored:', show(await import('./dep.mjs')));

m = mock.module('node:os', { namedExports: { hostname: () => 'mockhost' } });
console.log('builtin:', require('os').hostname(), require('node:os').hostname(), (await import('os')).hostname());
m.restore();
console.log('builtin restored:', typeof require('os').cpus);

m = mock.module('./dep.cjs', { defaultExport: function f() {}, namedExports: { a: 1 } });
attempt(() => require('./dep.cjs'));
await import('./dep.cjs').catch((e) => console.log(e.message));
m.restore();

const helper = require('./helper.cjs');
helper.mockDual();
console.log('dual from cjs:', helper.requireDual());
mock.reset();
console.log('after reset:', helper.requireDual(), require('./dep.cjs').VALUE);

attempt(() => mock.module(1));
attempt(() => mock.module('./dep.cjs', null));
attempt(() => mock.module('./dep.cjs', { cache: 'yes' }));
attempt(() => mock.module('./dep.cjs', { namedExports: 5 }));
attempt(() => mock.module('./missing.js'));
console.log(Object.keys(mock));
