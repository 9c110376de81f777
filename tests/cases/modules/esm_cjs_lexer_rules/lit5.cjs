exports = module.exports = { w: 1 }; exports.z = 1; module.exports.y = 2;
