// A module namespace inspects as node 20's "[Module: null prototype] { ... }", bindings still in
// their temporal dead zone as <uninitialized> (this module imports itself to see its own).
import * as self from './inspect_module_namespace.mjs';
import * as path from 'node:path';
import util from 'node:util';

console.log(self);
console.log(util.inspect(self, { compact: false, sorted: true }));
console.log(util.inspect({ self }, { depth: 0 }), util.types.isModuleNamespaceObject(self));
console.log(util.types.isModuleNamespaceObject({}), util.types.isModuleNamespaceObject(Object.create(null)));
console.log(util.inspect(path).split('\n')[0]);

export const late = 1;
export let other = 'x';
export function hoisted() {}
export class K {}
await 0;
console.log(self);
console.log(util.inspect(self, { showHidden: true }));
