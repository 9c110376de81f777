// @cli: --experimental-default-type=commonjs --eval "import.meta.url"
// --experimental-default-type=commonjs: string input is CommonJS (no module detection), so
// import.meta is a SyntaxError.
