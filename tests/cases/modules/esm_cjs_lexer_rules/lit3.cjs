module.exports = { o: p , r };
var p, r;
