'use strict';
// process.versions and process.release have read-only fields (still configurable), and
// process.config is deep-frozen, as node 20's: strict-mode writes throw, nothing changes.
const show = (o, k) => { const d = Object.getOwnPropertyDescriptor(o, k); return `${d.writable}/${d.enumerable}/${d.configurable}`; };
console.log(show(process.versions, 'node'), show(process.versions, 'v8'), show(process.release, 'name'), show(process, 'config'), show(process, 'versions'));
console.log(Object.isFrozen(process.config), Object.isFrozen(process.config.variables), Object.isFrozen(process.versions), Object.isExtensible(process.versions));
for (const [what, f] of [
  ['versions.node', () => { process.versions.node = '1'; }],
  ['release.lts', () => { process.release.lts = 'x'; }],
  ['config.variables.x', () => { process.config.variables.x = 1; }],
  ['config.target_defaults.y', () => { process.config.target_defaults.y = 1; }],
]) {
  try { f(); console.log(what, 'written'); } catch (e) { console.log(what, e.name); }
}
process.versions.extra = '1';
delete process.versions.extra;
console.log(process.versions.node === process.version.slice(1), process.release.lts, typeof process.config.variables.napi_build_version);
