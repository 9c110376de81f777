// node 20.19+ module syntax detection: a .js file whose package.json has no "type", that does
// not parse as CommonJS but has import/export, is an ES module, for require(), import() and
// import statements; its package.json gets one MODULE_TYPELESS_PACKAGE_JSON warning (on
// import, not on require).
const warnings = [];
process.on('warning', (w) => warnings.push(`${w.code} ${w.message.split(__dirname).join('<dir>')}`));
process.on('exit', () => console.log(warnings));
console.log(require('./required/esm.js').w);
console.log(require('./typeless/cjs.js').z);
import('./typeless/uses.js').then((m) => {
  console.log(m.y);
  console.log(require('./typeless/esm.js').x, require('./typeless/min.js').s);
});
