module.exports = "dir-index";
