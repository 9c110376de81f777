import * as ns from './main.mjs';
for (const f of [() => Object.keys(ns), () => ns.K, () => ns.v]) {
  try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); }
}
