// Wraps Module.runMain: it is called once, with the entry's absolute path as given.
const Module = require('module');
const original = Module.runMain;
Module.runMain = function (main, ...rest) {
  console.log('runMain called with', require('path').relative(__dirname, main), rest.length);
  return original.call(this, main, ...rest);
};
