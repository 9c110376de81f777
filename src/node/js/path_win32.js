// internal/path_win32 -- node's path.win32 (drive letters, UNC roots, both slashes, reserved
// device names, resolve against process.cwd() as node does on a POSIX host). Loaded by
// path.js on first use of path.win32; receives path.js's shared helpers.
'use strict';

module.exports = function makeWin32(shared, posix) {
  const { formatWin32, matchGlob, validateString } = shared;
// The last segment's extension scan (extname/parse): scans path[stop..from] backwards.
function extOf(path, stop, from, startPart) {
  let startDot = -1;
  let end = -1;
  let matchedSlash = true;
  let preDotState = 0;
  for (let i = from; i >= stop; --i) {
    const code = path.charCodeAt(i);
    if (isSep(code)) {
      if (!matchedSlash) { startPart = i + 1; break; }
      continue;
    }
    if (end === -1) { matchedSlash = false; end = i + 1; }
    if (code === 46) {
      if (startDot === -1) startDot = i;
      else if (preDotState !== 1) preDotState = 1;
    } else if (startDot !== -1) {
      preDotState = -1;
    }
  }
  const noExt = startDot === -1 || end === -1 || preDotState === 0 ||
    (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1);
  return { startPart, startDot, end, ext: noExt ? '' : path.slice(startDot, end) };
}


const isSep = (c) => c === 47 || c === 92;
const isDriveLetter = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const hasDrive = (p) => p.length >= 2 && p.charCodeAt(1) === 58 && isDriveLetter(p.charCodeAt(0));
// Names Windows reserves for devices: 'CON:' and the like act as a root of their own.
const reservedNames = new Set(['CON', 'PRN', 'AUX', 'NUL', 'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6',
  'COM7', 'COM8', 'COM9', 'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\u00B9', 'COM\u00B2', 'COM\u00B3', 'LPT\u00B9', 'LPT\u00B2', 'LPT\u00B3']);

// normalizeString for either separator set, emitting '\\'.
function normalizeWin(path, allowAboveRoot) {
  let res = '';
  let lastSegmentLength = 0;
  let lastSlash = -1;
  let dots = 0;
  let code = 0;
  for (let i = 0; i <= path.length; ++i) {
    if (i < path.length) code = path.charCodeAt(i);
    else if (isSep(code)) break;
    else code = 47;
    if (isSep(code)) {
      if (lastSlash === i - 1 || dots === 1) {
        // noop
      } else if (dots === 2) {
        if (res.length < 2 || lastSegmentLength !== 2 ||
            res.charCodeAt(res.length - 1) !== 46 || res.charCodeAt(res.length - 2) !== 46) {
          if (res.length > 2) {
            const idx = res.lastIndexOf('\\');
            if (idx === -1) { res = ''; lastSegmentLength = 0; }
            else { res = res.slice(0, idx); lastSegmentLength = res.length - 1 - res.lastIndexOf('\\'); }
            lastSlash = i; dots = 0; continue;
          } else if (res.length !== 0) {
            res = ''; lastSegmentLength = 0; lastSlash = i; dots = 0; continue;
          }
        }
        if (allowAboveRoot) { res += res.length > 0 ? '\\..' : '..'; lastSegmentLength = 2; }
      } else {
        if (res.length > 0) res += `\\${path.slice(lastSlash + 1, i)}`;
        else res = path.slice(lastSlash + 1, i);
        lastSegmentLength = i - lastSlash - 1;
      }
      lastSlash = i;
      dots = 0;
    } else if (code === 46 && dots !== -1) {
      ++dots;
    } else {
      dots = -1;
    }
  }
  return res;
}

// Parses a UNC root `\\server\share` at the start of `path` (which starts with two
// separators): returns [server, shareStart, shareEnd] or null when there is no full root.
function uncRoot(path) {
  const len = path.length;
  let j = 2;
  while (j < len && !isSep(path.charCodeAt(j))) j++;
  if (j >= len || j === 2) return null;
  const server = path.slice(2, j);
  const afterServer = j;
  while (j < len && isSep(path.charCodeAt(j))) j++;
  if (j >= len || j === afterServer) return null;
  const shareStart = j;
  while (j < len && !isSep(path.charCodeAt(j))) j++;
  return [server, shareStart, j];
}

// The root of `path`: { device, rootEnd, isAbsolute, uncEnd } (device undefined when none).
function splitRoot(path) {
  const len = path.length;
  const code = path.charCodeAt(0);
  const r = { device: undefined, rootEnd: 0, isAbsolute: false, uncOnly: false };
  if (len === 1) {
    if (isSep(code)) { r.rootEnd = 1; r.isAbsolute = true; }
  } else if (isSep(code)) {
    r.isAbsolute = true;
    r.rootEnd = 1;
    if (isSep(path.charCodeAt(1))) {
      r.rootEnd = 0;
      const unc = uncRoot(path);
      if (unc) {
        const [server, s, e] = unc;
        if (server === '.' || server === '?') {
          // A device root (\\.\PHYSICALDRIVE0, \\?\C:): the rest is a plain tail.
          r.device = `\\\\${server}`;
          r.rootEnd = 4;
        } else if (e === len || e !== s) {
          r.device = `\\\\${server}\\${path.slice(s, e)}`;
          r.rootEnd = e;
          r.uncOnly = e === len;
        }
      }
    }
  } else if (isDriveLetter(code) && path.charCodeAt(1) === 58) {
    r.device = path.slice(0, 2);
    r.rootEnd = 2;
    if (len > 2 && isSep(path.charCodeAt(2))) { r.isAbsolute = true; r.rootEnd = 3; }
  }
  return r;
}

const win32 = {
  resolve(...args) {
    let resolvedDevice = '';
    let resolvedTail = '';
    let resolvedAbsolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (resolvedDevice.length === 0) {
        path = process.cwd();
      } else {
        // The per-drive cwd Windows keeps in the environment, else the cwd if on that drive.
        path = process.env[`=${resolvedDevice}`] || process.cwd();
        if (path === undefined || (path.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() &&
            path.charCodeAt(2) === 92)) {
          path = `${resolvedDevice}\\`;
        }
      }
      const { device = '', rootEnd, isAbsolute } = splitRoot(path);
      if (device.length > 0) {
        if (resolvedDevice.length > 0) {
          if (device.toLowerCase() !== resolvedDevice.toLowerCase()) continue;
        } else {
          resolvedDevice = device;
        }
      }
      if (resolvedAbsolute) {
        if (resolvedDevice.length > 0) break;
      } else {
        resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
        resolvedAbsolute = isAbsolute;
        if (isAbsolute && resolvedDevice.length > 0) break;
      }
    }
    resolvedTail = normalizeWin(resolvedTail, !resolvedAbsolute);
    return resolvedAbsolute ? `${resolvedDevice}\\${resolvedTail}` : `${resolvedDevice}${resolvedTail}` || '.';
  },
  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isSep(path.charCodeAt(0)) ? '\\' : path;
    let { device, rootEnd, isAbsolute, uncOnly } = splitRoot(path);
    if (uncOnly) return `${device}\\`;
    let reserved = false;
    if (device === undefined && !isAbsolute) {
      const colon = path.indexOf(':');
      if (colon !== -1 && reservedNames.has(path.slice(0, colon).toUpperCase())) {
        device = path.slice(0, colon + 1);
        rootEnd = colon + 1;
        reserved = true;
      }
    }
    let tail = rootEnd < len ? normalizeWin(path.slice(rootEnd), !isAbsolute) : '';
    if (tail.length === 0 && !isAbsolute) tail = '.';
    if (tail.length > 0 && isSep(path.charCodeAt(len - 1))) tail += '\\';
    if (reserved) return `.\\${device}${tail}`;
    // A relative result must not read as a drive-relative or stream path ('c:', 'x:/').
    if (!isAbsolute && device === undefined && path.includes(':')) {
      if (hasDrive(tail)) return `.\\${tail}`;
      for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
        if (i === len - 1 || isSep(path.charCodeAt(i + 1))) return `.\\${tail}`;
      }
    }
    if (device === undefined) return isAbsolute ? `\\${tail}` : tail;
    return isAbsolute ? `${device}\\${tail}` : `${device}${tail}`;
  },
  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const code = path.charCodeAt(0);
    return isSep(code) || (len > 2 && hasDrive(path) && isSep(path.charCodeAt(2)));
  },
  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let firstPart;
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) joined = firstPart = arg;
        else joined += `\\${arg}`;
      }
    }
    if (joined === undefined) return '.';
    // Leading slashes collapse to one unless the first part itself starts a UNC root, so that
    // join('//', 'x') does not turn into a UNC path.
    let needsReplace = true;
    let slashCount = 0;
    if (isSep(firstPart.charCodeAt(0))) {
      ++slashCount;
      const firstLen = firstPart.length;
      if (firstLen > 1 && isSep(firstPart.charCodeAt(1))) {
        ++slashCount;
        if (firstLen > 2) {
          if (isSep(firstPart.charCodeAt(2))) ++slashCount;
          else needsReplace = false;
        }
      }
    }
    if (needsReplace) {
      while (slashCount < joined.length && isSep(joined.charCodeAt(slashCount))) slashCount++;
      if (slashCount >= 2) joined = `\\${joined.slice(slashCount)}`;
    }
    return win32.normalize(joined);
  },
  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) return '';
    // Lower-casing changed a length (e.g. 'U+0130'): compare whole segments instead of offsets.
    if (fromOrig.length !== from.length || toOrig.length !== to.length) {
      const fromSplit = fromOrig.split('\\');
      const toSplit = toOrig.split('\\');
      if (fromSplit[fromSplit.length - 1] === '') fromSplit.pop();
      if (toSplit[toSplit.length - 1] === '') toSplit.pop();
      const fromLen = fromSplit.length;
      const toLen = toSplit.length;
      const length = fromLen < toLen ? fromLen : toLen;
      let i = 0;
      while (i < length && fromSplit[i].toLowerCase() === toSplit[i].toLowerCase()) i++;
      if (i === 0) return toOrig;
      if (i === length) {
        if (toLen > length) return toSplit.slice(i).join('\\');
        if (fromLen > length) return `${'..\\'.repeat(fromLen - 1 - i)}..`;
        return '';
      }
      return '..\\'.repeat(fromLen - i) + toSplit.slice(i).join('\\');
    }
    let fromStart = 0;
    while (fromStart < from.length && from.charCodeAt(fromStart) === 92) fromStart++;
    let fromEnd = from.length;
    while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === 92) fromEnd--;
    const fromLen = fromEnd - fromStart;
    let toStart = 0;
    while (toStart < to.length && to.charCodeAt(toStart) === 92) toStart++;
    let toEnd = to.length;
    while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === 92) toEnd--;
    const toLen = toEnd - toStart;
    const length = fromLen < toLen ? fromLen : toLen;
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const fromCode = from.charCodeAt(fromStart + i);
      if (fromCode !== to.charCodeAt(toStart + i)) break;
      else if (fromCode === 92) lastCommonSep = i;
    }
    if (i !== length) {
      // Different roots (drives or shares): the answer is `to` itself.
      if (lastCommonSep === -1) return toOrig;
    } else {
      if (toLen > length) {
        if (to.charCodeAt(toStart + i) === 92) return toOrig.slice(toStart + i + 1);
        if (i === 2) return toOrig.slice(toStart + i);
      }
      if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === 92) lastCommonSep = i;
        else if (i === 2) lastCommonSep = 3;
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }
    let out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === 92) out += out.length === 0 ? '..' : '\\..';
    }
    toStart += lastCommonSep;
    if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
    if (toOrig.charCodeAt(toStart) === 92) ++toStart;
    return toOrig.slice(toStart, toEnd);
  },
  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.charCodeAt(0) === 92) {
      if (resolved.charCodeAt(1) === 92) {
        const code = resolved.charCodeAt(2);
        if (code !== 63 && code !== 46) return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
    } else if (hasDrive(resolved) && resolved.charCodeAt(2) === 92) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },
  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isSep(path.charCodeAt(0)) ? path : '.';
    let rootEnd = -1;
    let offset = 0;
    if (isSep(path.charCodeAt(0))) {
      rootEnd = offset = 1;
      if (isSep(path.charCodeAt(1))) {
        const unc = uncRoot(path);
        if (unc) {
          if (unc[2] === len) return path;
          if (unc[2] !== unc[1]) rootEnd = offset = unc[2] + 1;
        }
      }
    } else if (hasDrive(path)) {
      rootEnd = offset = len > 2 && isSep(path.charCodeAt(2)) ? 3 : 2;
    }
    let end = -1;
    let matchedSlash = true;
    for (let i = len - 1; i >= offset; --i) {
      if (isSep(path.charCodeAt(i))) {
        if (!matchedSlash) { end = i; break; }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },
  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    let start = hasDrive(path) ? 2 : 0;
    let end = -1;
    let matchedSlash = true;
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
      if (suffix === path) return '';
      let extIdx = suffix.length - 1;
      let firstNonSlashEnd = -1;
      for (let i = path.length - 1; i >= start; --i) {
        const code = path.charCodeAt(i);
        if (isSep(code)) {
          if (!matchedSlash) { start = i + 1; break; }
        } else {
          if (firstNonSlashEnd === -1) { matchedSlash = false; firstNonSlashEnd = i + 1; }
          if (extIdx >= 0) {
            if (code === suffix.charCodeAt(extIdx)) {
              if (--extIdx === -1) end = i;
            } else {
              extIdx = -1;
              end = firstNonSlashEnd;
            }
          }
        }
      }
      if (start === end) end = firstNonSlashEnd;
      else if (end === -1) end = path.length;
      return path.slice(start, end);
    }
    for (let i = path.length - 1; i >= start; --i) {
      if (isSep(path.charCodeAt(i))) {
        if (!matchedSlash) { start = i + 1; break; }
      } else if (end === -1) {
        matchedSlash = false;
        end = i + 1;
      }
    }
    if (end === -1) return '';
    return path.slice(start, end);
  },
  extname(path) {
    validateString(path, 'path');
    const start = hasDrive(path) ? 2 : 0;
    return extOf(path, start, path.length - 1, start).ext;
  },
  format: formatWin32,
  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    let rootEnd = 0;
    const code = path.charCodeAt(0);
    if (len === 1) {
      if (isSep(code)) ret.root = ret.dir = path;
      else ret.base = ret.name = path;
      return ret;
    }
    if (isSep(code)) {
      rootEnd = 1;
      if (isSep(path.charCodeAt(1))) {
        const unc = uncRoot(path);
        if (unc) {
          if (unc[2] === len) rootEnd = len;
          else if (unc[2] !== unc[1]) rootEnd = unc[2] + 1;
        }
      }
    } else if (hasDrive(path)) {
      if (len <= 2) { ret.root = ret.dir = path; return ret; }
      rootEnd = 2;
      if (isSep(path.charCodeAt(2))) {
        if (len === 3) { ret.root = ret.dir = path; return ret; }
        rootEnd = 3;
      }
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
    const { startPart, startDot, end, ext } = extOf(path, rootEnd, len - 1, rootEnd);
    if (end !== -1) {
      ret.base = path.slice(startPart, end);
      if (ext) { ret.name = path.slice(startPart, startDot); ret.ext = ext; }
      else ret.name = ret.base;
    }
    ret.dir = startPart > 0 && startPart !== rootEnd ? path.slice(0, startPart - 1) : ret.root;
    return ret;
  },
  matchesGlob(path, pattern) { return matchGlob(path, pattern, true); },
  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};
win32._makeLong = win32.toNamespacedPath;
  return win32;
};
