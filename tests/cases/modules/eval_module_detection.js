// @cli: -e "import { sep } from 'node:path'; console.log(sep, typeof require, import.meta.url.endsWith('/[eval1]')); await null; console.log('after await')"
// node 20.19's module syntax detection for -e code: import statements and top-level await
// make it the ES module [eval1].
