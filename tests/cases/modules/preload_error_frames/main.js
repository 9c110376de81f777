// @cli: -r ./handler.js -r ./thrower.js main.js
// An error out of a --require module has node's preloading frames below its Module._load
// (internalRequire, Module._preloadModules, ... run_main_module:11:19), not the entry's runMain.
console.log('never');
