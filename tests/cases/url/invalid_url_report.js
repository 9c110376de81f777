// An uncaught invalid URL is reported at node's internal/url source line (first stderr line
// "node:internal/url:806"), exit code 1.
console.log('parsing');
new URL('not a url');
