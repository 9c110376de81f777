// @cli: --pending-deprecation env_pending_deprecation.js
// Under --pending-deprecation, storing a value that is not a string, number or boolean in
// process.env warns DEP0104 once (as node's); the value is still stored as a string.
process.on('warning', (w) => console.log(w.name, w.code, w.message.slice(0, 60)));
process.env.RJS_T_A = 1;
process.env.RJS_T_B = true;
process.env.RJS_T_C = undefined;
process.env.RJS_T_D = null;
Object.defineProperty(process.env, 'RJS_T_E', { value: {}, writable: true, enumerable: true, configurable: true });
console.log(process.env.RJS_T_A, process.env.RJS_T_B, process.env.RJS_T_C, process.env.RJS_T_D, process.env.RJS_T_E);
