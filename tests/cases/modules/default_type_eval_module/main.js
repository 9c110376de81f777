// @cli: --experimental-default-type=module --eval "console.log(typeof require, typeof import.meta.url)"
// --experimental-default-type=module: string input is an ES module.
