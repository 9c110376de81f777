module.exports = new Proxy({}, { getPrototypeOf() { throw new Error('trap'); }, setPrototypeOf() { throw new Error('trap'); } });
require('./pb.js');
