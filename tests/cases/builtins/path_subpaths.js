// require('path/win32') and require('path/posix') are the very objects path.win32 / path.posix.
const path = require('path');
console.log(require('path/win32') === path.win32, require('path/posix') === path.posix, require('node:path/win32') === path.win32);
console.log(require('path/win32').sep, require('path/posix').sep);
