// process._linkedBinding and the deprecated process.assert as node's; features.require_module.
try{process._linkedBinding("x")}catch(e){console.log(e.name, e.message, e.code)}
process.assert(true); try{process.assert(false, "m")}catch(e){console.log(e.name, e.code, e.message)}
console.log(process.features.require_module, process.config.variables.napi_build_version);
