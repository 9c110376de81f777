// An Error subclass's stack starts below its construction, as in V8 (no 'at new AppError'
// frames), also for implicit constructors; old-style errors and captureStackTrace are unchanged.
class AppError extends Error { constructor(m) { super(m); this.name = 'AppError'; } }
class NotFound extends AppError { constructor(what) { super(`${what} not found`); this.status = 404; } }
class Plain extends Error {}
function make() { return new NotFound('page'); }
console.log(make().stack.split(__dirname).join('.').split('\n').slice(0, 3).join('\n'));
console.log(new Plain('p').stack.split(__dirname).join('.').split('\n').slice(0, 2).join('\n'));
function OldStyle(m) { const e = new Error(m); return e; }
console.log(OldStyle('o').stack.split(__dirname).join('.').split('\n').slice(0, 2).join('\n'));
function Legacy(msg) { Error.call(this, msg); this.message = msg; Error.captureStackTrace(this, Legacy); }
Legacy.prototype = Object.create(Error.prototype); Legacy.prototype.name = 'Legacy';
console.log(new Legacy('l').stack.split(__dirname).join('.').split('\n').slice(0, 2).join('\n'));
console.log(String(require('util').inspect(make())).split(__dirname).join('.'));
