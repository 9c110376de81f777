var a, c, e = {}, g, j, k;
module.exports = { a, b: c, d: e.f, g, 'h-i': j, k };
