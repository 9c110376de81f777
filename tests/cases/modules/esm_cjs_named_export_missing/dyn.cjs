module.exports = {};
module.exports['lat' + 'er'] = 1;
