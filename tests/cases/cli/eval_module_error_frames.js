// @cli: --input-type=module -e "function f() { return new Error('in f').stack; } console.log(f()); console.log(new Error('top').stack); await null; console.log(new Error('after await').stack);"
// Errors made by -e code run as an ES module: node's ModuleJob.run and ModuleLoader.eval frames below the module's first run, none after an await.
