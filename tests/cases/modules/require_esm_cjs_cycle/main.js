// A require()d ES module graph that imports a CommonJS module whose code is still running (the
// one that started the require chain): node refuses the cycle with ERR_REQUIRE_CYCLE_MODULE,
// naming the import as written and the importing file, instead of handing out partial exports.
// A graph importing CommonJS modules that finished loading is fine.
console.log(require('./x1.cjs'));
console.log(require('./lib2.cjs'));
