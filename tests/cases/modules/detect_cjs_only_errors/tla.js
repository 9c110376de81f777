// Top-level await in a typeless file without module syntax: an ES module (node 20.19+).
const value = await Promise.resolve(7);
console.log("tla.js", value, typeof require, typeof module);
