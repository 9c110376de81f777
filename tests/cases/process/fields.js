// process fields: title (a string), argv0 and version read-only, pid, execArgv.
console.log(typeof process.title, process.title === process.argv0 || process.title === process.execPath);
process.title = 42;
console.log(typeof process.title, process.title === process.argv0 || process.title === process.execPath);
process.title = 'renamed';
console.log(process.title);
console.log(typeof process.argv0, process.execArgv);
for (const k of ['argv0', 'version', 'versions', 'arch', 'platform', 'release', 'pid', 'features', 'config']) {
  const d = Object.getOwnPropertyDescriptor(process, k);
  console.log(k, d.writable, d.enumerable, d.configurable);
}
'use strict';
try { (function () { 'use strict'; process.version = 'v1'; })(); } catch (e) { console.log(e.name); }
console.log(process.version === 'v1', 'noDeprecation' in process, 'throwDeprecation' in process);
console.log(Object.prototype.toString.call(process), String(process.exitCode));
