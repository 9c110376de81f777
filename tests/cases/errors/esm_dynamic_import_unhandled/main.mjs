// A dynamic import() whose promise rejects unhandled (the imported module throws while it is
// evaluated): node's unhandled-rejection report, exit code 1; a handled one goes on.
import('./missing-handled.mjs').catch((e) => console.log('handled', e.code));
process.on('exit', (code) => console.log('exit', code));
import('./thrower.mjs');
setTimeout(() => console.log('not reached'), 50);
