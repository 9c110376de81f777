module.exports = function internal() {};
