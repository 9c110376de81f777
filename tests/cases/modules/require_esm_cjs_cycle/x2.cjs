let r;
try { r = require('./x3.mjs').v; } catch (e) { r = [e.code, e.name, e.message.split(__dirname).join('<dir>')]; }
module.exports = r;
