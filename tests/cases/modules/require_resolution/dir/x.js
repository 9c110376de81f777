module.exports = "dir-x";
