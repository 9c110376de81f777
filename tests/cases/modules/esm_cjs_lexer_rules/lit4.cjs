module.exports = { ...require('./lit3.cjs'), s: t, 'u': v };
var t, v;
