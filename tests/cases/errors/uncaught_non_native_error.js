// A thrown object that is not a native error but has a stack (an old-style subclass made with
// Error.call + captureStackTrace): node reports its stack, the excerpt set apart by a blank line
// above it (none below, unlike a native error's).
function Legacy(msg) { Error.call(this); this.message = msg; Error.captureStackTrace(this, Legacy); }
require('util').inherits(Legacy, Error);
Legacy.prototype.name = 'Legacy';
console.log(require('util').types.isNativeError(new Legacy('x')));
throw new Legacy('old style');
