// node:path -- POSIX path semantics (process.platform is 'linux') as `path`/`path.posix`, and
// Windows semantics as `path.win32` (drive letters, UNC roots, both slashes, reserved device
// names, resolve against process.cwd() as node does on a POSIX host). Node's algorithms; the
// POSIX ones run natively (node/path.rs), win32's in internal/path_win32.
'use strict';

const { validateString, validateObject } = require('internal/validators');

let globWarned = false;
// node's path.matchesGlob is minimatch with { windowsPathsNoEscape, nonegate, nocomment,
// optimizationLevel: 2, platform }: braces expand, '\' is '/', `**` spans segments that do not
// start with '.', `*`/`?`/classes/extglobs never match a leading '.', a trailing '/' in the path
// is allowed. Compiled patterns are cached.
const globCache = new Map();
function matchGlob(path, pattern, windows) {
  // (as node: the warning comes first, so a call with invalid arguments still emits it)
  if (!globWarned) {
    globWarned = true;
    process.emitWarning('glob is an experimental feature and might change at any time', 'ExperimentalWarning');
  }
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  if (pattern === '') return path === '';
  const key = (windows ? 'w' : 'p') + pattern;
  let set = globCache.get(key);
  if (set === undefined) {
    set = expandBraces(pattern.replace(/\\/g, '/')).map((p) => squeeze(splitGlob(p, windows)).map(globSegment));
    if (globCache.size > 200) globCache.clear();
    globCache.set(key, set);
  }
  if (windows) path = path.replace(/\\/g, '/');
  const file = squeeze(splitGlob(path, windows));
  for (const parts of set) if (matchParts(file, parts)) return true;
  return false;
}
const GLOBSTAR = {};
function splitGlob(p, windows) {
  return windows && /^\/\/[^/]+/.test(p) ? ['', ...p.split(/\/+/)] : p.split(/\/+/);
}
// minimatch's levelTwoFileOptimize: drops '.' and inner empty parts, folds 'x/..'.
function squeeze(parts) {
  let changed;
  do {
    changed = false;
    for (let i = 1; i < parts.length - 1; i++) {
      const p = parts[i];
      if (i === 1 && p === '' && parts[0] === '') continue;
      if (p === '.' || p === '') { changed = true; parts.splice(i, 1); i--; }
    }
    if (parts[0] === '.' && parts.length === 2 && (parts[1] === '.' || parts[1] === '')) { changed = true; parts.pop(); }
    let dd = 0;
    while ((dd = parts.indexOf('..', dd + 1)) !== -1) {
      const p = parts[dd - 1];
      if (p && p !== '.' && p !== '..' && p !== '**') { changed = true; parts.splice(dd - 1, 2); dd -= 2; }
    }
  } while (changed);
  return parts.length === 0 ? [''] : parts;
}
function matchParts(file, pattern) {
  let fi = 0;
  let pi = 0;
  for (; fi < file.length && pi < pattern.length; fi++, pi++) {
    const p = pattern[pi];
    const f = file[fi];
    if (p === GLOBSTAR) {
      const isDot = (x) => x === '.' || x === '..' || x[0] === '.';
      if (pi + 1 === pattern.length) {
        for (; fi < file.length; fi++) if (isDot(file[fi])) return false;
        return true;
      }
      for (let fr = fi; fr < file.length; fr++) {
        if (matchParts(file.slice(fr), pattern.slice(pi + 1))) return true;
        if (isDot(file[fr])) break;
      }
      return false;
    }
    if (typeof p === 'string' ? f !== p : !p.test(f)) return false;
  }
  if (fi === file.length && pi === pattern.length) return true;
  if (fi === file.length) return false;
  return pi === pattern.length && fi === file.length - 1 && file[fi] === '';
}
// Brace expansion as the brace-expansion package: {a,b}, nested, {1..3}, {a..c}, {1..9..2}.
function expandBraces(str) {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < str.length; i++) {
    if (str[i] === '{') { if (depth++ === 0) open = i; } else if (str[i] === '}' && depth > 0 && --depth === 0) {
      const pre = str.slice(0, open);
      const body = str.slice(open + 1, i);
      const post = str.slice(i + 1);
      const parts = [];
      let d = 0;
      let last = 0;
      for (let j = 0; j < body.length; j++) {
        if (body[j] === '{') d++;
        else if (body[j] === '}') d--;
        else if (body[j] === ',' && d === 0) { parts.push(body.slice(last, j)); last = j + 1; }
      }
      parts.push(body.slice(last));
      let alts;
      const seq = /^(-?\d+|[a-zA-Z])\.\.(-?\d+|[a-zA-Z])(?:\.\.(-?\d+))?$/.exec(body);
      if (parts.length > 1) alts = parts.flatMap(expandBraces);
      else if (seq) {
        const num = /\d/.test(seq[1]);
        let x = num ? +seq[1] : seq[1].charCodeAt(0);
        const y = num ? +seq[2] : seq[2].charCodeAt(0);
        const step = Math.abs(+(seq[3] || 1)) || 1;
        alts = [];
        for (let k = 0; k < 10000 && (x <= y ? x <= y : x >= y); k++, x += x <= y ? step : -step) {
          alts.push(num ? String(x) : String.fromCharCode(x));
          if (x === y) break;
        }
      } else {
        return expandBraces(post).map((p) => `${pre}{${body}}${p}`);
      }
      const tails = expandBraces(post);
      const out = [];
      for (const alt of alts) for (const t of tails) out.push(pre + alt + t);
      return out;
    }
  }
  return [str];
}
const posixClasses = { __proto__: null, alnum: '\\p{L}\\p{Nl}\\p{Nd}', alpha: '\\p{L}\\p{Nl}', ascii: '\\x00-\\x7f',
  blank: '\\p{Zs}\\t', cntrl: '\\p{Cc}', digit: '\\p{Nd}', graph: '\\p{Z}\\p{C}', lower: '\\p{Ll}', print: '\\p{C}',
  punct: '\\p{P}', space: '\\p{Z}\\t\\r\\n\\v\\f', upper: '\\p{Lu}', word: '\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', xdigit: 'A-Fa-f0-9' };
const reEscape = (c) => c.replace(/[-[\]{}()*+?.,\\^$|#\s/]/g, '\\$&');
// [...] at s[i]: [regex source, next index], or null when it does not close.
function globClass(s, i) {
  let j = i + 1;
  let negate = false;
  if (s[j] === '!' || s[j] === '^') { negate = true; j++; }
  let out = '';
  let first = true;
  for (; j < s.length; j++, first = false) {
    const c = s[j];
    if (c === ']' && !first) {
      if (out === '') return null;
      return [negate ? `[^/${out}]` : `[${out}]`, j + 1];
    }
    if (c === '[' && s[j + 1] === ':') {
      const end = s.indexOf(':]', j + 2);
      const cls = end === -1 ? undefined : posixClasses[s.slice(j + 2, end)];
      if (cls !== undefined) { out += cls; j = end + 1; continue; }
    }
    if (s[j + 1] === '-' && s[j + 2] !== undefined && s[j + 2] !== ']') {
      if (s[j + 2] >= c) out += `${reEscape(c)}-${reEscape(s[j + 2])}`;
      j += 2;
      continue;
    }
    out += reEscape(c);
  }
  return null;
}
// One path segment: a literal string, GLOBSTAR, or a RegExp.
function globSegment(seg) {
  if (seg === '**') return GLOBSTAR;
  if (!/[*?[]|[+*?@!]\(/.test(seg)) return seg;
  const [src] = globSeq(seg, 0, false);
  const start = /^[*?[]|^[+*?@!]\(/.test(seg) ? '(?!\\.)' : '';
  return new RegExp(`^${start}${src}$`, 'u');
}
// A glob sequence from s[i] to the end (or to ')' / '|' inside an extglob): [source, index].
function globSeq(s, i, inExt) {
  let out = '';
  while (i < s.length) {
    const c = s[i];
    if (inExt && (c === ')' || c === '|')) return [out, i];
    if ('+*?@!'.includes(c) && s[i + 1] === '(') {
      const alts = [];
      let j = i + 2;
      let closed = false;
      for (;;) {
        const [alt, k] = globSeq(s, j, true);
        alts.push(alt);
        if (k >= s.length) break;
        j = k + 1;
        if (s[k] === ')') { closed = true; break; }
      }
      if (closed) {
        const body = alts.join('|');
        if (c === '!') {
          const [rest] = globSeq(s, j, inExt);
          out += `(?:(?!(?:${body})${rest}$)[^/]*?)`;
        } else {
          out += `(?:${body})${c === '@' ? '' : c}`;
        }
        i = j;
        continue;
      }
      out += reEscape(c);
      i++;
      continue;
    }
    if (c === '*') { out += s[i + 1] === undefined && out === '' && !inExt ? '[^/]+?' : '[^/]*?'; i++; continue; }
    if (c === '?') { out += '[^/]'; i++; continue; }
    if (c === '[') {
      const cls = globClass(s, i);
      if (cls) { out += cls[0]; i = cls[1]; continue; }
    }
    out += reEscape(c);
    i++;
  }
  return [out, i];
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
