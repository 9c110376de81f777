module.exports = { k, ...require('./o') };
__exportStar(require("./p"), exports); module.exports = require('./q');
var k;
function __exportStar() {}
