module.exports = __filename.replace(__dirname, "<dir>");
