// node:sqlite is node 22's: node 20 has no such built-in (require, import and isBuiltin say so).
const { isBuiltin } = require('module');
console.log(isBuiltin('node:sqlite'), isBuiltin('sqlite'), isBuiltin('node:test'), isBuiltin('node:sea'));
try { require('node:sqlite'); } catch (e) { console.log(e.code, e.message); }
import('node:sqlite').catch((e) => console.log(e.code, e.message));
