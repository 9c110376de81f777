let r;
try { r = require('./a.mjs').default; } catch (e) { r = [e.code, e.message.split(__dirname).join('<dir>')]; }
module.exports = r;
