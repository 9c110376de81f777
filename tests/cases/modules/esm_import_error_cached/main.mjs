// An ES module that fails to parse: import() rejects with the same error each time (node keeps
// the failed module job), each require() makes a new one; the errors have no own enumerable keys.
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const required = [];
for (let i = 0; i < 2; i++) {
  try { require('./bad.mjs'); } catch (e) { required.push(e); }
}
console.log('require twice, same error:', required[0] === required[1], Object.keys(required[0]), required[0].message);
const errors = [];
for (let i = 0; i < 2; i++) {
  try { await import('./bad.mjs'); } catch (e) { errors.push(e); }
}
console.log('import twice, same error:', errors[0] === errors[1], Object.keys(errors[0]), errors[0].name);
console.log('import after require, same error:', errors[0] === required[0]);
console.log(errors[0] instanceof SyntaxError, typeof errors[0].stack);
