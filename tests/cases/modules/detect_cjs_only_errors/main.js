// node 20.19's module detection for typeless files: a file that fails to compile as CommonJS
// only because of top-level await or a redeclared wrapper variable (require, module, exports,
// __filename, __dirname) is loaded as an ES module; one that also fails as an async function
// body stays CommonJS and throws its error, with no "To load an ES module" warning.
const warnings = [];
process.on('warning', (w) => warnings.push(w.code || w.name));
process.on('exit', () => console.log('warnings:', warnings));
(async () => {
  await import('./tla.js');
  await import('./redeclare.js');
  await import('./hashbang.js');
  try { require('./bad-await.js'); } catch (e) { console.log('bad-await.js', e.name, e.message); }
})();
