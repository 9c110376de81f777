// @cli: --input-type=module
// @stdin: console.log(typeof import.meta.url, import.meta.url.endsWith('/[eval1]'));\nawait null;\nconsole.log('after await');
// --input-type=module runs code piped to stdin as an ES module.
