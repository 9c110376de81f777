var n; module.exports = { m() {}, n };
