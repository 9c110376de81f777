// process.config.variables.node_module_version: node 20's ABI number (an integer, as
// process.versions.modules's string); addon loaders (node-gyp-build, prebuild) read it.
const v = process.config.variables;
console.log(Object.hasOwn(v, 'node_module_version'), v.node_module_version, typeof v.node_module_version);
console.log(String(v.node_module_version) === process.versions.modules, v.napi_build_version, process.versions.napi);
