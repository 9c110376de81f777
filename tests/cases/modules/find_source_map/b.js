module.exports = 2;
//# sourceMappingURL=b.js.map
