const a = require("./a.js"); module.exports = a.missing;
