// @cli: does-not-exist.js
