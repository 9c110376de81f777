// An await inside a function is not top-level: this one can be required.
export const f = async () => { await null; return 'f'; };
console.log('async-fn.mjs runs');
