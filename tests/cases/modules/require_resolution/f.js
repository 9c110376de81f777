module.exports = "f.js";
