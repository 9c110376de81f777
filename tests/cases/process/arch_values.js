// The architecture names node reports on the x64 machines these cases are checked on: process.arch,
// os.arch(), os.machine() (uname -m's name) and process.config's host/target arch agree.
const os = require('os');
console.log(process.arch, os.arch(), os.machine(), process.config.variables.host_arch, process.config.variables.target_arch,
  `${process.platform}-${process.arch}`);
