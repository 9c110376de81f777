// node:path — POSIX path semantics (process.platform is 'linux') as `path`/`path.posix`, and
// Windows semantics as `path.win32` (drive letters, UNC roots, both slashes, reserved device
// names, resolve against process.cwd() as node does on a POSIX host). Node's algorithms; the
// POSIX ones run natively (node/path.rs), win32's in internal/path_win32.
'use strict';

const { validateString, validateObject } = require('internal/validators');

let globWarned = false;
function matchGlob(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  if (!globWarned) {
    globWarned = true;
    process.emitWarning('glob is an experimental feature and might change at any time', 'ExperimentalWarning');
  }
  if (windows) { path = path.replace(/\\/g, '/'); pattern = pattern.replace(/\\/g, '/'); }
  const re = new RegExp('^' + pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\/?/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]').replace(/\u0000/g, '(?:.*/)?') + '$');
  return re.test(path);
}

// The algorithms are native (node/path.rs); they call back into validateString/validateObject
// for argument errors and into process.cwd() when resolve needs it, as node's code does.
const native = internalBinding('path').posix(validateString, validateObject, () => process.cwd());

const posix = {
  resolve: native.resolve,
  normalize: native.normalize,
  isAbsolute: native.isAbsolute,
  join: native.join,
  relative: native.relative,
  toNamespacedPath(path) { return path; },
  dirname: native.dirname,
  basename: native.basename,
  extname: native.extname,
  format: native.format,
  parse: native.parse,
  matchesGlob(path, pattern) { return matchGlob(path, pattern, false); },
  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};
posix._makeLong = posix.toNamespacedPath;

// ---- win32 ---------------------------------------------------------------------------------

// path.win32 lives in its own file, compiled only when first used (start-up reads path.js).
const shared = { formatWin32: native.formatWin32, matchGlob, validateString, validateObject };
let win32;
function getWin32() {
  if (win32 === undefined) {
    win32 = require('internal/path_win32')(shared, posix);
    win32.posix = posix;
    win32.win32 = win32;
  }
  return win32;
}
posix.posix = posix;
Object.defineProperty(posix, 'win32', {
  enumerable: true,
  configurable: true,
  get: getWin32,
  set(v) { Object.defineProperty(posix, 'win32', { value: v, writable: true, enumerable: true, configurable: true }); },
});

module.exports = posix;
