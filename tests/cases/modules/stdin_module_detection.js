// @cli: -
// @stdin: import { basename } from 'node:path';\nconsole.log(basename('/a/b.txt'), typeof module);
// Module syntax detection for code from stdin.
