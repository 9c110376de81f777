let r;
try { r = require('./c.mjs').default; } catch (e) { r = [e.code, e.message.split(__dirname).join('<dir>')]; }
module.exports = r;
