// A '#' specifier goes through "imports" only in a package scope that has an "imports" field
// (node's Module._resolveFilename); elsewhere it is looked up like any name (node_modules).
const show = (f) => { try { return f(); } catch (e) { return `${e.code}: ${e.message.split('\n')[0]}`; } };
console.log(show(() => require('#legacy')));
console.log(show(() => require('#missing')));
console.log(require('./scoped/use.js'));
