// util._errnoException / util._exceptionWithHostPort: node's shapes, names and lengths.
const util = require('util');
console.log(util._errnoException.name, util._errnoException.length, util._exceptionWithHostPort.name, util._exceptionWithHostPort.length);
const e = util._errnoException(-2, 'open', 'extra'); console.log(e.message, e.code, e.errno, e.syscall, e instanceof Error, Object.keys(e));
const h = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80, 'x'); console.log(h.message, h.code, h.address, h.port, Object.keys(h));
