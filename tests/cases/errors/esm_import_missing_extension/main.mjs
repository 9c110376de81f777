// An import without its file extension: node's ERR_MODULE_NOT_FOUND report with the
// 'Did you mean' hint (a two-line message), shown at run_main's throw site; exit code 1.
console.log('not printed: imports are resolved first');
import './other';
