// Errors made while an ES module graph first runs: node's ModuleJob.run frames (and the entry
// point's) below the module's; a CommonJS module it imports shows node's translator frames;
// after a top-level await, only the module's frame.
import './dep.mjs';
import './dep.cjs';
function f() { return new Error('in f').stack; }
console.log(f());
console.log(new Error('top').stack);
try { JSON.parse('{'); } catch (e) { console.log(e.name); }
await null;
console.log(new Error('after await').stack);
