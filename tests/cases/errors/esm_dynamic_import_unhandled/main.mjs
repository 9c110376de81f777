// A dynamic import() whose promise rejects unhandled (the imported module throws while it is
// evaluated): node's unhandled-rejection report, exit code 1; a handled one goes on.
import('./missing-handled.mjs').catch((e) => console.log('handled', e.code));
process.on('exit', (code) => console.log('exit', code));
import('./thrower.mjs');
// Long enough that a loaded machine's import of thrower.mjs still comes first (with 50 ms node
// itself printed 'not reached' once).
setTimeout(() => console.log('not reached'), 5000);
