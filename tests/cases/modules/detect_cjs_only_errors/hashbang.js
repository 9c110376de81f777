#!/usr/bin/env node
// A hashbang line before top-level await: still an ES module.
const value = await Promise.resolve(8);
console.log("hashbang.js", value);
