// Reading a namespace's export before its module ran (an import cycle): V8's TDZ ReferenceError.
import './dep.mjs';
export class K {}
export const v = 1;
