import path from 'node:path';
import { EventEmitter } from 'node:events';
import def, { named } from './lib.mjs';
import cjs from './dep.cjs';
import { kind } from 'pkg-exports-esm';
import dep, { x } from 'cjs-dep';
console.log(def, named, cjs.value, kind, dep.x, x);
console.log(path.basename(import.meta.url), path.basename(import.meta.filename), import.meta.dirname === path.dirname(import.meta.filename));
const dyn = await import('./lib.mjs');
console.log(dyn.named, typeof dyn.default);
await new Promise((r) => setTimeout(r, 5));
console.log('after top-level await', typeof require, typeof EventEmitter);
try { await import('./missing.mjs'); } catch (e) { console.log(e.code); }
