// The CommonJS loader and the resolver both module systems share: node's algorithm for
// relative/absolute paths, extensions, index files, node_modules lookup, package.json `main`,
// `exports` (conditions, subpath patterns), `imports`, `type`, and the `node:` prefix.
// Also runs the main entry (file, -e, -p, stdin, REPL).
'use strict';

const binding = internalBinding('native');
const requireBuiltin = internalBinding('requireBuiltin');
const path = requireBuiltin('path');
const loop = requireBuiltin('internal/loop');

const ERRS = () => requireBuiltin('internal/errors').codes;
const WRAPPER_PARAMS = 'exports, require, module, __filename, __dirname';
// Columns the one-line header adds to a file's first line (module/mod.rs's compile_function).
const WRAPPER_HEADER_COLS = `(function (${WRAPPER_PARAMS}) {`.length;

// Built-ins that exist only with the `node:` prefix.
const schemeOnly = new Set(['test', 'test/reporters', 'sea']);
const builtinModules = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing', '_http_server',
  '_stream_duplex', '_stream_passthrough', '_stream_readable', '_stream_transform',
  '_stream_wrap', '_stream_writable', '_tls_common', '_tls_wrap', 'assert', 'assert/strict',
  'async_hooks', 'buffer', 'child_process', 'cluster', 'console',
  'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns', 'dns/promises', 'domain',
  'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector', 'inspector/promises',
  'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks', 'process',
  'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream',
  'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers',
  'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm',
  'wasi', 'worker_threads', 'zlib',
];
const builtinSet = new Set(builtinModules);

function isBuiltin(name) {
  if (typeof name !== 'string') return false;
  if (name.startsWith('node:')) { const n = name.slice(5); return builtinSet.has(n) || schemeOnly.has(n); }
  return builtinSet.has(name);
}

// process.getBuiltinModule(id) (node 20.16): a built-in's exports, or undefined for other ids.
Object.defineProperty(process, 'getBuiltinModule', {
  value: function getBuiltinModule(id) {
    requireBuiltin('internal/validators').validateString(id, 'id');
    if (!isBuiltin(id)) return undefined;
    return loadBuiltin(id.startsWith('node:') ? id.slice(5) : id);
  },
  writable: true, configurable: true, enumerable: true,
});

function loadBuiltin(name) {
  const exports = requireBuiltin(name);
  if (exports === undefined) {
    throw new (ERRS().ERR_UNKNOWN_BUILTIN_MODULE)(name);
  }
  if (name === 'fs') userFs = exports;
  if (builtinLoadHook !== null) builtinLoadHook(name, exports);
  return exports;
}
// node:test --test (test.js) is told of each built-in handed to user code before the code has it,
// to undo a file's patches of its exports before the next file runs (node runs each in a child).
let builtinLoadHook = null;
function setBuiltinLoadHook(fn) { builtinLoadHook = fn; }
// fs once user code has it (required or imported), which it may have patched (readModuleText).
let userFs = null;

// ---- file system probes --------------------------------------------------------------------
// As node's: only while a module required from outside any module runs (requireDepth 0, e.g.
// the main module) are found files and directories cached, so a file written later is found.
let statCache = null;
let requireDepth = 0;
// A Module._stat a script set (node's resolver then asks it: 0 a file, 1 a directory).
let userStat = null;
function kind(p) {
  if (userStat !== null) {
    const rc = userStat(p);
    return rc === 0 ? 1 : rc === 1 ? 2 : 0;
  }
  if (statCache === null) return binding.entryKind(p);
  let k = statCache.get(p);
  if (k === undefined) {
    k = binding.entryKind(p);
    if (k === 1 || k === 2) statCache.set(p, k);
  }
  return k;
}
const isFile = (p) => kind(p) === 1;
const isDir = (p) => kind(p) === 2;

const pkgCache = new Map();
// `importing`: in an import's resolution, what node's message says is being imported.
function readPackage(dir, importing) {
  const file = dir === '/' ? '/package.json' : `${dir}/package.json`;
  if (pkgCache.has(file)) return pkgCache.get(file);
  let pkg = null;
  if (isFile(file)) {
    let text;
    try { text = binding.readFileUtf8(file); } catch { text = null; }
    if (text !== null) {
      let data;
      try {
        data = JSON.parse(text);
      } catch (e) {
        throw packageJsonError(file, e.message, importing);
      }
      // The fields the loader reads, as own properties of a prototype-less object (node's
      // package config): a property added to Object.prototype is never consulted.
      const own = (key) => data !== null && typeof data === 'object' && Object.prototype.hasOwnProperty.call(data, key) ? data[key] : undefined;
      pkg = { __proto__: null, name: own('name'), main: own('main'), exports: own('exports'), imports: own('imports'), type: own('type'), __dir: dir };
    }
  }
  pkgCache.set(file, pkg);
  return pkg;
}

// A package.json that does not parse: node's CommonJS loader throws the parser's SyntaxError
// (its message prefixed, `path` set), its ES module resolver ERR_INVALID_PACKAGE_CONFIG.
function packageJsonError(file, message, importing) {
  if (importing === undefined) {
    const err = new SyntaxError(`Error parsing ${file}: ${message}`);
    err.path = file;
    exportsThrows.set(err, 'pjson'); // (reported as node's, when a require resolving reads it)
    return err;
  }
  const err = esmError(Error, 'ERR_INVALID_PACKAGE_CONFIG', `Invalid package config ${file} while importing ${importing}. ${message}`);
  esmResolveThrows.set(err, importing.startsWith('"') ? 'pjson' : 'pjsonScope');
  return err;
}

// The nearest package.json above `file` (node's "package scope").
function packageScope(file) {
  let dir = path.dirname(file);
  for (;;) {
    if (path.basename(dir) === 'node_modules') return null;
    const pkg = readPackage(dir, esmResolving ? file : undefined);
    if (pkg) return pkg;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

// ---- package exports / imports -------------------------------------------------------------
// node's PACKAGE_TARGET_RESOLVE. `c`: { pkgDir, conditions, isImports, base }; `key` the map key
// that matched, `pattern` what its "*" matched (null for an exact key). Returns { file },
// { bare } (an "imports" target naming a package), null (excluded) or undefined (no condition).
const invalidSegment = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))(\\|\/|$)/i;
function invalidTarget(c, key, target) {
  // (node names the target as a string: an object as its JSON, anything else as `${target}`.)
  target = target !== null && typeof target === 'object' ? JSON.stringify(target, null, '') : `${target}`;
  const related = typeof target === 'string' && !c.isImports && target.length > 0 && !target.startsWith('./');
  const where = `in the package config ${c.pkgDir}/package.json${c.base ? ` imported from ${c.base}` : ''}${related ? '; targets must start with "./"' : ''}`;
  return esmError(Error, 'ERR_INVALID_PACKAGE_TARGET', key === '.'
    ? `Invalid "exports" main target ${JSON.stringify(target)} defined ${where}`
    : `Invalid "${c.isImports ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' ${where}`);
}
function resolveTarget(c, target, pattern, key) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) {
      if (c.isImports && !target.startsWith('../') && !target.startsWith('/') && !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(target)) {
        return { bare: pattern !== null ? target.replaceAll('*', pattern) : target };
      }
      throw invalidTarget(c, key, target);
    }
    if (invalidSegment.test(target.slice(2))) throw invalidTarget(c, key, target);
    const resolved = pattern !== null ? target.replaceAll('*', pattern) : target;
    if (emptySegment.test(target.slice(2))) emptySegmentDeprecation(c, resolved, key, pattern, true);
    if (pattern !== null && invalidSegment.test(pattern)) {
      throw esmError(TypeError, 'ERR_INVALID_MODULE_SPECIFIER', `Invalid module "${key.replace('*', pattern)}" request is not a valid match in pattern "${key}" for the "${c.isImports ? 'imports' : 'exports'}" resolution of ${c.pkgDir}/package.json${c.base ? ` imported from ${c.base}` : ''}`);
    }
    if (pattern !== null && emptySegment.test(pattern)) emptySegmentDeprecation(c, resolved, key, pattern, false);
    return { file: targetFile(c, resolved) };
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastErr;
    for (const t of target) {
      let r;
      try {
        r = resolveTarget(c, t, pattern, key);
      } catch (e) {
        lastErr = e;
        if (e && e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (r === undefined) continue;
      if (r === null) { lastErr = null; continue; }
      return r;
    }
    if (lastErr === undefined || lastErr === null) return lastErr;
    throw lastErr;
  }
  if (target !== null && typeof target === 'object') {
    const keys = Object.getOwnPropertyNames(target);
    if (keys.some((k) => /^(0|[1-9][0-9]*)$/.test(k))) {
      throw packageConfigError(c, '"exports" cannot contain numeric property keys.');
    }
    for (const cond of keys) {
      if (cond === 'default' || c.conditions.includes(cond)) {
        const r = resolveTarget(c, target[cond], pattern, key);
        if (r !== undefined) return r;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(c, key, target);
}

// node's DEP0166: an empty segment ("//", or a leading or trailing "/") in a target, or in what
// a pattern's "*" matched, still resolves, with a warning (not for an "exports" subpath ending
// in "/", which warns DEP0155).
const emptySegment = /(^|\\|\/)(\\|\/|$)/;
function emptySegmentDeprecation(c, resolved, key, pattern, inTarget) {
  if (!c.isImports && c.request.endsWith('/')) return;
  const request = pattern !== null ? key.replace('*', pattern) : key;
  const double = /[/\\]{2}/.test(inTarget ? resolved : request);
  process.emitWarning(`Use of deprecated ${double ? 'double slash' : 'leading or trailing slash matching'} resolving ` +
    `"${resolved}" for module request "${request}" ${request !== key ? `matched to "${key}" ` : ''}in the ` +
    `"${c.isImports ? 'imports' : 'exports'}" field module resolution of the package at ${c.pkgDir}/package.json` +
    `${c.base ? ` imported from ${c.base}` : ''}.`, 'DeprecationWarning', 'DEP0166');
}

// node resolves a target as a URL against the package.json's: escapes are decoded and an
// encoded "/" or "\\" is refused (require's message names the URL, import's its path).
function targetFile(c, resolved) {
  // (The URL keeps an empty segment: "a//b" is not joined.)
  if (!/[%?#\\]|(^|\/)\.\.?(\/|$)/.test(resolved.slice(2))) return `${c.pkgDir}/${resolved.slice(2)}`;
  const { URL, pathToFileURL } = requireBuiltin('url');
  const u = new URL(resolved, pathToFileURL(`${c.pkgDir}/package.json`));
  const forRequire = c.conditions === conditionsRequire;
  // (The check of an encoded separator names the importing file, even for an "imports" target
  // resolved from the package.json: node's finalizeResolution.)
  const file = urlToFile(u, c.importer ?? c.base, forRequire ? u.href : u.pathname);
  // (An import keeps the URL's query and fragment, `<path>\0<suffix>`: its own module instance.)
  return !forRequire && u.search + u.hash !== '' ? `${file}\0${u.search}${u.hash}` : file;
}

// A resolved file: URL's path, as node's finalizeResolution takes it (`shown`: how the error
// names the URL).
function urlToFile(u, base, shown = u.pathname) {
  if (/%2f|%5c/i.test(u.pathname)) {
    throw esmError(TypeError, 'ERR_INVALID_MODULE_SPECIFIER', `Invalid module "${shown}" must not include encoded "/" or "\\" characters${base ? ` imported from ${base}` : ''}`);
  }
  return requireBuiltin('url').fileURLToPath(u);
}

function packageConfigError(c, message) {
  const base = c.base && c.base[0] === '/' ? requireBuiltin('url').pathToFileURL(c.base).href : c.base;
  return esmError(Error, 'ERR_INVALID_PACKAGE_CONFIG', `Invalid package config ${c.pkgDir}/package.json${base ? ` while importing ${base}` : ''}. ${message}`);
}

function resolveExportsMap(pkgDir, exportsField, subpath, conditions, base, importer = base) {
  const c = { pkgDir, conditions, isImports: false, base, importer };
  let map = exportsField;
  if (map && typeof map === 'object' && !Array.isArray(map)) {
    const keys = Object.getOwnPropertyNames(map);
    const dots = keys.filter((k) => k === '' || k[0] === '.').length;
    if (dots !== 0 && dots !== keys.length) {
      throw packageConfigError(c, '"exports" cannot contain some keys starting with \'.\' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.');
    }
    if (dots === 0) map = { '.': map };
  } else {
    map = { '.': map };
  }
  const r = resolveMapKey(c, map, subpath);
  if (r) return r;
  throw new (ERRS().ERR_PACKAGE_PATH_NOT_EXPORTED)(pkgDir + '/', subpath, base);
}

// Node's PACKAGE_IMPORTS_EXPORTS_RESOLVE, shared by "exports" and "imports": an exact key wins,
// else the most specific single-"*" pattern key. (Trailing-"/" folder keys ended in node 17.)
function resolveMapKey(c, map, request) {
  c.request = request;
  // (A subpath ending in "/" matches no exact key: folder mappings are gone.)
  if (Object.prototype.hasOwnProperty.call(map, request) && !request.includes('*') && !request.endsWith('/')) {
    return resolveTarget(c, map[request], null, request);
  }
  let best = '';
  let bestSub;
  for (const key of Object.keys(map)) {
    const star = key.indexOf('*');
    if (star === -1 || !request.startsWith(key.slice(0, star))) continue;
    if (!c.isImports && request.endsWith('/')) trailingSlashDeprecation(c, request);
    if (key.lastIndexOf('*') !== star) continue;
    const trailer = key.slice(star + 1);
    if (request.length >= key.length && request.endsWith(trailer) && patternKeyCompare(best, key) === 1) {
      best = key;
      bestSub = request.slice(star, request.length - trailer.length);
    }
  }
  return best ? resolveTarget(c, map[best], bestSub, best) : null;
}

// node's DEP0155, once per package and subpath: a subpath ending in "/" that a pattern key's
// prefix matches.
const trailingSlashWarned = new Set();
function trailingSlashDeprecation(c, match) {
  const pjsonPath = `${c.pkgDir}/package.json`;
  if (trailingSlashWarned.has(`${pjsonPath}|${match}`)) return;
  trailingSlashWarned.add(`${pjsonPath}|${match}`);
  process.emitWarning(`Use of deprecated trailing slash pattern mapping "${match}" in the "exports" field module ` +
    `resolution of the package at ${pjsonPath}${c.base ? ` imported from ${c.base}` : ''}. Mapping specifiers ending ` +
    'in "/" is no longer supported.', 'DeprecationWarning', 'DEP0155');
}

function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const baseLenA = aStar === -1 ? a.length : aStar + 1;
  const baseLenB = bStar === -1 ? b.length : bStar + 1;
  if (baseLenA > baseLenB) return -1;
  if (baseLenB > baseLenA) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

function splitPackageName(request) {
  let sep = request.indexOf('/');
  if (request[0] === '@') {
    if (sep === -1) return null;
    sep = request.indexOf('/', sep + 1);
  }
  const name = sep === -1 ? request : request.slice(0, sep);
  return { name, subpath: '.' + (sep === -1 ? '' : request.slice(sep)) };
}

// ---- CommonJS resolution -------------------------------------------------------------------

function tryFile(p) {
  if (isFile(p)) return p;
  return false;
}
function tryExtensions(p, exts) {
  for (const ext of exts) {
    const f = tryFile(p + ext);
    if (f) return f;
  }
  return false;
}
function tryPackage(dir, exts, request, parent) {
  const pkg = readPackage(dir);
  const main = pkg && typeof pkg.main === 'string' ? pkg.main : undefined;
  if (!main) return tryExtensions(path.join(dir, 'index'), exts);
  const filename = path.resolve(dir, main);
  const found = tryFile(filename) || tryExtensions(filename, exts) ||
    tryExtensions(path.join(filename, 'index'), exts);
  if (found) return found;
  const idx = tryExtensions(path.join(dir, 'index'), exts);
  if (idx) {
    process.emitWarning(`Invalid 'main' field in '${path.join(dir, 'package.json')}' of '${main}'. ` +
      'Please either fix that or report it to the module author', 'DeprecationWarning', 'DEP0128');
    return idx;
  }
  const err = new Error(`Cannot find module '${filename}'. Please verify that the package.json has a valid "main" entry`);
  err.code = 'MODULE_NOT_FOUND';
  err.path = path.join(dir, 'package.json');
  err.requestPath = request;
  throw err;
}
// node's trailingSlash: a request ending in '/', or whose last segment is '.' or '..', names a
// directory: no file (as is or with an extension) is tried.
function hasTrailingSlash(request) {
  return request.endsWith('/') || request === '.' || request === '..' || request.endsWith('/.') || request.endsWith('/..');
}
function tryPath(p, exts, request, parent, trailingSlash) {
  if (!trailingSlash) {
    const f = tryFile(p) || tryExtensions(p, exts);
    if (f) return f;
  }
  if (isDir(p)) return tryPackage(p, exts, request, parent);
  return false;
}

function nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 1; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    paths.push(`${parts.slice(0, i).join('/')}/node_modules`);
  }
  paths.push('/node_modules');
  return paths;
}

function resolveBare(request, dirs, conditions, base) {
  const split = splitPackageName(request);
  for (const nm of dirs) {
    if (split) {
      const pkgDir = path.join(nm, split.name);
      if (isDir(pkgDir)) {
        const pkg = readPackage(pkgDir);
        if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
          const r = resolveExportsMap(pkgDir, pkg.exports, split.subpath, conditions, base);
          if (r.file) return { file: r.file, exported: true, pkgDir };
        }
      }
    }
    const f = tryPath(path.join(nm, request), Object.keys(Module._extensions), request, null, hasTrailingSlash(request));
    if (f) return { file: f };
  }
  return null;
}

function resolveSelf(request, parentFile, conditions, base, importer = base) {
  if (!parentFile) return null;
  const pkg = packageScope(parentFile);
  if (!pkg || pkg.exports === undefined || pkg.exports === null || typeof pkg.name !== 'string') return null;
  if (request !== pkg.name && !request.startsWith(pkg.name + '/')) return null;
  const subpath = '.' + request.slice(pkg.name.length);
  return resolveExportsMap(pkg.__dir, pkg.exports, subpath, conditions, base, importer);
}

function hasImportsMap(parentFile) {
  const pkg = parentFile ? packageScope(parentFile) : null;
  return pkg !== null && pkg !== undefined && pkg.imports !== undefined && pkg.imports !== null;
}

function resolveImports(request, parentFile, conditions) {
  if (request === '#' || request.startsWith('#/') || request.endsWith('/')) {
    throw esmError(TypeError, 'ERR_INVALID_MODULE_SPECIFIER', `Invalid module "${request}" is not a valid internal imports specifier name${parentFile ? ` imported from ${parentFile}` : ''}`);
  }
  const pkg = parentFile ? packageScope(parentFile) : null;
  if (pkg && pkg.imports && typeof pkg.imports === 'object') {
    const r = resolveMapKey({ pkgDir: pkg.__dir, conditions, isImports: true, base: parentFile }, pkg.imports, request);
    if (r) return r;
  }
  throw new (ERRS().ERR_PACKAGE_IMPORT_NOT_DEFINED)(request, pkg ? pkg.__dir + '/' : undefined, parentFile);
}

// node's createEsmNotFoundErr: the file an "exports" or "imports" target names is missing (no
// require stack; `path`: that package.json).
function mapTargetNotFound(file, pkgDir) {
  const err = new Error(`Cannot find module '${file}'`);
  err.code = 'MODULE_NOT_FOUND';
  if (pkgDir !== undefined) err.path = `${pkgDir}/package.json`;
  return err;
}

function notFound(request, parent) {
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = moduleParents.get(cursor)) requireStack.push(cursor.filename || cursor.id);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += '\nRequire stack:\n- ' + requireStack.join('\n- ');
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  return err;
}

// node's report of a resolution failure, as its loader throws it (the `throw` line it shows and
// the frames from where the error is made up to Module._resolveFilename), on top of the call
// site's frames. `caller`: the frame that called it ('load' or 'resolve').
const LOAD_FRAME = '    at Module._load (node:internal/modules/cjs/loader:1091:12)';
// Errors of a package's "exports" as node's CommonJS loader rethrows them: 'self' (a package
// requiring itself by name, trySelf) or 'exports' (a package in node_modules, resolveExports).
const exportsThrows = new WeakMap();
function tagExportsThrow(err, via) {
  if (err !== null && typeof err === 'object' && typeof err.code === 'string' && err.code.startsWith('ERR_') &&
    !exportsThrows.has(err)) exportsThrows.set(err, via);
  return err;
}
const RESOLVE_FRAMES = {
  notFound: ['Module._resolveFilename (node:internal/modules/cjs/loader:1207:15)'],
  pjson: ['parse (<anonymous>)', 'read (node:internal/modules/package_json_reader:80:16)',
    'readPackage (node:internal/modules/package_json_reader:141:10)', 'resolveExports (node:internal/modules/cjs/loader:634:15)',
    'Module._findPath (node:internal/modules/cjs/loader:711:31)', 'Module._resolveFilename (node:internal/modules/cjs/loader:1193:27)'],
  self: ['trySelf (node:internal/modules/cjs/loader:605:34)', 'Module._resolveFilename (node:internal/modules/cjs/loader:1184:24)'],
  exports: ['resolveExports (node:internal/modules/cjs/loader:638:36)', 'Module._findPath (node:internal/modules/cjs/loader:711:31)',
    'Module._resolveFilename (node:internal/modules/cjs/loader:1193:27)'],
};
const RESOLVE_HEADERS = {
  notFound: 'node:internal/modules/cjs/loader:1210\n  throw err;\n  ^\n',
  pjson: 'node:internal/modules/package_json_reader:93\n        throw error;\n        ^\n',
  self: 'node:internal/modules/cjs/loader:612\n    throw e;\n    ^\n',
  exports: 'node:internal/modules/cjs/loader:645\n      throw e;\n      ^\n',
};
// Where node's package resolution makes the error (other codes: the frames vary with the target).
const EXPORTS_ERROR_FRAMES = {
  ERR_PACKAGE_PATH_NOT_EXPORTED: ['exportsNotFound (node:internal/modules/esm/resolve:322:10)',
    'packageExportsResolve (node:internal/modules/esm/resolve:670:9)'],
};
function asResolveThrow(err, caller) {
  if (err === null || typeof err !== 'object') return err;
  let kind = exportsThrows.get(err);
  if (kind === undefined) {
    if (err.code !== 'MODULE_NOT_FOUND' || !Array.isArray(err.requireStack)) return err;
    kind = 'notFound';
  }
  loop.markThrow(err, RESOLVE_HEADERS[kind]);
  const frames = [...(kind === 'notFound' ? [] : EXPORTS_ERROR_FRAMES[err.code] || []), ...RESOLVE_FRAMES[kind],
    caller === 'load' ? 'Module._load (node:internal/modules/cjs/loader:1038:27)' : 'Function.resolve (node:internal/modules/helpers:193:19)'];
  return spliceTopFrames(err, frames, (lines, first) => {
    if (lines.some((l) => l.startsWith('    at Module._resolveFilename ('))) return -1;
    // (The bootstrap shows rjs's loader frame as Module._load's later call site.)
    return caller === 'load' && lines[first] === LOAD_FRAME ? 1 : 0;
  });
}

// `err` with node's `frames` (texts after 'at ') in place of the first frames of its stack (how
// many: `replaced(lines, first)`, -1 to leave it as it is), at most Error.stackTraceLimit in all.
// (Not for a stack a script formats itself.)
function spliceTopFrames(err, frames, replaced = () => 0) {
  const stack = err.stack;
  if (typeof stack !== 'string' || Error.prepareStackTrace !== internalBinding('defaultPrepareStackTrace')) return err;
  const lines = stack.split('\n');
  const first = lines.findIndex((l) => l.startsWith('    at '));
  const count = first === -1 ? -1 : replaced(lines, first);
  if (count === -1) return err;
  lines.splice(first, count, ...frames.map((f) => `    at ${f}`));
  const limit = Error.stackTraceLimit;
  err.stack = (typeof limit === 'number' && limit >= 0 ? lines.slice(0, first + limit) : lines).join('\n');
  return err;
}

const conditionsRequire = ['require', 'node', 'node-addons'];
const conditionsImport = ['import', 'node', 'node-addons'];

// Resolved files are named by their real path (node's toRealPath), so a package reached through
// a symbolic link (pnpm's node_modules) finds its dependencies beside its real directory and is
// cached once; --preserve-symlinks(-main) keeps the link's path.
const realpathCache = new Map();
let preserveFlags;
function toRealPath(file, isMain) {
  const argv = execArgv();
  // (NODE_PRESERVE_SYMLINKS=1 in the environment node started with is --preserve-symlinks.)
  preserveFlags ??= [argv.includes('--preserve-symlinks') || binding.env.NODE_PRESERVE_SYMLINKS === '1', argv.includes('--preserve-symlinks-main')];
  if (preserveFlags[isMain ? 1 : 0]) return file;
  let real = realpathCache.get(file);
  if (real === undefined) {
    try { real = internalBinding('fs').realpath(file); } catch { real = file; }
    realpathCache.set(file, real);
  }
  return real;
}

// The options node was started with (a script may replace process.execArgv).
function execArgv() {
  return Array.isArray(process.execArgv) ? process.execArgv : [];
}
// Whether the switch `name` was given.
function argvHas(name) {
  return execArgv().includes(name);
}
// The value of a `--name=value` or `--name value` option (the last one given), or undefined.
function optionValue(name) {
  const argv = execArgv();
  let value;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith(`${name}=`)) value = argv[i].slice(name.length + 1);
    else if (argv[i] === name && i + 1 < argv.length) value = argv[++i];
  }
  return value;
}

function resolveFilename(request, parent, isMain, options) {
  const file = resolveFilenameInner(request, parent, isMain, options);
  return file[0] === '/' ? toRealPath(file, isMain) : file;
}

function resolveFilenameInner(request, parent, isMain, options) {
  if (typeof request !== 'string') {
    throw new (ERRS().ERR_INVALID_ARG_TYPE)('id', 'string', request);
  }
  // (An empty id is refused by require() itself: resolving it finds nothing, as in node.)
  if (isBuiltin(request)) return request;
  const parentFile = parent && parent.filename;
  // (Only in a package scope with "imports": elsewhere '#x' is looked up as any other name.)
  if (request[0] === '#' && hasImportsMap(parentFile)) {
    const r = resolveImports(request, parentFile, conditionsRequire);
    const pkgDir = packageScope(parentFile).__dir;
    let file = r.file;
    if (r.bare) {
      try {
        file = importsBareTarget(r.bare, pkgDir, conditionsRequire, parentFile);
      } catch (err) {
        // (node's createEsmNotFoundErr: a missing package is reported as the request.)
        if (err && err.code === 'ERR_MODULE_NOT_FOUND') throw mapTargetNotFound(request);
        throw err;
      }
    }
    if (isFile(file)) return file;
    throw mapTargetNotFound(file, pkgDir);
  }
  let dirs;
  if (options && options.paths !== undefined && !Array.isArray(options.paths)) {
    throw new (ERRS().ERR_INVALID_ARG_VALUE)('options.paths', options.paths);
  }
  if (options && Array.isArray(options.paths)) {
    dirs = [];
    for (const p of options.paths) {
      if (request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..') dirs.push(path.resolve(p));
      else dirs.push(...nodeModulePaths(path.resolve(p)));
    }
  }
  const isRelative = request === '.' || request === '..' || request.startsWith('./') || request.startsWith('../');
  if (isRelative || request[0] === '/') {
    const bases = request[0] === '/' ? ['/'] : dirs || [parentFile ? path.dirname(parentFile) : process.cwd()];
    for (const basedir of bases) {
      const abs = path.resolve(basedir, request);
      const f = tryPath(abs, Object.keys(Module._extensions), request, parent, hasTrailingSlash(request));
      if (f) return f;
    }
    throw notFound(request, parent);
  }
  let self;
  try {
    self = resolveSelf(request, parentFile, conditionsRequire, parentFile);
  } catch (err) {
    throw tagExportsThrow(err, 'self');
  }
  if (self && self.file) {
    if (!isFile(self.file)) throw mapTargetNotFound(self.file, packageScope(parentFile).__dir);
    return self.file;
  }
  const lookup = dirs || (parent && parent.paths ? parent.paths.concat(modulePaths) : nodeModulePaths(process.cwd()).concat(modulePaths));
  // node's require resolves "exports" without a base: its errors name no importer.
  let r;
  try {
    r = resolveBare(request, lookup, conditionsRequire, undefined);
  } catch (err) {
    throw tagExportsThrow(err, 'exports');
  }
  if (r) {
    if (r.exported && !isFile(r.file)) throw mapTargetNotFound(r.file, r.pkgDir);
    return r.file;
  }
  throw notFound(request, parent);
}

// ---- module.SourceMap ---------------------------------------------------------------------
// node's SourceMap (lib/internal/source_map/source_map.js, from Chromium's): a source map v3
// payload (or its index "sections") decoded into sorted [line, column, source, line, column,
// name] entries; findEntry takes 0-based positions, findOrigin 1-based ones.
function makeSourceMapClass() {
  const base64Map = Object.create(null);
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < digits.length; i++) base64Map[digits[i]] = i;
  const isSeparator = (char) => char === ',' || char === ';';
  // One base64 VLQ value of `text` from `at.i` on (advancing it).
  function decodeVLQ(text, at) {
    let result = 0;
    let shift = 0;
    let digit;
    do {
      digit = base64Map[text.charAt(at.i++)];
      result += (digit & 31) << shift;
      shift += 5;
    } while (digit & 32);
    const negative = result & 1;
    result >>>= 1;
    return negative ? -result | (1 << 31) : result;
  }
  function clonePayload(payload) {
    requireBuiltin('internal/validators').validateObject(payload, 'payload');
    const copy = { ...payload };
    for (const key of Object.keys(copy)) if (Array.isArray(copy[key])) copy[key] = copy[key].slice();
    return copy;
  }
  return class SourceMap {
    #payload;
    #mappings = [];
    #lineLengths;
    constructor(payload, { lineLengths } = { __proto__: null }) {
      this.#payload = clonePayload(payload);
      if (this.#payload.sections) {
        for (const section of this.#payload.sections) this.#parseMap(section.map, section.offset.line, section.offset.column);
      } else {
        this.#parseMap(this.#payload, 0, 0);
      }
      this.#mappings.sort((a, b) => (a[0] !== b[0] ? a[0] - b[0] : a[1] - b[1]));
      if (Array.isArray(lineLengths) && lineLengths.length) this.#lineLengths = lineLengths;
    }
    get payload() { return clonePayload(this.#payload); }
    get lineLengths() { return this.#lineLengths ? this.#lineLengths.slice() : undefined; }
    findEntry(lineOffset, columnOffset) {
      let first = 0;
      let count = this.#mappings.length;
      while (count > 1) {
        const step = count >> 1;
        const mapping = this.#mappings[first + step];
        if (lineOffset < mapping[0] || (lineOffset === mapping[0] && columnOffset < mapping[1])) {
          count = step;
        } else {
          first += step;
          count -= step;
        }
      }
      const entry = this.#mappings[first];
      if (!entry || (!first && (lineOffset < entry[0] || (lineOffset === entry[0] && columnOffset < entry[1])))) return {};
      return { generatedLine: entry[0], generatedColumn: entry[1], originalSource: entry[2], originalLine: entry[3], originalColumn: entry[4], name: entry[5] };
    }
    findOrigin(lineNumber, columnNumber) {
      const range = this.findEntry(lineNumber - 1, columnNumber - 1);
      if (range.originalSource === undefined || range.originalLine === undefined || range.originalColumn === undefined ||
        range.generatedLine === undefined || range.generatedColumn === undefined) return {};
      return { name: range.name, fileName: range.originalSource, lineNumber: range.originalLine + lineNumber - range.generatedLine,
        columnNumber: range.originalColumn + columnNumber - range.generatedColumn };
    }
    #parseMap(map, lineNumber, columnNumber) {
      let sourceIndex = 0;
      let sourceLineNumber = 0;
      let sourceColumnNumber = 0;
      let nameIndex = 0;
      const sources = map.sources.slice();
      const text = map.mappings;
      const at = { i: 0 };
      let sourceURL = sources[sourceIndex];
      for (;;) {
        if (text.charAt(at.i) === ',') {
          at.i++;
        } else {
          while (text.charAt(at.i) === ';') {
            lineNumber += 1;
            columnNumber = 0;
            at.i++;
          }
          if (at.i >= text.length) break;
        }
        columnNumber += decodeVLQ(text, at);
        if (isSeparator(text.charAt(at.i))) {
          this.#mappings.push([lineNumber, columnNumber]);
          continue;
        }
        const sourceIndexDelta = decodeVLQ(text, at);
        if (sourceIndexDelta) {
          sourceIndex += sourceIndexDelta;
          sourceURL = sources[sourceIndex];
        }
        sourceLineNumber += decodeVLQ(text, at);
        sourceColumnNumber += decodeVLQ(text, at);
        let name;
        if (!isSeparator(text.charAt(at.i))) {
          nameIndex += decodeVLQ(text, at);
          name = map.names?.[nameIndex];
        }
        this.#mappings.push([lineNumber, columnNumber, sourceURL, sourceLineNumber, sourceColumnNumber, name]);
      }
    }
  };
}

// ---- source map cache (module.findSourceMap) ----------------------------------------------
// As node's maybeCacheSourceMap: a CommonJS module compiled while source maps are enabled
// (--enable-source-maps, process.setSourceMapsEnabled) has the map its last sourceMappingURL
// comment names (a data: URL or a file beside it), with its sources made absolute URLs.
const sourceMapCache = new Map(); // file URL -> { data, lineLengths, sourceMap }
function cacheSourceMap(filename, content) {
  const { URL, pathToFileURL } = requireBuiltin('url');
  let match;
  let last = null;
  const magic = /\/[*/]#\s+sourceMappingURL=([^\s]+)/g;
  while ((match = magic.exec(content)) !== null) last = match[1];
  if (last === null) return;
  const moduleUrl = pathToFileURL(filename).href;
  const data = sourceMapData(moduleUrl, last, URL);
  if (data === null) return;
  sourceMapCache.set(moduleUrl, { data, lineLengths: lineLengths(content), sourceMap: undefined });
}
function sourceMapData(moduleUrl, sourceMappingURL, URL) {
  let url = null;
  try { url = new URL(sourceMappingURL); } catch { /* a path: relative to the module */ }
  try {
    if (url !== null) {
      if (url.protocol !== 'data:') return null;
      const [format, payload = ''] = url.pathname.split(',');
      const parts = format.split(';');
      if (parts[0] !== 'application/json') return null;
      const text = parts[parts.length - 1] === 'base64' ? Buffer.from(payload, 'base64').toString('utf8') : payload;
      return sourcesToAbsolute(moduleUrl, JSON.parse(text), URL);
    }
    const mapUrl = new URL(sourceMappingURL, moduleUrl).href;
    const text = binding.readFileUtf8(requireBuiltin('url').fileURLToPath(mapUrl));
    return sourcesToAbsolute(mapUrl, JSON.parse(text), URL);
  } catch {
    return null;
  }
}
function sourcesToAbsolute(baseUrl, data, URL) {
  data.sources = data.sources.map((source) => new URL((data.sourceRoot || '') + source, baseUrl).href);
  data.sourceRoot = '';
  return data;
}
// Each line's length (\n, \u2028 and \u2029 end a line; a \r stays counted).
function lineLengths(content) {
  const out = [];
  let length = 0;
  for (let i = 0; i < content.length; i++, length++) {
    const c = content.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029) {
      out.push(length);
      length = -1;
    }
  }
  out.push(length);
  return out;
}
function findSourceMap(sourceURL) {
  if (!/^\w+:\/\//.test(sourceURL)) sourceURL = requireBuiltin('url').pathToFileURL(sourceURL).href;
  const entry = sourceMapCache.get(sourceURL);
  if (entry === undefined) return undefined;
  entry.sourceMap ??= new Module.SourceMap(entry.data, { lineLengths: entry.lineLengths });
  return entry.sourceMap;
}

// ---- Module --------------------------------------------------------------------------------
const cache = Object.create(null);

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  Object.defineProperty(this, 'exports', { value: {}, writable: true, enumerable: true, configurable: true });
  moduleParents.set(this, parent);
  this.filename = null;
  this.loaded = false;
  this.children = [];
  if (parent && parent.children) parent.children.push(this);
}

Module._cache = cache;
Module._pathCache = Object.create(null);
Module.builtinModules = builtinModules;
Module.isBuiltin = isBuiltin;
Module._nodeModulePaths = nodeModulePaths;
// node's module.parent: an accessor of the prototype (DEP0144), not an own property.
// (Prototype members in node's order: constructor -- an accessor in node 20, for its policy
// checks --, isPreloading, parent, load, require, _compile.)
Object.defineProperty(Module.prototype, 'constructor', { get: function() { return Module; }, configurable: false, enumerable: false });
const moduleParents = new WeakMap();
Object.defineProperty(Module.prototype, 'isPreloading', { get() { return false; }, configurable: true });
// With --pending-deprecation (or NODE_PENDING_DEPRECATION=1) script access warns (DEP0144).
let parentDeprecation;
function warnParentAccess() {
  if (parentDeprecation === undefined) {
    const on = execArgv().includes('--pending-deprecation') || binding.nodeOptions.includes('--pending-deprecation') ||
      process.env.NODE_PENDING_DEPRECATION === '1';
    parentDeprecation = on ? requireBuiltin('util').deprecate(() => {}, 'module.parent is deprecated due to accuracy ' +
      'issues. Please use require.main to find program entry point instead.', 'DEP0144') : null;
  }
  if (parentDeprecation !== null) parentDeprecation();
}
Object.defineProperty(Module.prototype, 'parent', {
  get() { warnParentAccess(); return moduleParents.get(this); },
  set(value) { warnParentAccess(); moduleParents.set(this, value); },
  configurable: true,
});

// Searched after node_modules for bare requests: NODE_PATH, ~/.node_modules, ~/.node_libraries,
// <prefix>/lib/node (node's Module._initPaths).
let modulePaths = [];
function initPaths() {
  const env = binding.env;
  let paths = [];
  if (path.isAbsolute(process.execPath)) paths.push(path.resolve(process.execPath, '..', '..', 'lib', 'node'));
  if (env.HOME) paths.unshift(path.resolve(env.HOME, '.node_modules'), path.resolve(env.HOME, '.node_libraries'));
  if (env.NODE_PATH) paths = env.NODE_PATH.split(path.delimiter).filter(Boolean).concat(paths);
  modulePaths = paths;
  Module.globalPaths = paths.slice();
}
Module.globalPaths = [];
// node's wrap/wrapper are non-enumerable accessors.
// Once either is set (or the wrapper array read, as it may be changed in place), modules are
// compiled from the source Module.wrap returns, as node does.
let wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
let wrap = (script) => wrapper[0] + script + wrapper[1];
let wrapPatched = false;
const defaultWrapper = wrapper.slice();
Object.defineProperty(Module, 'wrap', { get() { return wrap; }, set(v) { wrapPatched = true; wrap = v; } });
Object.defineProperty(Module, 'wrapper', { get() { return wrapper; }, set(v) { wrapPatched = true; wrapper = v; } });
Module._debug = function _debug() {};
Module._findPath = function _findPath(request, paths, isMain) {
  const abs = path.isAbsolute(request);
  for (const dir of abs ? [''] : paths || []) {
    const p = abs ? request : path.resolve(dir, request);
    const f = tryPath(p, Object.keys(Module._extensions), request, null, hasTrailingSlash(request));
    if (f) return f;
  }
  return false;
};
// node's: the directories a request is looked up in (null for a built-in or none).
Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (isBuiltin(request)) return null;
  if (request[0] === '.' && (request.length === 1 || request[1] === '.' || request[1] === '/')) {
    return [parent && parent.id && parent.filename ? path.dirname(parent.filename) : '.'];
  }
  const paths = parent && parent.paths && parent.paths.length ? parent.paths.concat(modulePaths) : modulePaths;
  return paths.length > 0 ? paths : null;
};
Module._resolveFilename = function (request, parent, isMain, options) {
  return resolveFilename(request, parent, isMain, options);
};
Module._load = function (request, parent, isMain) {
  return loadModule(request, parent, isMain);
};
Module._initPaths = function _initPaths() { initPaths(); };
// node's Module._stat (0 a file, 1 a directory, -2 missing) and Module._readPackage(dir), as
// accessors; replacing _stat is an experimental feature.
function stat(filename) {
  const k = binding.entryKind(filename);
  return k === 1 ? 0 : k === 2 ? 1 : -2;
}
let statWarned = false;
Object.defineProperty(Module, '_stat', {
  get() { return userStat || stat; },
  set(fn) {
    // (node's emitExperimentalWarning: once per process.)
    if (!statWarned) process.emitWarning('Module._stat is an experimental feature and might change at any time', 'ExperimentalWarning');
    statWarned = true;
    userStat = fn === stat ? null : fn;
  },
  configurable: true,
});
let readPackageHook = function _readPackage(dir) {
  const pkg = readPackage(dir);
  return { __proto__: null, exists: pkg !== null, pjsonPath: path.join(dir, 'package.json'), main: pkg?.main, name: pkg?.name,
    type: pkg?.type ?? 'none', exports: pkg?.exports, imports: pkg?.imports };
};
Object.defineProperty(Module, '_readPackage', {
  get() { return readPackageHook; },
  set(fn) { readPackageHook = fn; },
  configurable: true,
});
Module._preloadModules = function _preloadModules(requests) {
  if (!Array.isArray(requests)) return;
  const parent = new Module('internal/preload', null);
  parent.paths = nodeModulePaths(process.cwd());
  for (const r of requests) parent.require(r);
};
Module.Module = Module;
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};
Module.findSourceMap = findSourceMap;
// module.register(specifier[, parentURL][, options]): customization hooks cannot run here (node
// runs them on a loader thread rjs does not have), but the hooks module is resolved as node
// resolves it (against parentURL, 'data:' by default), so a wrong specifier fails the same way.
Module.register = function register(specifier, parentURL = undefined, options = undefined) {
  const { URL, fileURLToPath } = requireBuiltin('url');
  if (parentURL !== null && typeof parentURL === 'object' && !(parentURL instanceof URL)) {
    options = parentURL;
    parentURL = options.parentURL;
  }
  const parent = `${parentURL ?? 'data:'}`;
  esmResolveUncached(`${specifier}`, parent.startsWith('file:') ? fileURLToPath(parent) : parent);
};
Module.SourceMap = makeSourceMapClass();
const defaultRunMain = Module.runMain = function runMain(main = process.argv[1]) {
  runMainFile(resolveFilename(path.resolve(main), null, true));
};
// node runs the entry with the ESM loader for .mjs, a "type": "module" scope (where other
// extensions are unknown, and JSON needs an import attribute) and detected module syntax.
function runMainFile(filename) {
  const format = formatOf(filename);
  if (format === 'module' || ((format === null || format === 'json') && packageScope(filename)?.type === 'module')) {
    // (node's ESM resolver refuses --input-type for an entry that is a file.)
    const inputType = execArgv().some((a) => a === '--input-type' || a.startsWith('--input-type='));
    esmRunKind = 'file';
    runEsmMain(filename, '', inputType ? inputTypeNotAllowed() : null);
  } else {
    Module._load(filename, null, true);
  }
}

Module._extensions = Object.create(null);
let facadeCount = 0;
// Modules of ES modules whose require() is loading or running them (node's kRequiredModuleSymbol
// before evaluation ends): a require() of one from inside its own graph is a cycle.
const esmBeingRequired = new WeakSet();
// node's ERR_REQUIRE_CYCLE_MODULE, reported at the line of node's loader that throws it.
const CYCLE_HEADERS = {
  require: 'node:internal/modules/esm/loader:376\n      throw new ERR_REQUIRE_CYCLE_MODULE(message);\n            ^\n',
  import: 'node:internal/modules/esm/loader:467\n        throw new ERR_REQUIRE_CYCLE_MODULE(message);\n        ^\n',
  circular: 'node:internal/modules/cjs/loader:973\n    throw new ERR_REQUIRE_CYCLE_MODULE(message);\n          ^\n',
  link: 'node:internal/modules/esm/loader:429\n        throw new ERR_REQUIRE_CYCLE_MODULE(message);\n              ^\n',
};
function requireCycleError(message, site) {
  const err = esmError(Error, 'ERR_REQUIRE_CYCLE_MODULE', message);
  loop.markThrow(err, CYCLE_HEADERS[site]);
  return err;
}
// require() of the ES module `filename` (for `module`) while it runs.
function requireEsmCycleError(module, filename) {
  const parent = moduleParents.get(module);
  const from = parent && parent.filename ? ` (from ${parent.filename})` : '';
  return requireCycleError(`Cannot require() ES Module ${filename} in a cycle.${from} A cycle involving require(esm) ` +
    'is not allowed to maintain invariants mandated by the ECMAScript specification. Try making at least part of the dependency in the graph lazily loaded.', 'require');
}
// The ESM loader found a module being evaluated in the graph a require() loads: `specifier`
// imported from `parentPath`, or (parentPath '') the required module itself.
function esmCycleError(specifier, parentPath) {
  if (parentPath === '') return requireEsmCycleError(requiringEsm.module, requiringEsm.filename);
  return requireCycleError(`Cannot import Module ${specifier} in a cycle. (from ${parentPath.split('\0')[0]})`, 'link');
}
// The ES module graph a require() is loading and running ({ module, filename }), or null.
let requiringEsm = null;
// require() of an ES module (node >= 20.19): evaluate it now; it must not use top-level await.
function requireEsm(module, filename) {
  if (cjsRunningInGraph.length > 0 && importsRunningCommonJS(filename)) throw requireEsmCycleError(module, filename);
  const outer = requiringEsm;
  requiringEsm = { module, filename, files: new Set([filename]) };
  esmBeingRequired.add(module);
  let promise, namespace;
  try {
    [promise, namespace] = binding.runEsm(filename, '', true);
  } catch (err) {
    throw asRequireAsyncThrow(err);
  } finally {
    requiringEsm = outer;
    esmBeingRequired.delete(module);
  }
  const [state, value] = binding.promiseState(promise);
  if (state === 2) {
    promise.catch(() => {}); // the error is thrown to the require() caller instead
    explainCommonJSGlobal(value, filename);
    loop.markReportWhereMade(value);
    throw value;
  }
  if (state === 0) {
    // (A module loaded before this require() was not checked for top-level await.)
    promise.catch(() => {}); // node never runs it; its rejection is nobody's concern
    throw asRequireAsyncThrow(requireAsyncModuleError(module, filename));
  }
  // An ES module may name what require() returns: its export named 'module.exports' (node 20.19+).
  if (Object.prototype.hasOwnProperty.call(namespace, 'module.exports')) {
    module.exports = namespace['module.exports'];
    return;
  }
  // node's createRequiredModuleFacade: a module with a default export (and no __esModule of
  // its own) is required as a namespace that also has __esModule: true, for transpiled code.
  // (A new facade for each load: required again after its require.cache entry went, it is
  // another object over the same module.)
  if (namespace.default !== undefined && !Object.prototype.hasOwnProperty.call(namespace, '__esModule')) {
    const key = `${filename}\0facade${++facadeCount}`;
    sourceModules.add(key);
    const spec = JSON.stringify(filename);
    binding.addModuleSource(key, `export * from ${spec}; export { default } from ${spec}; export const __esModule = true;`);
    const [facade, ns] = binding.runEsm(key, '', true);
    if (binding.promiseState(facade)[0] === 1) {
      module.exports = ns;
      return;
    }
  }
  module.exports = namespace;
}

// node's '.js' loader, which also loads .mjs, .cjs and unregistered extensions: the file's text
// goes to module._compile (which require hooks wrap, and which may rewrite ES module code too)
// with its format from the extension or the package "type"; typeless files are detected there.
function requireAsyncModuleError(module, filename) {
  let message = 'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.';
  const parent = moduleParents.get(module);
  const parentFile = parent && parent.filename;
  if (parentFile) message += `\n  From ${parentFile} `;
  message += `\n  Requiring ${filename} `;
  return esmError(Error, 'ERR_REQUIRE_ASYNC_MODULE', message);
}
// ERR_REQUIRE_ASYNC_MODULE as node throws it: from the synchronous module job its _compile's
// loadESMFromCJS runs (those frames in place of rjs's down to Module._compile).
const REQUIRE_ASYNC_FRAMES = ['ModuleJobSync.runSync (node:internal/modules/esm/module_job:433:13)',
  'ModuleLoader.importSyncForRequire (node:internal/modules/esm/loader:389:47)',
  'loadESMFromCJS (node:internal/modules/cjs/loader:1363:24)', 'Module._compile (node:internal/modules/cjs/loader:1503:5)'];
function asRequireAsyncThrow(err) {
  if (err === null || typeof err !== 'object' || err.code !== 'ERR_REQUIRE_ASYNC_MODULE') return err;
  loop.markThrow(err, 'node:internal/modules/esm/module_job:433\n      throw new ERR_REQUIRE_ASYNC_MODULE(filename, parentFilename);\n      ^\n');
  return spliceTopFrames(err, REQUIRE_ASYNC_FRAMES, (lines, first) => {
    // (the nearest Module._compile: the bootstrap shows the runEsm call as node's frames, up to
    // a Module._compile of 1503:5)
    const compile = [lines.indexOf('    at Module._compile (node:internal/modules/cjs/loader:1503:5)', first),
      lines.indexOf('    at Module._compile (node:internal/modules/cjs/loader:1521:14)', first)].filter((k) => k !== -1).sort((a, b) => a - b)[0];
    return compile === undefined ? -1 : compile - first + 1;
  });
}
// Whether the ESM loader is to check a module resolved for `parentPath` for top-level await (node
// refuses such a graph before running any of it): an ES module of the graph a require() loads.
function checkRequiredTla(format, file, parentPath) {
  const r = requiringEsm;
  if (r === null || format !== 'module') return false;
  if (parentPath === '' ? file !== r.filename : !r.files.has(parentPath)) return false;
  r.files.add(file);
  return true;
}

// A module's text. node reads it with fs.readFileSync, which tools replace to serve files from
// elsewhere (Yarn PnP's zip archives, in-memory file systems): a replaced one is used.
function readModuleText(filename) {
  if (userFs !== null && userFs.readFileSync !== userFs.internals.readFileSync) return userFs.readFileSync(filename, 'utf8');
  return binding.readFileUtf8(filename);
}

Module._extensions['.js'] = function Module__extensions__js(module, filename) {
  const content = readModuleText(filename);
  module._compile(content, filename, extensionFormat(filename));
};
// (Anonymous in node: the name is for the stack frame the bootstrap shows as Module._extensions..js.)
Object.defineProperty(Module._extensions['.js'], 'name', { value: '' });
function extensionFormat(filename) {
  if (filename.endsWith('.cjs')) return 'commonjs';
  if (filename.endsWith('.mjs')) return 'module';
  if (!filename.endsWith('.js')) return undefined;
  const pkg = packageScope(filename);
  const type = pkg && pkg.type;
  return type === 'module' || type === 'commonjs' ? type : undefined;
}
Module._extensions['.json'] = function (module, filename) {
  const content = readModuleText(filename);
  try {
    module.exports = JSON.parse(content);
  } catch (err) {
    err.message = filename + ': ' + err.message;
    // (node's frames: its JSONParse call in Module._extensions..json, which rethrows.)
    loop.markThrow(err, 'node:internal/modules/cjs/loader:1644\n    throw err;\n    ^\n');
    throw spliceTopFrames(err, ['parse (<anonymous>)', 'Module._extensions..json (node:internal/modules/cjs/loader:1641:39)']);
  }
};
Module._extensions['.node'] = function (module, filename) {
  const err = new Error(`Cannot load native addon ${filename}: native addons are not supported by rjs (WebAssembly)`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

// The parser's message without its position suffix (the first line of node's report), with
// Boa's own reworded as V8 words them.
function v8SyntaxMessage(msg) {
  let m;
  if (/abrupt end|end of input|unexpected end|unterminated template/i.test(msg)) return 'Unexpected end of input';
  if (/unterminated string|numeric literal must not be followed by/i.test(msg)) return 'Invalid or unexpected token';
  if (/underscores are not allowed at the end of numeric literals/.test(msg)) return 'Numeric separators are not allowed at the end of numeric literals';
  if ((m = /lexical name `(.+?)` declared multiple times/.exec(msg)) || (m = /formal parameter `(.+?)` declared in lexically declared names/.exec(msg))) {
    return `Identifier '${m[1]}' has already been declared`;
  }
  return msg.replace(/ at line \d+, col \d+$/, '');
}

// V8's words for an unexpected token, told by the source text at it (Boa's message drops a
// string's quotes): the literal's kind, an identifier's name, a reserved word's kind.
const V8_TOKEN_WORDS = new Set(('async break case catch class const continue debugger default delete do else enum export ' +
  'extends false finally for function if import in instanceof new null return super switch this throw true try typeof ' +
  'var void while with').split(' '));
const STRICT_RESERVED = new Set('implements interface let package private protected public static yield'.split(' '));
function v8UnexpectedToken(line, col, strict) {
  const c = line[col];
  if (c === undefined) return null;
  if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(line[col + 1] || ''))) return 'Unexpected number';
  if (c === '"' || c === "'") return 'Unexpected string';
  if (c === '`') return 'Unexpected template string';
  const word = /^[A-Za-z_$][\w$]*/.exec(line.slice(col));
  if (word === null) return null;
  const w = word[0];
  if (V8_TOKEN_WORDS.has(w)) return `Unexpected token '${w}'`;
  // (node retries a CommonJS file that fails on `await` as an ES module: that error is shown.)
  if (w === 'await') return 'Unexpected reserved word';
  if (STRICT_RESERVED.has(w) && strict) return 'Unexpected strict mode reserved word';
  return `Unexpected identifier '${w}'`;
}

// `detect`: module syntax that fails to compile returns null (the caller loads an ES module).
function compileWrapper(content, filename, detect = false) {
  try {
    // Compiled by module detection; a hook (module._compile) may have changed the source.
    const pre = precompiled.get(filename);
    if (pre !== undefined) precompiled.delete(filename);
    if (wrapPatched || wrapper[0] !== defaultWrapper[0] || wrapper[1] !== defaultWrapper[1]) {
      return binding.evalScript(Module.wrap(content), filename);
    }
    const fn = pre !== undefined && pre[0] === content ? pre[1] : binding.compileFunction(content, WRAPPER_PARAMS, filename);
    binding.cjsWrapped.set(filename, WRAPPER_HEADER_COLS);
    return fn;
  } catch (err) {
    if (detect && err instanceof SyntaxError && esmSyntax.test(content)) return null;
    if (err instanceof SyntaxError) {
      const esm = esmSyntaxError(err, content, filename, compileFrames());
      if (esm !== null) {
        // node's enrichCJSError: a warning emitted at once (the error usually ends the
        // process before a queued one would show), when the code would load as an ES module.
        if (esmSyntax.test(content) || failsOnlyAsCommonJS(err, content, filename)) {
          const w = new Error('To load an ES module, set "type": "module" in the package.json or use the .mjs extension.');
          w.name = 'Warning';
          process.emit('warning', w);
        }
        throw esm;
      }
      if (/^\s*(import\s*[\w{*'"]|export\s)/m.test(content)) {
        throw new SyntaxError('Cannot use import statement outside a module');
      }
      throw syntaxReport(err, content, filename, filename, WRAPPER_HEADER_COLS, compileFrames());
    }
    throw err;
  }
}

// ES module syntax in a CommonJS file, on the line the parser stopped at: V8's message and a
// report underlining the token, or null.
function esmSyntaxError(err, content, filename, frames = '') {
  const pos = / at line (\d+), col (\d+)/.exec(err.message);
  if (pos === null) return null;
  const n = Number(pos[1]);
  const line = content.split(/\r?\n/)[n - 1];
  if (line === undefined) return null;
  const col = Number(pos[2]) - 1 - (n === 1 ? WRAPPER_HEADER_COLS : 0);
  let m;
  let at;
  let len;
  let message;
  // Statements start a line or follow `;` / `}`.
  if ((m = /(^|[;}])(\s*)import\s*[\w{*'"]/.exec(line))) {
    at = m.index + m[1].length + m[2].length; len = 6; message = 'Cannot use import statement outside a module';
  } else if ((m = /(^|[;}])(\s*)export\b/.exec(line))) {
    at = m.index + m[1].length + m[2].length; len = 6; message = "Unexpected token 'export'";
  } else if ((at = line.indexOf('import.meta')) !== -1) {
    at += 7; len = 4; message = "Cannot use 'import.meta' outside a module";
  } else if ((m = /\bawait\s*$/.exec(line.slice(0, Math.max(0, col))))) {
    at = m.index; len = 5; message = 'await is only valid in async functions and the top level bodies of modules';
  } else {
    return null;
  }
  const e = new SyntaxError(message);
  setReport(e, `${filename}:${n}\n${line}\n${caretIndent(line, at)}${'^'.repeat(len)}\n\nSyntaxError: ${message}${frames}`);
  return e;
}

// `report` becomes err's stack, which an uncaught-exception report prints as it is (loop.js reads
// the mark, a hidden property so inspect and Object.keys do not show it).
function setReport(err, report) {
  Object.defineProperty(err, 'stack', { value: report, configurable: true, writable: true });
  Object.defineProperty(err, '__rjsReport', { value: true, configurable: true });
}

// A SyntaxError from Boa's parser as node reports it: V8's words, and a report naming the file
// (`shown`), the line and a caret. `headerCols`: columns a wrapper put before line 1.
// The frames under a file's syntax error in node: V8's compile in wrapSafe, called by
// Module._compile (at its compile line) or by --check's checkSyntax, then the caller's frames.
const WRAP_SAFE_FRAME = '\n    at wrapSafe (node:internal/modules/cjs/loader:1464:18)';
const CJS_COMPILE_FRAMES = [WRAP_SAFE_FRAME.slice(1), '    at Module._compile (node:internal/modules/cjs/loader:1495:20)'];
// An ES module's: V8's compile in node's ESM loader, for an import or (then the CommonJS
// require() frames follow) a require().
const ESM_COMPILE_FRAME = '    at compileSourceTextModule (node:internal/modules/esm/utils:346:16)';
const ESM_IMPORT_COMPILE_FRAMES = [ESM_COMPILE_FRAME, '    at ModuleLoader.moduleStrategy (node:internal/modules/esm/translators:146:18)',
  '    at #translate (node:internal/modules/esm/loader:497:12)', '    at ModuleLoader.loadAndTranslate (node:internal/modules/esm/loader:544:27)'];
const ESM_REQUIRE_COMPILE_FRAMES = [ESM_COMPILE_FRAME, '    at ModuleLoader.importSyncForRequire (node:internal/modules/esm/loader:382:18)',
  '    at loadESMFromCJS (node:internal/modules/cjs/loader:1363:24)', '    at Module._compile (node:internal/modules/cjs/loader:1503:5)'];
function compileFrames(head = CJS_COMPILE_FRAMES) {
  if (binding.checkOnly) return `${WRAP_SAFE_FRAME}\n    at checkSyntax (node:internal/main/check_syntax:78:3)`;
  const limit = Error.stackTraceLimit;
  if (typeof limit !== 'number' || !(limit > 0)) return '';
  Error.stackTraceLimit = Infinity;
  let lines;
  try { lines = String(new Error().stack).split('\n'); } finally { Error.stackTraceLimit = limit; }
  // (the nearest Module._compile: a require() of an ES module shows as node's, 1503:5)
  const at = [lines.indexOf('    at Module._compile (node:internal/modules/cjs/loader:1521:14)'),
    lines.indexOf('    at Module._compile (node:internal/modules/cjs/loader:1503:5)')].filter((k) => k !== -1).sort((a, b) => a - b)[0];
  if (at === undefined) return '';
  const frames = [...head, ...lines.slice(at + 1)];
  return `\n${frames.slice(0, limit).join('\n')}`;
}

// The blanks before a report's caret as node writes them under `line`: tabs kept, so the caret
// lines up however the terminal expands them, other characters as spaces.
function caretIndent(line, width) {
  let out = '';
  for (let i = 0; i < width; i++) out += line[i] === '\t' ? '\t' : ' ';
  return out;
}

// A module's early errors the parser reports without a position (at 1:1): V8's words, and the
// line (1-based), column and width of what V8 underlines, found in the source; or null.
// (Export clauses and declarations are found by their text: comments and strings holding the
// same text can mislead it, and then the position alone is off.)
function moduleEarlyError(msg, content) {
  let m;
  const at = (re, which = 0) => {
    re.lastIndex = 0;
    let found = null;
    for (let k = 0; (found = re.exec(content)) !== null; k++) {
      if (k === which) break;
    }
    return found;
  };
  const place = (index, width, message) => {
    const before = content.slice(0, index).split(/\r?\n/);
    return { message, line: before.length, col: before[before.length - 1].length, width };
  };
  const name = (n) => n.replace(/[$]/g, '\\$');
  if ((m = /^could not find the exported binding `(.+?)` in the declared names of the module/.exec(msg))) {
    // The specifier (`x` or `x as y`) of an export clause without `from`.
    const re = new RegExp(`export\\s*\\{[^}]*?(?<![\\w$])(${name(m[1])}(?:\\s+as\\s+(?:[\\w$]+|'[^']*'|"[^"]*"))?)(?![\\w$])[^}]*\\}(?!\\s*from\\b)`, 'g');
    const found = at(re);
    const message = `Export '${m[1]}' is not defined in module`;
    return found === null ? { message } : place(found.index + found[0].indexOf(found[1], found[0].indexOf('{')), found[1].length, message);
  }
  if ((m = /^exported name `(.+?)` declared multiple times/.exec(msg))) {
    // The second place exporting the name: a declaration's name, or a clause's specifier.
    const n = name(m[1]);
    const re = new RegExp(`export\\s+(?:(?:const|let|var|class|(?:async\\s+)?function\\s*\\*?)\\s*(${n})(?![\\w$])|default\\b)|` +
      `(?<=export\\s*\\{[^}]*?)(?<![\\w$])((?:[\\w$]+\\s+as\\s+)?${n})(?![\\w$])(?=\\s*[,}])`, 'g');
    const places = [];
    let f;
    while ((f = re.exec(content)) !== null) {
      if (f[1] !== undefined) places.push([f.index + f[0].lastIndexOf(f[1]), f[1].length]);
      else if (f[2] !== undefined) places.push([f.index, f[2].length]);
      else if (m[1] === 'default') places.push([f.index + f[0].indexOf('default'), 7]);
    }
    const message = `Duplicate export of '${m[1]}'`;
    return places.length < 2 ? { message } : place(places[1][0], places[1][1], message);
  }
  if (/^(?:lexical name `\*default\*` declared multiple times|Identifier '\*default\*' has already been declared)/.test(msg)) {
    // The second `export default`, from `default` to the end of its line's statement.
    const found = at(/(?<![\w$.])export\s+(default\b[^;\n]*)/g, 1);
    const message = "Identifier '.default' has already been declared";
    return found === null ? { message } : place(found.index + found[0].indexOf(found[1]), found[1].trimEnd().length, message);
  }
  if (/^module cannot contain `super` on the top-level/.test(msg)) {
    const found = at(/(?<![\w$.])super(?![\w$])/g);
    const message = "'super' keyword unexpected here";
    return found === null ? { message } : place(found.index, 5, message);
  }
  if (/^module cannot contain `new\.target` on the top-level/.test(msg)) {
    const found = at(/(?<![\w$.])new\s*\.\s*target(?![\w$])/g);
    const message = 'new.target expression is not allowed here';
    return found === null ? { message } : place(found.index + found[0].length - 6, 6, message);
  }
  return null;
}

// `isModule`: the source is an ES module (else CommonJS).
function syntaxReport(err, content, filename, shown, headerCols, frames = '', isModule = false) {
  const early = isModule ? moduleEarlyError(err.message, content) : null;
  if (early !== null) {
    if (early.line === undefined) err = new SyntaxError(early.message);
    else err = new SyntaxError(`${early.message} at line ${early.line}, col ${early.col + 1}`);
  }
  const pos = / at line (\d+), col (\d+)/.exec(err.message);
  const lines = content.split(/\r?\n/);
  // Past the last line (a wrapper's closing line): the file ended inside an unclosed construct.
  let atEnd = pos !== null ? Number(pos[1]) > lines.length : /abrupt end|end of input/i.test(err.message);
  let message = v8SyntaxMessage(err.message);
  // An argument list left open: V8 marks the end of its last line.
  const openArguments = atEnd && message === 'missing ) after argument list';
  if (openArguments) atEnd = false;
  else if (atEnd) message = 'Unexpected end of input';
  let n = atEnd || pos === null ? lines.length : Number(pos[1]);
  if (openArguments) n = lastCodeLine(lines);
  const line = lines[n - 1];
  let col = pos === null ? 0 : Number(pos[2]) - 1 - (n === 1 ? headerCols : 0);
  if (openArguments && line !== undefined) col = /[\w$.]+$|\S$/.exec(line.trimEnd())?.index ?? 0;
  if (!atEnd && line !== undefined && /^Unexpected (?:token|identifier) '/.test(message)) {
    const strict = isModule || /^\s*(['"])use strict\1/.test(content);
    message = v8UnexpectedToken(line, col, strict) || message;
  }
  const e = new SyntaxError(message);
  if (pos || atEnd) {
    if (line !== undefined) {
      // At the end of input V8 marks the position with blanks, else the token with carets.
      const width = early !== null && early.width !== undefined ? early.width : tokenWidth(line, col);
      const caret = atEnd ? caretIndent(line, line.length) : `${caretIndent(line, col)}${'^'.repeat(width)}`;
      const header = `${shown}:${n}\n${line}\n${caret}\n`;
      if (isModule) {
        // node's ESM loader: the stack is the error's own, the excerpt is shown when uncaught.
        Object.defineProperty(e, 'stack', { value: `SyntaxError: ${e.message}${frames}`, configurable: true, writable: true });
        loop.markThrow(e, header);
      } else {
        setReport(e, `${header}\nSyntaxError: ${e.message}${frames}`);
      }
    }
  }
  return e;
}

// The number (1-based) of the last line of `lines` that is not blank.
function lastCodeLine(lines) {
  let n = lines.length;
  while (n > 1 && lines[n - 1].trim() === '') n--;
  return n;
}

// The width of the token at `col` of `line`, which V8 underlines in a syntax error's excerpt.
const PUNCTUATOR = /^(?:>>>=|\.\.\.|===|!==|\*\*=|<<=|>>=|>>>|&&=|\|\|=|\?\?=|=>|==|!=|<=|>=|&&|\|\||\?\?|\?\.|\+\+|--|[-+*/%&|^]=|\*\*|<<|>>)/;
const NUMBER_TOKEN = /^(?:0[xob][\da-f_]+n?|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:e[+-]?\d+)?n?)/i;
function tokenWidth(line, col) {
  const rest = line.slice(col);
  const c = rest[0];
  if (c === undefined) return 1;
  if (c === '"' || c === "'" || c === '`') {
    for (let i = 1; i < rest.length; i++) {
      if (rest[i] === '\\') i++;
      else if (rest[i] === c) return i + 1;
    }
    return rest.length;
  }
  const m = /^[A-Za-z_$][\w$]*/.exec(rest) || NUMBER_TOKEN.exec(rest) || PUNCTUATOR.exec(rest);
  return m ? m[0].length : 1;
}

function Module__compile(content, filename, format) {
  if (format !== undefined) this[kFormat] = format;
  if (process.sourceMapsEnabled) cacheSourceMap(filename, content);
  // node's _compile: source that does not compile as CommonJS but has module syntax is an ES
  // module (unless its format is known to be CommonJS), loaded from this (maybe hook-made) text.
  const fn = format === 'module' ? null : compileWrapper(content, filename, format !== 'commonjs');
  if (fn === null) {
    if (!sourceModules.has(filename)) {
      sourceModules.add(filename);
      binding.addModuleSource(filename, content);
    }
    requireEsm(this, filename);
    return undefined;
  }
  const require = makeRequire(this);
  const dirname = path.dirname(filename);
  const outer = requireDepth === 0;
  if (outer) statCache = new Map();
  try {
    this[kIsExecuting] = true;
    const result = fn.call(this.exports, this.exports, require, this, filename, dirname);
    this[kIsExecuting] = false; // (left true when the code throws, as in node)
    return result;
  } finally {
    if (outer) statCache = null;
  }
}

// node's findLongestRegisteredExtension: 'a.test.js' tries '.test.js', then '.js'.
function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let index = 0;
  let start = 0;
  while ((index = name.indexOf('.', start)) !== -1) {
    start = index + 1;
    if (index === 0) continue;
    const ext = name.slice(index);
    if (Module._extensions[ext]) return ext;
  }
  return '.js';
}

Module.prototype.load = function Module_load(filename) {
  this.filename = filename;
  this.paths = nodeModulePaths(path.dirname(filename));
  // (.mjs has no loader of its own unless a hook registers one: the '.js' one takes it.)
  Module._extensions[findLongestRegisteredExtension(filename)](this, filename);
  this.loaded = true;
};

Module.prototype.require = function Module_require(id) {
  if (typeof id !== 'string') throw new (ERRS().ERR_INVALID_ARG_TYPE)('id', 'string', id);
  if (id === '') throw new (ERRS().ERR_INVALID_ARG_VALUE)('id', id, 'must be a non-empty string');
  // Through the replaceable Module._load, Module._resolveFilename and Module._cache, as node
  // does: require hooks (mock-require, require-in-the-middle, module-alias) patch them.
  requireDepth++;
  try {
    return Module._load(id, this, false);
  } finally {
    requireDepth--;
  }
};
Module.prototype._compile = Module__compile;

let mainModule;

// node's CircularRequirePrototypeWarningProxy: while a module in a require cycle is still
// loading, its plain exports object warns when a property it lacks is read.
let circularProxy;
const isProxy = (value) => requireBuiltin('util/types').isProxy(value);
// (Its stack starts at node's emitCircularRequireWarning, called by the proxy's get trap.)
const CIRCULAR_WARNING_FRAMES = ['emitCircularRequireWarning (node:internal/modules/cjs/loader:930:11)',
  'Object.get (node:internal/modules/cjs/loader:946:5)'];
function circularWarning(prop) {
  const warning = new Error(`Accessing non-existent property '${String(prop)}' of module exports inside circular dependency`);
  warning.name = 'Warning';
  process.emitWarning(spliceTopFrames(warning, CIRCULAR_WARNING_FRAMES));
}
function exportsForCircularRequire(module) {
  const exp = module.exports;
  // (Not for a Proxy: its getPrototypeOf/setPrototypeOf traps are not run.)
  if (exp && typeof exp === 'object' && !isProxy(exp) &&
      Object.getPrototypeOf(exp) === Object.prototype && !exp.__esModule) {
    circularProxy ??= new Proxy({}, {
      get(target, prop) {
        // (Object.prototype's members read through, as node's.)
        if (prop in target || prop === '__esModule') return target[prop];
        circularWarning(prop);
        return undefined;
      },
      getOwnPropertyDescriptor(target, prop) {
        if (Object.prototype.hasOwnProperty.call(target, prop) || prop === '__esModule') {
          return Object.getOwnPropertyDescriptor(target, prop);
        }
        circularWarning(prop);
        return undefined;
      },
    });
    Object.setPrototypeOf(exp, circularProxy);
  }
  return exp;
}

// node's own symbols on a module object (util.inspect shows them): whether it is the main
// module, whether the ESM loader made it (an import of CommonJS), whether its code is running.
const kIsMainSymbol = Symbol('kIsMainSymbol');
const kIsCachedByESMLoader = Symbol('kIsCachedByESMLoader');
const kIsExecuting = Symbol('kIsExecuting');
const kFormat = Symbol('kFormat'); // (its format, when the extension or package "type" tells it)

// (`forImport`: loaded for an import, as node's ESM translator does.)
function loadModule(request, parent, isMain, forImport = false) {
  if (request.startsWith('node:')) {
    const name = request.slice(5);
    if (!builtinSet.has(name) && !schemeOnly.has(name)) {
      throw new (ERRS().ERR_UNKNOWN_BUILTIN_MODULE)(request);
    }
    return loadBuiltin(name);
  }
  let filename;
  try {
    filename = Module._resolveFilename(request, parent, isMain);
  } catch (err) {
    throw asResolveThrow(err, 'load');
  }
  const moduleCache = Module._cache;
  const cached = moduleCache[filename];
  if (cached !== undefined) {
    if (parent && parent.children && !parent.children.includes(cached)) parent.children.push(cached);
    if (!cached.loaded) {
      // node's getExportsForCircularRequire: an ES module still being required is a cycle.
      if (esmBeingRequired.has(cached)) {
        const first = moduleParents.get(cached);
        throw requireCycleError(`Cannot require() ES Module ${cached.id} in a cycle.${first && first.filename ? ` (from ${first.filename})` : ''}`, 'circular');
      }
      return exportsForCircularRequire(cached);
    }
    return cached.exports;
  }
  if (builtinSet.has(filename)) return loadBuiltin(filename);
  // (A main module node's ESM loader runs (after --import modules) is imported: its id is its
  // file name, and it has no parent.)
  const module = new Module(filename, isMain && mainViaEsmLoader ? undefined : parent);
  if (isMain) {
    if (!mainViaEsmLoader) module.id = '.';
    mainModule = module;
    process.mainModule = module;
    // (node's _load sets it on module.require: Module.prototype.require, shared by every module.)
    Object.defineProperty(module.require, 'main', { value: module, writable: true, enumerable: true, configurable: true });
  }
  if (!forImport) module[kIsMainSymbol] = isMain === true;
  moduleCache[filename] = module;
  module[kIsCachedByESMLoader] = forImport;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
    const exp = module.exports;
    if (exp && typeof exp === 'object' && !isProxy(exp) && Object.getPrototypeOf(exp) === circularProxy) Object.setPrototypeOf(exp, Object.prototype);
  } finally {
    if (threw) {
      delete moduleCache[filename];
      const children = parent && parent.children;
      if (Array.isArray(children)) {
        const i = children.indexOf(module);
        if (i !== -1) children.splice(i, 1);
      }
    }
  }
  return module.exports;
}

function makeRequire(mod) {
  const require = function require(id) { return mod.require(id); };
  function resolve(request, options) {
    if (typeof request !== 'string') throw new (ERRS().ERR_INVALID_ARG_TYPE)('request', 'string', request);
    // (Through Module._resolveFilename, which tools such as Yarn PnP replace.)
    try {
      return Module._resolveFilename(request, mod, false, options);
    } catch (err) {
      throw asResolveThrow(err, 'resolve');
    }
  }
  resolve.paths = function paths(request) {
    requireBuiltin('internal/validators').validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  };
  require.resolve = resolve;
  // (As node's: the main module when this require was made, an own data property.)
  Object.defineProperty(require, 'main', { value: mainModule, writable: true, enumerable: true, configurable: true });
  require.extensions = Module._extensions;
  require.cache = cache;
  return require;
}

Module.createRequire = function createRequire(filename) {
  let p = filename;
  if (p && typeof p === 'object' && typeof p.href === 'string') p = p.href;
  if (typeof p === 'string' && p.startsWith('file://')) p = decodeURIComponent(p.slice(7));
  if (typeof p !== 'string' || !path.isAbsolute(p)) {
    throw new (ERRS().ERR_INVALID_ARG_VALUE)('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  }
  const trailing = p.endsWith('/');
  const proxyPath = trailing ? path.join(p, 'noop.js') : p;
  return makeRequire(moduleAt(proxyPath));
};

// A parentless module standing at `file`: what require() resolves from there.
function moduleAt(file) {
  const m = new Module(file, null);
  m.filename = file;
  m.paths = nodeModulePaths(path.dirname(file));
  return m;
}

// ---- ES module resolution (used by the Rust loader) ----------------------------------------
function fileURLToPathSimple(u) {
  return decodeURIComponent(u.slice(7).replace(/^\/\/[^/]*/, ''));
}

// node's ESM format of a file: by extension, `.js` and extensionless files by the package
// "type" (a typeless one by its syntax, node 20.19's module detection); null for other
// extensions (ERR_UNKNOWN_FILE_EXTENSION when imported).
// (`suffix`: an import's query and fragment, for the URL a warning names.)
function formatOf(file, suffix = '') {
  const ext = path.extname(file);
  if (ext === '.mjs') return 'module';
  if (ext === '.cjs') return 'commonjs';
  if (ext === '.json') return 'json';
  if (ext !== '.js' && ext !== '') return null;
  const pkg = packageScope(file);
  if (pkg && pkg.type === 'module') return 'module';
  if (pkg && pkg.type === 'commonjs') return 'commonjs';
  return detectModule(file, pkg, suffix) ? 'module' : 'commonjs';
}

// Module syntax detection for a typeless .js file: it is an ES module when it does not compile
// as CommonJS and has import/export statements or import.meta, or fails with an error only
// CommonJS gives (top-level await, a redeclared wrapper variable), as node 20.19 detects. The
// compiled wrapper is kept for the CommonJS load that follows.
const detected = new Map();
const precompiled = new Map();
const esmSyntax = /(^|[;}])\s*(import\s*[\w{*'"]|export[\s{*])|\bimport\.meta\b/m;
const cjsOnlyErrorSyntax = /\bawait\b|\b(?:const|let|class)\s+(?:require|module|exports|__filename|__dirname)\b/;
// (node then tries the code as the body of an async function without the wrapper's parameters:
// that compiling is what makes it an ES module.)
function failsOnlyAsCommonJS(err, content, file) {
  const cjsOnly = esmSyntaxError(err, content, file) !== null ||
    /^Identifier '(?:require|module|exports|__filename|__dirname)' has already been declared$/.test(v8SyntaxMessage(err.message));
  if (!cjsOnly) return false;
  try {
    binding.compileFunction(`return (async function () {\n${content.replace(/^#!.*/, '')}\n});`, [], file);
    return true;
  } catch {
    return false;
  }
}
const typelessWarned = new Set();
function detectModule(file, pkg, suffix = '') {
  let esm = detected.get(file);
  if (esm !== undefined) return esm;
  esm = false;
  let content;
  try { content = binding.readFileUtf8(file); } catch { content = null; }
  const moduleSyntax = content !== null && esmSyntax.test(content);
  if (moduleSyntax || (content !== null && cjsOnlyErrorSyntax.test(content))) {
    try {
      precompiled.set(file, [content, binding.compileFunction(content, WRAPPER_PARAMS, file)]);
    } catch (err) {
      esm = err instanceof SyntaxError && (moduleSyntax || failsOnlyAsCommonJS(err, content, file));
    }
  }
  detected.set(file, esm);
  if (esm) warnTypeless(file, pkg, suffix);
  return esm;
}
// node's warning (once per package.json) for an ES module found by its syntax in a package
// without "type", named by its URL (`suffix`: the import's query and fragment).
// (Only for a .js file: an extensionless one is detected without a warning.)
function warnTypeless(file, pkg, suffix = '') {
  if (!pkg || pkg.type === 'module' || pkg.type === 'commonjs' || path.extname(file) !== '.js' || file.includes('/node_modules/')) return;
  const pjson = path.join(pkg.__dir, 'package.json');
  if (typelessWarned.has(pjson)) return;
  typelessWarned.add(pjson);
  const url = requireBuiltin('url').pathToFileURL(file).href + suffix;
  process.emitWarning(`Module type of ${url} is not specified and it doesn't parse as CommonJS.\n` +
    'Reparsing as ES module because module syntax was detected. This incurs a performance overhead.\n' +
    `To eliminate this warning, add "type": "module" to ${pjson}.`, { code: 'MODULE_TYPELESS_PACKAGE_JSON' });
}

// ES modules whose source is not a file (`--input-type=module` code), by path.
const sourceModules = new Set();

// `meta`: called for import.meta.resolve(specifier), which returns the URL string instead.
// node caches each resolution that succeeds per (specifier, attributes, importer): importing it
// again does not look at the file system (a file removed since still imports).
const resolveCache = new Map();
function esmResolve(specifier, parentPath, meta, attributes) {
  if (meta === true) return esmMetaResolve(`${specifier}`, parentPath);
  const cacheKey = `${parentPath}\0${specifier}\0${attributes ? attributes.join('\0') : ''}`;
  let res = resolveCache.get(cacheKey);
  try {
    if (res === undefined) res = esmResolveUncached(specifier, parentPath);
    resolveCache.set(cacheKey, res);
    checkAttributes(res[0], res[1], attributes || []);
  } catch (err) {
    markResolveSite(err, parentPath);
    throw err;
  }
  if (esmMockHook !== null) {
    const mocked = mockedModule(res[0], res[1]);
    if (mocked !== undefined) return mocked;
  }
  if (requiringEsm !== null && res[0] === 'commonjs' && isExecutingCommonJS(res[1])) cjsCycleImports.set(res[1], [specifier, parentPath]);
  if (parentPath !== '' && res[0] !== 'builtin') addImporter(res[1], parentPath);
  return checkRequiredTla(res[0], res[1], parentPath) ? [res[0], res[1], true] : res;
}
// node:test's module mocks (t.mock.module): `hook(format, file)` gives { key, source } for an
// import that a mock replaces (key: a module of its own per mock version), else undefined.
let esmMockHook = null;
function setEsmMockHook(hook) { esmMockHook = hook; }
function mockedModule(format, file) {
  const mock = esmMockHook(format, file);
  if (mock === undefined) return undefined;
  if (!sourceModules.has(mock.key)) {
    sourceModules.add(mock.key);
    binding.addModuleSource(mock.key, mock.source);
  }
  return ['module', mock.key];
}
// Whether an import is being resolved (package.json errors are worded for it).
let esmResolving = false;
function esmResolveUncached(specifier, parentPath) {
  const outer = esmResolving;
  esmResolving = true;
  try {
    return esmResolveFile(specifier, parentPath);
  } catch (err) {
    if (err && (err.code === 'ERR_MODULE_NOT_FOUND' || err.code === 'ERR_UNSUPPORTED_DIR_IMPORT')) {
      commonJSHint(err, specifier.startsWith('file://') ? fileURLToPathSimple(specifier) : specifier, parentPath);
    }
    if (err && err.code === 'ERR_MODULE_NOT_FOUND' && !esmResolveThrows.has(err)) {
      esmResolveThrows.set(err, String(err.message).startsWith('Cannot find package') ? 'package' : 'file');
    }
    throw err;
  } finally {
    esmResolving = outer;
  }
}

// The ES modules that import each file (as resolved), and the CommonJS modules an ES module
// graph is running now: an ES module that imports one of those, directly or not, is still
// running too, so a require() of it from there is a cycle (node refuses it; the engine
// cannot link a module while it runs).
const importers = new Map();
const cjsRunningInGraph = [];
function addImporter(file, parentPath) {
  let set = importers.get(file);
  if (set === undefined) importers.set(file, set = new Set());
  set.add(parentPath);
}
function importsRunningCommonJS(file) {
  const seen = new Set();
  const queue = [...cjsRunningInGraph];
  while (queue.length > 0) {
    const set = importers.get(queue.pop());
    if (set === undefined) continue;
    for (const importer of set) {
      if (importer === file) return true;
      if (!seen.has(importer)) { seen.add(importer); queue.push(importer); }
    }
  }
  return false;
}

// A CommonJS module whose code is still running (on the stack) that a required ES module graph
// imports -> [specifier, importer]: node refuses that cycle when the graph runs.
const cjsCycleImports = new Map();
function isExecutingCommonJS(file) {
  const cached = Module._cache[file];
  return cached !== undefined && !cached.loaded;
}

// node's ESM resolver errors as its report of a static import shows them: the line that makes
// the error and the frames from there up to the module job linking the importer.
const esmResolveThrows = new WeakMap();
const ESM_RESOLVE_SITES = {
  package: ['node:internal/modules/esm/resolve:873\n  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath(base), null);\n        ^\n',
    ['packageResolve (node:internal/modules/esm/resolve:873:9)', 'moduleResolve (node:internal/modules/esm/resolve:946:18)']],
  main: ['node:internal/modules/esm/resolve:215\n  const resolvedOption = FSLegacyMainResolve(packageJsonUrlString, packageConfig.main, baseStringified);\n                         ^\n',
    ['legacyMainResolve (node:internal/modules/esm/resolve:215:26)', 'packageResolve (node:internal/modules/esm/resolve:860:14)',
      'moduleResolve (node:internal/modules/esm/resolve:946:18)']],
  file: ['node:internal/modules/esm/resolve:283\n    throw new ERR_MODULE_NOT_FOUND(\n          ^\n',
    ['finalizeResolution (node:internal/modules/esm/resolve:283:11)', 'moduleResolve (node:internal/modules/esm/resolve:952:10)']],
  exports: ['node:internal/modules/esm/resolve:322\n  return new ERR_PACKAGE_PATH_NOT_EXPORTED(\n         ^\n',
    ['exportsNotFound (node:internal/modules/esm/resolve:322:10)', 'packageExportsResolve (node:internal/modules/esm/resolve:670:9)',
      'packageResolve (node:internal/modules/esm/resolve:856:14)', 'moduleResolve (node:internal/modules/esm/resolve:946:18)']],
};
// node's validateAttributes (esm/assert), which its load step runs: an unsupported key, a JSON
// module without `type`, and handleInvalidType as called for a JSON module (line 91) or another
// format (line 78).
const ESM_LOAD_FRAMES = ['defaultLoad (node:internal/modules/esm/load:155:3)',
  'async ModuleLoader.loadAndTranslate (node:internal/modules/esm/loader:543:45)'];
ESM_RESOLVE_SITES.attrKey = ['node:internal/modules/esm/assert:61\n      throw new ERR_IMPORT_ATTRIBUTE_UNSUPPORTED(keys[i], importAttributes[keys[i]]);\n            ^\n',
  ['validateAttributes (node:internal/modules/esm/assert:61:13)'], ESM_LOAD_FRAMES];
ESM_RESOLVE_SITES.attrMissing = ['node:internal/modules/esm/assert:89\n        throw new ERR_IMPORT_ASSERTION_TYPE_MISSING(url, validType);\n              ^\n',
  ['validateAttributes (node:internal/modules/esm/assert:89:15)'], ESM_LOAD_FRAMES];
for (const line of [78, 91]) {
  ESM_RESOLVE_SITES[`attrUnsupported${line}`] = ['node:internal/modules/esm/assert:106\n    throw new ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED(type);\n          ^\n',
    ['handleInvalidType (node:internal/modules/esm/assert:106:11)', `validateAttributes (node:internal/modules/esm/assert:${line}:14)`], ESM_LOAD_FRAMES];
  ESM_RESOLVE_SITES[`attrFailed${line}`] = ['node:internal/modules/esm/assert:110\n  throw new ERR_IMPORT_ASSERTION_TYPE_FAILED(url, type);\n        ^\n',
    ['handleInvalidType (node:internal/modules/esm/assert:110:9)', `validateAttributes (node:internal/modules/esm/assert:${line}:14)`], ESM_LOAD_FRAMES];
}
// A package.json that does not parse: read for a package (packageResolve) or for the package
// scope of the file resolved (its format).
const PJSON_THROW = 'node:internal/modules/package_json_reader:83\n        throw new ERR_INVALID_PACKAGE_CONFIG(\n              ^\n';
ESM_RESOLVE_SITES.pjson = [PJSON_THROW, ['Object.read (node:internal/modules/package_json_reader:83:15)',
  'packageResolve (node:internal/modules/esm/resolve:854:45)', 'moduleResolve (node:internal/modules/esm/resolve:946:18)']];
ESM_RESOLVE_SITES.pjsonScope = [PJSON_THROW, ['Object.read (node:internal/modules/package_json_reader:83:15)',
  'getPackageScopeConfig (node:internal/modules/esm/package_config:35:45)',
  'Object.getFileProtocolModuleFormat [as file:] (node:internal/modules/esm/get_format:122:72)',
  'defaultGetFormatWithoutErrors (node:internal/modules/esm/get_format:219:36)', 'defaultResolve (node:internal/modules/esm/resolve:1212:13)']];
ESM_RESOLVE_SITES.unknownExt = ['node:internal/modules/esm/get_format:189\n  throw new ERR_UNKNOWN_FILE_EXTENSION(ext, filepath);\n        ^\n',
  ['Object.getFileProtocolModuleFormat [as file:] (node:internal/modules/esm/get_format:189:9)',
    'defaultGetFormat (node:internal/modules/esm/get_format:232:36)', 'defaultLoad (node:internal/modules/esm/load:145:22)'], ESM_LOAD_FRAMES.slice(1)];
ESM_RESOLVE_SITES.inputType = ['node:internal/modules/esm/resolve:1182\n    if (inputTypeFlag) { throw new ERR_INPUT_TYPE_NOT_ALLOWED(); }\n                               ^\n',
  ['defaultResolve (node:internal/modules/esm/resolve:1182:32)', 'ModuleLoader.defaultResolve (node:internal/modules/esm/loader:708:12)',
    '#cachedDefaultResolve (node:internal/modules/esm/loader:657:25)', 'ModuleLoader.resolve (node:internal/modules/esm/loader:640:38)',
    'ModuleLoader.getModuleJobForImport (node:internal/modules/esm/loader:264:38)', 'ModuleLoader.import (node:internal/modules/esm/loader:605:34)',
    'node:internal/modules/run_main:174:35', 'asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:117:11)',
    'runEntryPointWithESMLoader (node:internal/modules/run_main:141:19)', 'Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:171:5)'], []];
const ESM_LINK_RESOLVE_FRAMES = ['defaultResolve (node:internal/modules/esm/resolve:1188:11)',
  'ModuleLoader.defaultResolve (node:internal/modules/esm/loader:708:12)', '#cachedDefaultResolve (node:internal/modules/esm/loader:657:25)',
  'ModuleLoader.resolve (node:internal/modules/esm/loader:640:38)', 'ModuleLoader.getModuleJobForImport (node:internal/modules/esm/loader:264:38)',
  'ModuleJob._link (node:internal/modules/esm/module_job:168:49)'];
// A resolver error reported uncaught (an import() nobody handles): node's report starts at the
// line of its loader that made it.
// node's frames below ModuleLoader.import for an import() from -e code, a CommonJS module or an
// ES module.
const DYNAMIC_IMPORT_FRAMES = {
  eval: ['importModuleDynamically (node:internal/process/execution:105:37)', 'importModuleDynamicallyWrapper (node:internal/vm/module:434:21)'],
  script: ['defaultImportModuleDynamicallyForScript (node:internal/modules/esm/utils:234:31)',
    'importModuleDynamicallyCallback (node:internal/modules/esm/utils:256:12)'],
  module: ['defaultImportModuleDynamicallyForModule (node:internal/modules/esm/utils:221:31)',
    'importModuleDynamicallyCallback (node:internal/modules/esm/utils:260:12)'],
  preload: ['asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:112:36)',
    'runEntryPointWithESMLoader (node:internal/modules/run_main:141:19)'],
};
// A resolver error as node reports it from an import(): its header and frames. (The loader cannot
// tell an ES module's import() from its static imports; an entry's static ones get theirs from
// decorateResolveError.)
function markResolveSite(err, parentPath) {
  const site = err !== null && typeof err === 'object' ? ESM_RESOLVE_SITES[esmResolveThrows.get(err)] : undefined;
  if (site === undefined || hintedErrors.has(err) || parentPath === '') return;
  loop.markThrow(err, site[0], site[0]);
  const fromModule = binding.esmFiles.has(parentPath) || sourceModules.has(parentPath) || parentPath.startsWith('data:');
  // (An --import is resolved from the working directory: a parent ending in '/'.)
  const kind = fromModule ? 'module' : parentPath.endsWith('/') ? 'preload' : parentPath[0] === '/' ? 'script' : 'eval';
  let caller = DYNAMIC_IMPORT_FRAMES[kind];
  // (Code that is no file starts node's ESM loader through a method call.)
  if (kind === 'preload' && entryKind !== 'file') caller = [caller[0], `Object.${caller[1]}`];
  setSiteFrames(err, site[2] ? [...site[1], ...site[2], 'async ModuleJob._link (node:internal/modules/esm/module_job:148:19)']
    : [...site[1], ...linkResolveFrames(site).slice(0, -1), 'ModuleLoader.import (node:internal/modules/esm/loader:605:34)', ...caller]);
}
function linkResolveFrames(site) {
  return ESM_LINK_RESOLVE_FRAMES.slice(site === ESM_RESOLVE_SITES.pjsonScope ? 1 : 0);
}
// `err`'s stack with node's frames `frames` (at most Error.stackTraceLimit) in place of those
// rjs's loader made it under (such as the entry's runMain).
function setSiteFrames(err, frames) {
  const stack = err.stack;
  if (typeof stack !== 'string' || Error.prepareStackTrace !== internalBinding('defaultPrepareStackTrace')) return;
  const at = stack.indexOf('\n    at ');
  const head = at === -1 ? stack : stack.slice(0, at);
  const limit = Error.stackTraceLimit;
  const lines = frames.map((f) => `\n    at ${f}`);
  err.stack = head + (typeof limit === 'number' && limit >= 0 ? lines.slice(0, limit) : lines).join('');
}
// A resolution error of the entry's static imports: gives it node's frames; its report header.
function decorateResolveError(err) {
  const site = err !== null && typeof err === 'object' ? ESM_RESOLVE_SITES[esmResolveThrows.get(err)] : undefined;
  if (site === undefined) return undefined;
  setSiteFrames(err, [...site[1], ...(site[2] || linkResolveFrames(site))]);
  return hintedErrors.has(err) ? undefined : `\n${site[0]}`;
}

// Errors node's ESM loader makes that errors.js does not define.
const esmCodes = Object.create(null);
function esmError(Base, code, message) {
  let C = esmCodes[code];
  if (C === undefined) {
    C = class extends Base {
      constructor(msg) {
        super(msg);
        Object.defineProperty(this, 'code', { value: code, enumerable: true, writable: true, configurable: true });
      }
      toString() { return `${this.name} [${code}]: ${this.message}`; }
    };
    Object.defineProperty(C.prototype, 'name', { value: Base.name, writable: true, configurable: true });
    Object.defineProperty(C.prototype, 'constructor', { value: Base, writable: true, configurable: true });
    requireBuiltin('internal/errors').defineCodeStack(C.prototype, code);
    esmCodes[code] = C;
  }
  return new C(message);
}

function moduleUrl(format, file) {
  if (format === 'builtin') return `node:${file}`;
  if (file.startsWith('data:')) return file;
  // (`<path>\0<?query#hash>`: a file imported with a query or fragment.)
  const [filePath, suffix = ''] = file.split('\0');
  return requireBuiltin('url').pathToFileURL(filePath).href + suffix;
}

// node keeps one module job per (URL, type): a later import with the same type gets the first
// one's outcome whatever its other attributes (so an unsupported key fails only the first; a
// later one fails with the same error even without it).
const attributeChecks = new Map();
function checkAttributes(format, file, attributes) {
  let type;
  for (let i = 0; i < attributes.length; i += 2) if (attributes[i] === 'type') type = attributes[i + 1];
  const key = `${format}:${file}\0${type}`;
  const known = attributeChecks.get(key);
  if (known !== undefined) {
    if (known !== null) throw known;
    return;
  }
  try {
    validateAttributes(format, file, attributes);
  } catch (err) {
    attributeChecks.set(key, err);
    throw err;
  }
  attributeChecks.set(key, null);
}

// node's validateAttributes: only `type` is known, and it must be "json" exactly for JSON.
function validateAttributes(format, file, attributes) {
  const fail = (kind, code, message) => {
    const err = esmError(TypeError, code, message);
    esmResolveThrows.set(err, kind);
    return err;
  };
  let type;
  for (let i = 0; i < attributes.length; i += 2) {
    if (attributes[i] !== 'type') {
      throw fail('attrKey', 'ERR_IMPORT_ATTRIBUTE_UNSUPPORTED', `Import attribute "${attributes[i]}" with value "${attributes[i + 1]}" is not supported`);
    }
    type = attributes[i + 1];
  }
  if (format === 'json') {
    if (type === 'json') return;
    if (type === undefined) {
      throw fail('attrMissing', 'ERR_IMPORT_ASSERTION_TYPE_MISSING', `Module "${moduleUrl(format, file)}" needs an import attribute of type "json"`);
    }
  } else if (type === undefined) {
    return;
  }
  const line = format === 'json' ? 91 : 78;
  if (type !== 'json') throw fail(`attrUnsupported${line}`, 'ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED', `Import attribute type "${type}" is unsupported`);
  throw fail(`attrFailed${line}`, 'ERR_IMPORT_ASSERTION_TYPE_FAILED', `Module "${moduleUrl(format, file)}" is not of type "${type}"`);
}

// node's decorateErrorWithCommonJSHints: name what require() would have found.
// (node reports a hinted error at its run_main rethrow, not at the resolver's throw.)
const hintedErrors = new WeakSet();
function commonJSHint(err, specifier, parentPath) {
  if (!parentPath || parentPath.startsWith('data:')) return;
  // node's resolveAsCommonJS asks the CommonJS resolver for a module that has no filename, so
  // a relative specifier is looked up from the working directory (node_modules from the parent).
  const asker = new Module(parentPath, null);
  asker.paths = nodeModulePaths(parentPath);
  let found;
  try {
    found = resolveFilename(specifier, asker, false);
  } catch {
    return;
  }
  // The suggestion as node words it: URL-encoded, relative to the importer for a relative
  // specifier, within the package for a bare one (else the file's URL).
  const { pathToFileURL } = requireBuiltin('url');
  if (specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../')) {
    const parentUrlPath = pathToFileURL(parentPath).pathname;
    found = path.posix.relative(parentUrlPath.slice(0, parentUrlPath.lastIndexOf('/')), pathToFileURL(found).pathname);
    if (!found.startsWith('../')) found = `./${found}`;
  } else if (specifier[0] !== '/' && specifier[0] !== '#' && !/^[a-zA-Z][a-zA-Z\d+.-]*:/.test(specifier)) {
    const slash = specifier.indexOf('/');
    const pkg = slash === -1 ? specifier : specifier.slice(0, slash);
    const needle = `/node_modules/${pkg}/`;
    const index = found.lastIndexOf(needle);
    found = index === -1 ? pathToFileURL(found).href
      : `${pkg}/${found.slice(index + needle.length).split('/').map(encodeURIComponent).join('/')}`;
  }
  if (!found || found === specifier) return;
  const hint = `Did you mean to import ${JSON.stringify(found)}?`;
  hintedErrors.add(err);
  const lines = String(err.stack).split('\n');
  err.message += `\n${hint}`;
  err.stack = [lines[0], hint, ...lines.slice(1)].join('\n');
}

// `data:` URL modules: text/javascript (an ES module) and application/json.
const dataJson = new Map();
function resolveDataUrl(specifier) {
  const { URL } = requireBuiltin('url');
  const url = new URL(specifier);
  const m = /^([^/]+\/[^;,]+)(?:[^,]*?)(;base64)?,([\s\S]*)$/.exec(url.pathname);
  if (!m) throw new (ERRS().ERR_INVALID_URL)(specifier);
  const { Buffer } = requireBuiltin('buffer');
  const text = m[2] ? Buffer.from(m[3], 'base64').toString() : decodeURIComponent(m[3]);
  const href = url.href;
  if (m[1] === 'text/javascript') {
    if (!sourceModules.has(href)) {
      sourceModules.add(href);
      binding.addModuleSource(href, text);
    }
    return ['module', href];
  }
  if (m[1] === 'application/json') {
    dataJson.set(href, text);
    return ['json', href];
  }
  throw esmError(RangeError, 'ERR_UNKNOWN_MODULE_FORMAT', `Unknown module format: ${m[1]} for URL ${href}`);
}

// node's legacyMainResolve (import of a package without "exports"): "main" with the suffixes
// node tries, then index.js/.json/.node.
function legacyMainResolve(pkgDir, pkg, base) {
  const main = pkg && typeof pkg.main === 'string' && pkg.main !== '' ? pkg.main : undefined;
  if (main !== undefined) {
    for (const suffix of ['', '.js', '.json', '.node', '/index.js', '/index.json', '/index.node']) {
      const f = path.resolve(pkgDir, main + suffix);
      if (isFile(f)) {
        if (suffix !== '') legacyIndexDeprecation(f, pkgDir, base, main, path.relative(pkgDir, f));
        return f;
      }
    }
  }
  for (const name of ['index.js', 'index.json', 'index.node']) {
    const f = path.join(pkgDir, name);
    if (isFile(f)) {
      // (node resolves `"main": ""` as "./" + the suffix: the file shows as "/index.js".)
      legacyIndexDeprecation(f, pkgDir, base, undefined, pkg && pkg.main === '' ? `/${name}` : name);
      return f;
    }
  }
  throw legacyMainNotFound(pkgDir, pkg, base);
}

// node's DEP0151: an ES module found by guessing the "main" field's extension or an index file.
function legacyIndexDeprecation(file, pkgDir, base, main, shown) {
  if (formatOf(file) !== 'module') return;
  process.emitWarning(main === undefined
    ? `No "main" or "exports" field defined in the package.json for ${pkgDir}/ resolving the main entry point "${shown}", ` +
      `imported from ${base}.\nDefault "index" lookups for the main are deprecated for ES modules.`
    : `Package ${pkgDir}/ has a "main" field set to "${main}", excluding the full filename and extension to the resolved ` +
      `file at "${shown}", imported from ${base}.\n Automatic extension resolution of the "main" field is deprecated for ES modules.`,
  'DeprecationWarning', 'DEP0151');
}

// node's fs binding throws this one: a plain Error with a `code`, naming "main" resolved as a
// URL against package.json (so `"main": ""` or `"lib/"` keep their trailing "/"), else index.js.
function legacyMainNotFound(pkgDir, pkg, base) {
  const { URL, pathToFileURL, fileURLToPath } = requireBuiltin('url');
  const shown = pkg && typeof pkg.main === 'string'
    ? fileURLToPath(new URL(`./${pkg.main}`, pathToFileURL(path.join(pkgDir, 'package.json'))))
    : path.join(pkgDir, 'index.js');
  const err = new Error(`Cannot find package '${shown}' imported from ${base}`);
  err.code = 'ERR_MODULE_NOT_FOUND';
  esmResolveThrows.set(err, 'main');
  return err;
}

// The file an import is resolved against: its module's, or for code run from no file (-e's
// [eval], [stdin]; none: an eval entry) that name in the working directory.
function importerPath(parentPath) {
  if (!parentPath) return path.join(process.cwd(), '[eval]');
  return parentPath[0] === '/' || parentPath.startsWith('data:') ? parentPath : path.join(process.cwd(), parentPath);
}

function esmResolveFile(specifier, parentPath) {
  // A module imported with a query or fragment is `<path>\0<?query#hash>` (see below).
  if (parentPath) parentPath = parentPath.split('\0')[0];
  const base = importerPath(parentPath);
  // A parent ending in "/" is a directory (--import resolves from the cwd).
  const baseDir = base.endsWith('/') ? base : path.dirname(base);
  if (specifier.startsWith('data:')) return resolveDataUrl(specifier);
  if (specifier.startsWith('node:')) {
    const n = specifier.slice(5);
    if (!builtinSet.has(n) && !schemeOnly.has(n)) throw new (ERRS().ERR_UNKNOWN_BUILTIN_MODULE)(specifier);
    return ['builtin', n];
  }
  if (builtinSet.has(specifier)) return ['builtin', specifier];
  // A data: URL module imports only URLs and built-ins: any other specifier (relative, absolute
  // path, bare, '#') cannot be resolved against it.
  if (base.startsWith('data:') && !/^[a-zA-Z][a-zA-Z\d+.-]*:/.test(specifier)) {
    throw esmError(TypeError, 'ERR_UNSUPPORTED_RESOLVE_REQUEST', `Failed to resolve module specifier "${specifier}" from "${base}": Invalid relative URL or base scheme is not hierarchical.`);
  }
  let file;
  let suffix = '';
  // Whether the resolved URL names a directory (ends in '/': './d/', '.', '..', './d/.').
  let dirUrl = false;
  const relative = specifier[0] === '/' || specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..';
  if (specifier.startsWith('file:') || (relative && /[?#%]/.test(specifier))) {
    // Resolved as a URL: percent-decoded, and a query or fragment makes its own module instance
    // (cache busting: `import('./x.js?v=2')`).
    const { URL, pathToFileURL } = requireBuiltin('url');
    const u = new URL(specifier, pathToFileURL(base));
    suffix = u.search + u.hash;
    u.search = '';
    u.hash = '';
    file = urlToFile(u, base);
    dirUrl = u.pathname.endsWith('/');
  } else if (relative) {
    file = path.resolve(baseDir, specifier);
    dirUrl = /(^|\/)\.\.?$|\/$/.test(specifier);
  } else if (specifier[0] === '#') {
    const r = resolveImports(specifier, base, conditionsImport);
    if (r.bare) {
      file = importsBareTarget(r.bare, packageScope(base).__dir, conditionsImport, base);
      if (file === null) return ['builtin', r.bare.startsWith('node:') ? r.bare.slice(5) : r.bare];
    } else {
      file = r.file;
    }
  } else if (/^[a-zA-Z][a-zA-Z+.-]*:/.test(specifier)) {
    const e = new Error(`Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol '${specifier.split(':')[0]}:'`);
    e.code = 'ERR_UNSUPPORTED_ESM_URL_SCHEME';
    throw e;
  } else {
    file = packageResolve(specifier, base, conditionsImport);
  }
  // (A package target's query or fragment, kept by targetFile.)
  if (!relative && file.includes('\0')) [file, suffix] = file.split('\0');
  if (!sourceModules.has(file) && isFile(file)) file = toRealPath(file, !parentPath);
  if (sourceModules.has(file)) {
    binding.esmFiles.add(file);
    if (suffix === '') return ['module', file];
    // (A .js file require() found to be an ES module: the import's load detects it again.)
    warnTypeless(file, packageScope(file), suffix);
    return ['module', suffixedModule(file, suffix)];
  }
  // The resolved URL keeps a trailing slash (`import './dir/'`), and such a URL is a directory
  // import whether or not the directory exists (node 20's finalizeResolution).
  if (file.endsWith('/')) dirUrl = true;
  const shown = dirUrl && !file.endsWith('/') ? `${file}/` : file;
  if (dirUrl || isDir(file)) throw withUrl(new (ERRS().ERR_UNSUPPORTED_DIR_IMPORT)(shown, base), shown, suffix);
  if (!isFile(file)) throw withUrl(new (ERRS().ERR_MODULE_NOT_FOUND)(shown, base, true), file, suffix);
  const format = formatOf(file, suffix);
  if (format === null) {
    const err = new (ERRS().ERR_UNKNOWN_FILE_EXTENSION)(path.extname(file), file);
    esmResolveThrows.set(err, 'unknownExt');
    throw err;
  }
  if (format === 'module' && suffix !== '') return ['module', suffixedModule(file, suffix)];
  if (format === 'module') binding.esmFiles.add(file); // its stack frames show its URL
  // (A JSON module's URL with a query or fragment is its own instance, not require()'s.)
  if (format === 'json' && suffix !== '') return ['json', `${file}\0${suffix}`];
  return [format, file];
}

// The module instance of ES module `file` imported with a URL query or fragment `suffix`: its
// own, `<path>\0<?query#hash>` (also when require() loaded `file` itself).
function suffixedModule(file, suffix) {
  const key = `${file}\0${suffix}`;
  if (!sourceModules.has(key)) {
    sourceModules.add(key);
    binding.addModuleSource(key, binding.readFileUtf8(file));
  }
  return key;
}

// node's PACKAGE_RESOLVE of a bare specifier (not a built-in) against `base` (a file path):
// the importing package itself, else the first node_modules/<name>: its "exports", "main", or
// the subpath as a URL.
// (`importer`: the file an encoded-separator error names, when `base` is an "imports" map's
// package.json.)
function packageResolve(specifier, base, conditions, importer = base) {
  const self = resolveSelf(specifier, base, conditions, base, importer);
  if (self && self.file) return self.file;
  const split = splitPackageName(specifier);
  if (split === null || split.name[0] === '.' || /[%\\]/.test(split.name)) {
    throw esmError(TypeError, 'ERR_INVALID_MODULE_SPECIFIER', `Invalid module "${specifier}" is not a valid package name imported from ${base}`);
  }
  for (const nm of nodeModulePaths(base.endsWith('/') ? base : path.dirname(base))) {
    const pkgDir = path.join(nm, split.name);
    if (!isDir(pkgDir)) continue;
    const pkg = readPackage(pkgDir, `"${specifier}" from ${base}`);
    if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
      try {
        return resolveExportsMap(pkgDir, pkg.exports, split.subpath, conditions, base, importer).file;
      } catch (err) {
        if (err && err.code === 'ERR_PACKAGE_PATH_NOT_EXPORTED') esmResolveThrows.set(err, 'exports');
        throw err;
      }
    }
    if (split.subpath === '.') return legacyMainResolve(pkgDir, pkg, base);
    return targetFile({ pkgDir, base, conditions, importer }, split.subpath);
  }
  throw new (ERRS().ERR_MODULE_NOT_FOUND)(split.name, base, false);
}

// A bare "imports" target (`"#dep": "dep/sub"`): resolved from the package.json as an import
// resolves it, for require too (so neither extensions nor index files are tried); a built-in
// is no file: require fails on its node: URL as node's does.
function importsBareTarget(bare, pkgDir, conditions, importer) {
  if (isBuiltin(bare)) {
    if (conditions === conditionsRequire) throw new (ERRS().ERR_INVALID_URL_SCHEME)('file');
    return null;
  }
  return packageResolve(bare, `${pkgDir}/package.json`, conditions, importer);
}

// Like node's resolver, errors for a resolved file that is missing or a directory carry its URL.
// (`suffix`: the resolved URL's query and fragment, which it keeps.)
function withUrl(err, file, suffix = '') {
  err.url = requireBuiltin('url').pathToFileURL(file).href + suffix;
  return err;
}

// import.meta.resolve: relative and absolute URL specifiers resolve as URLs against the
// module's URL (the target need not exist); bare ones go through package resolution, where a
// missing file or directory still yields the URL an import would fail on.
function esmMetaResolve(specifier, parentPath) {
  const { URL, pathToFileURL } = requireBuiltin('url');
  if (parentPath) parentPath = parentPath.split('\0')[0];
  const base = importerPath(parentPath);
  // (Not against a data: URL: the resolver refuses those.)
  if (!base.startsWith('data:') && (specifier === '.' || specifier === '..' || specifier[0] === '/' || specifier.startsWith('./') || specifier.startsWith('../'))) {
    return realFileUrl(new URL(specifier, pathToFileURL(base)));
  }
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(specifier)) {
    let url = null;
    try { url = new URL(specifier); } catch { /* not a URL: a bare specifier */ }
    if (url !== null) return url.protocol === 'file:' ? realFileUrl(url) : url.href;
  }
  if (builtinSet.has(specifier)) return `node:${specifier}`;
  try {
    // (Resolution only: import attributes are checked by an import, not here.)
    const [format, file] = esmResolveFile(specifier, parentPath);
    return moduleUrl(format, file);
  } catch (err) {
    if (err && (err.code === 'ERR_MODULE_NOT_FOUND' || err.code === 'ERR_UNSUPPORTED_DIR_IMPORT') && typeof err.url === 'string') return err.url;
    throw err;
  }
}

// A file: URL that names an existing file, as node's finalizeResolution gives it: by its real
// path (its query and fragment kept).
function realFileUrl(url) {
  const { pathToFileURL, fileURLToPath } = requireBuiltin('url');
  let file;
  try { file = fileURLToPath(url); } catch { return url.href; }
  if (!isFile(file)) return url.href;
  const real = toRealPath(file, false);
  return real === file ? url.href : pathToFileURL(real).href + url.search + url.hash;
}

const importSyntaxErrors = new Map();
function esmLoadCommonJS(format, file, request, source) {
  if (format === 'builtin') return loadBuiltin(file);
  // A module of a required ES module graph uses top-level await: the require() fails.
  if (format === 'tla') return requireAsyncModuleError(requiringEsm.module, requiringEsm.filename);
  // An ES module that does not parse: `request` is the parser's error.
  if (format === 'syntax') {
    if (!(request instanceof SyntaxError)) return request;
    // node keeps an imported module's failure: importing it again rejects with the same error
    // (a require() tries anew).
    const imported = requiringEsm === null;
    if (imported && importSyntaxErrors.has(file)) return importSyntaxErrors.get(file);
    // (`--input-type=module` code, `<cwd>/[eval1]`, is a URL made by URL parsing: no escapes.)
    const shown = file.startsWith('/') ? requireBuiltin('url').pathToFileURL(file).href.replace(/\/%5Beval1%5D$/, '/[eval1]') : file;
    // (--check names the file by its path, under its checkSyntax frame.)
    if (binding.checkOnly) return syntaxReport(request, source, file, file, 0, '\n    at checkSyntax (node:internal/main/check_syntax:74:5)');
    const frames = !imported ? compileFrames(ESM_REQUIRE_COMPILE_FRAMES)
      : `\n${ESM_IMPORT_COMPILE_FRAMES.join('\n')}${esmRootLoading ? '\n    at async ModuleJob._link (node:internal/modules/esm/module_job:148:19)' : ''}`;
    const err = syntaxReport(request, source, file, shown, 0, frames, true);
    if (imported) importSyntaxErrors.set(file, err);
    return err;
  }
  // Import assertions (`assert { type: 'json' }`) the module uses, by line: node 20's V8 warns
  // (from the last one up).
  if (format === 'assertions') {
    const url = file.startsWith('/') ? requireBuiltin('url').pathToFileURL(file).href.replace(/\/%5Beval1%5D$/, '/[eval1]') : file;
    for (let k = request.length - 1; k >= 0; k--) {
      process.emitWarning(`${url}:${request[k]} 'assert' is deprecated in import statements and support will be removed in a future version; use 'with' instead`, 'V8');
    }
    return undefined;
  }
  // A dynamic import of a module file waits for its read: `file` is the function to call when
  // node's read of it would complete, `request` how many loop turns that takes.
  if (format === 'ioWait') return loop.queueCompletion(file, request);
  if (format === 'reexport') return esmReexport(file, request);
  if (format === 'cycle') return esmCycleError(file, request);
  if (format === 'json') {
    // node shares a JSON file's value with require(): its cache entry is used, or made
    // ({ exports, loaded: true }, as node's json translator does).
    const shared = file[0] === '/' && !file.includes('\0');
    const cached = shared ? Module._cache[file] : undefined;
    if (cached && cached.loaded) return cached.exports;
    const filePath = file.split('\0')[0];
    const text = dataJson.has(file) ? dataJson.get(file) : binding.readFileUtf8(filePath);
    let exports;
    try { exports = JSON.parse(text); } catch (err) { err.message = filePath + ': ' + err.message; throw err; }
    if (shared) Module._cache[file] = { exports, loaded: true };
    return exports;
  }
  const cycle = cjsCycleImports.get(file);
  if (cycle !== undefined) {
    cjsCycleImports.delete(file);
    if (isExecutingCommonJS(file)) {
      const from = cycle[1] && !cycle[1].startsWith('data:') ? ` (from ${cycle[1]})` : '';
      throw requireCycleError(`Cannot import CommonJS Module ${cycle[0]} in a cycle.${from}`, 'import');
    }
  }
  cjsRunningInGraph.push(file);
  try {
    return loadModule(file, undefined, false, true); // as node: no parent (module.parent undefined)
  } finally {
    cjsRunningInGraph.pop();
  }
}

// A CommonJS module's re-export (`module.exports = require(request)` and kin) as the ESM
// loader follows it for named exports: ['file', path] for a CommonJS file to analyze, ['none']
// for a built-in, or when it cannot be resolved or is not CommonJS.
function esmReexport(file, request) {
  let resolved;
  try {
    resolved = resolveFilename(request, moduleAt(file), false);
  } catch {
    return ['none'];
  }
  // node follows re-exports into CommonJS files only (not built-ins).
  if (isBuiltin(resolved)) return ['none'];
  if (resolved.endsWith('.json') || resolved.endsWith('.node') || resolved.endsWith('.mjs')) return ['none'];
  if (resolved.endsWith('.js')) {
    const pkg = packageScope(resolved);
    if (pkg && pkg.type === 'module') return ['none'];
  }
  return ['file', resolved];
}

binding.setEsmHooks(esmResolve, esmLoadCommonJS);

// ---- main entry ----------------------------------------------------------------------------
// node 20's run_main: while the entry module's evaluation is pending, an 'exit' listener makes
// an exit with a top-level await still unsettled exit 13 (kUnfinishedTopLevelAwait), unless
// process.exitCode was set; it is removed once the evaluation settles.
const kUnfinishedTopLevelAwait = 13;
function handleProcessExit() {
  process.exitCode ??= kUnfinishedTopLevelAwait;
}
// (process.exit() removes it, as node's does: exiting on purpose is no unsettled await.)
binding.handleProcessExit = handleProcessExit;
// A named import its module lacks fails at link time; node's error shows the import under
// V8's message location (the name, caret as wide) and, for a CommonJS module, suggests the
// statement's names as a destructuring of the default import (when on the name's line). The
// importing module is the first loaded one whose import from that specifier lists the name.
// (Below it, node's frames for the entry point's link step.)
const ESM_LINK_FRAMES = '\n    at ModuleJob._instantiate (node:internal/modules/esm/module_job:213:21)' +
  '\n    at async ModuleJob.run (node:internal/modules/esm/module_job:320:5)' +
  '\n    at async ModuleLoader.import (node:internal/modules/esm/loader:606:24)' +
  '\n    at async asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:117:5)';
function decorateLinkError(err) {
  if (!(err instanceof SyntaxError) || typeof err.stack !== 'string') return false;
  const message = String(err.message);
  let m = /^Named export '(.+?)' not found\. The requested module '(.*?)' is a CommonJS module/.exec(message);
  const cjs = m !== null;
  if (!cjs) m = /^The requested module '(.*?)' does not provide an export named '(.+?)'$/.exec(message);
  if (m === null) return false;
  const [name, spec] = cjs ? [m[1], m[2]] : [m[2], m[1]];
  const esc = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const statement = new RegExp(`\\b(?:import|export)\\s*(?:[\\w$]+\\s*,\\s*)?\\{([^}]*)\\}\\s*from\\s*(['"])${esc(spec)}\\2`, 'g');
  const nameRe = new RegExp(`(^|[\\s,])${esc(name)}(?=\\s*(?:,|$|as\\b))`);
  // A default import ('import x from', 'import x, {...} from'): V8 marks the local name.
  const defaultImport = new RegExp(`\\bimport\\s+([\\w$]+)\\s*(?:,\\s*(?:\\{[^}]*\\}|\\*\\s*as\\s+[\\w$]+)\\s*)?from\\s*(['"])${esc(spec)}\\2`, 'g');
  for (const file of binding.esmFiles) {
    let text;
    try { text = binding.readFileUtf8(file); } catch { continue; }
    const sites = [];
    for (const st of text.matchAll(statement)) {
      const found = nameRe.exec(st[1]);
      if (found !== null) sites.push([st.index + st[0].indexOf('{') + 1 + found.index + found[1].length, name.length]);
    }
    if (name === 'default' && !cjs) {
      for (const st of text.matchAll(defaultImport)) sites.push([st.index + st[0].indexOf(st[1], 6), st[1].length]);
    }
    sites.sort((a, b) => a[0] - b[0]);
    for (const [at, width] of sites) {
      const before = text.slice(0, at);
      const line = before.split('\n').length;
      const lineText = text.split(/\r?\n/)[line - 1];
      const column = at - before.lastIndexOf('\n') - 1;
      let newMessage = message;
      if (cjs) {
        const braces = /{.*}/.exec(lineText);
        const tail = braces === null ? '' : `const ${braces[0].replace(/\s+as\s+/g, ': ')} = pkg;\n`;
        newMessage = message.replace(/const \{[^]*\} = pkg;\n$/, tail);
      }
      err.message = newMessage;
      const url = requireBuiltin('url').pathToFileURL(file).href;
      setReport(err, `${url}:${line}\n${lineText}\n${caretIndent(lineText, column)}${'^'.repeat(width)}\nSyntaxError: ${newMessage}${ESM_LINK_FRAMES}`);
      return true;
    }
  }
  return false;
}

// node's explainCommonJSGlobalLikeNotDefinedError: a CommonJS global used in an ES module
// graph gets a hint, naming the package.json that made `url` (the graph's root) an ES module.
const CJS_GLOBAL_LIKE = ['require', 'module', 'exports', '__filename', '__dirname'];
function explainCommonJSGlobal(err, file) {
  if (!(err instanceof ReferenceError) || !CJS_GLOBAL_LIKE.some((g) => err.message === `${g} is not defined`)) return;
  const old = `${err.name}: ${err.message}`;
  const stack = err.stack;
  err.message += ' in ES module scope';
  if (err.message.startsWith('require ')) err.message += ', you can use import instead';
  const pkg = /\.js$/.test(String(file).split('\0')[0]) ? packageScope(file) : null;
  if (pkg && pkg.type === 'module') {
    err.message += "\nThis file is being treated as an ES module because it has a '.js' file extension and " +
      `'${pkg.__dir}/package.json' contains "type": "module". To treat it as a CommonJS script, rename it to use the '.cjs' file extension.`;
  }
  if (typeof stack === 'string' && stack.startsWith(old)) {
    Object.defineProperty(err, 'stack', { value: `${err.name}: ${err.message}${stack.slice(old.length)}`, writable: true, configurable: true });
  }
}

// node's addBuiltinLibsToObject for -e/-p code: each public built-in is a global that loads it
// on first read (then keeps it); assigning replaces it with a plain global.
function addBuiltinLibsToGlobal(req) {
  for (const name of builtinModules) {
    if (name[0] === '_' || name.includes('/') || name === 'test' || name in globalThis) continue;
    const setReal = function setReal(value) {
      delete globalThis[name];
      globalThis[name] = value;
    };
    Object.defineProperty(globalThis, name, {
      get: function get() {
        const lib = req(name);
        delete globalThis[name];
        Object.defineProperty(globalThis, name, { get: () => lib, set: setReal, configurable: true, enumerable: false });
        return lib;
      },
      set: setReal, configurable: true, enumerable: false,
    });
  }
}

function inputTypeNotAllowed() {
  const err = esmError(Error, 'ERR_INPUT_TYPE_NOT_ALLOWED', '--input-type can only be used with string input via --eval, --print, or STDIN');
  esmResolveThrows.set(err, 'inputType');
  return err;
}

// node's frames below an ES module graph's first run (for the bootstrap's stacks, where
// module/esm.rs's moduleJobRun shows): by the entry point that runs it, `esmRunKind` ('file',
// 'eval' for -e code, 'stdin', 'import' for an --import module).
let esmRunKind = 'file';
const MODULE_JOB_RUN = 'ModuleJob.run (node:internal/modules/esm/module_job:325:25)';
binding.esmRunFrames = function esmRunFrames() {
  const loaderEval = 'async ModuleLoader.eval (node:internal/modules/esm/loader:245:24)';
  const loaderImport = 'async ModuleLoader.import (node:internal/modules/esm/loader:606:24)';
  const entry = 'async asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:117:5)';
  switch (esmRunKind) {
    case 'import': return [MODULE_JOB_RUN, loaderImport, 'async asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:112:9)'];
    case 'eval': return [MODULE_JOB_RUN, loaderEval, entry];
    // (node reads stdin first: its loader starts from the stream's end, unless --import ran)
    case 'stdin': return evalAfterImports ? [MODULE_JOB_RUN, loaderEval, entry]
      : [MODULE_JOB_RUN, 'process.processTicksAndRejections (node:internal/process/task_queues:95:5)', loaderEval, entry];
    default: return [MODULE_JOB_RUN, loaderImport, entry];
  }
};

// `startError`: the entry fails with it instead of running.
// binding.runEsm for the root module of one of node's module jobs (the entry, an --import
// module): the root is read and parsed before runEsm returns, its imports later (in jobs).
// node compiles a job's root from its _link, which the root's syntax error shows.
let esmRootLoading = false;
function runEsmRoot(file, parent) {
  esmRootLoading = true;
  try {
    return binding.runEsm(file, parent);
  } finally {
    esmRootLoading = false;
  }
}
function runEsmMain(file, parent, startError = null) {
  process.on('exit', handleProcessExit);
  let promise;
  // (An import that cannot be resolved or linked fails at once: node reports it the same way.)
  try {
    [promise] = startError === null ? runEsmRoot(file, parent || '') : [Promise.reject(startError)];
  } catch (err) {
    promise = Promise.reject(err);
  }
  // The failure is reported in the async context the module's run began in, not the one of
  // the callback whose continuation made it fail (a test's, for node:test): reactions made
  // before async_hooks is on capture none.
  const acx = internalBinding('async_context');
  const frame = acx.get();
  promise.then(() => { process.off('exit', handleProcessExit); }, (err) => {
    process.off('exit', handleProcessExit);
    acx.set(frame);
    explainCommonJSGlobal(err, file);
    decorateLinkError(err);
    // node's run_main reports it with triggerUncaughtException(err, true /* fromPromise */):
    // origin 'unhandledRejection', an error shown where it was made.
    loop.fatal(err, 'unhandledRejection', decorateResolveError(err) || '\nnode:internal/modules/run_main:123\n    triggerUncaughtException(\n    ^\n');
  });
  return promise;
}

function preopenHint(file) {
  if (binding.env.RJS_LAUNCHER) {
    return `rjs: cannot read '${file}': the sandbox has no access to it. Grant its directory ` +
      'with --allow-read, e.g. `rjs --allow-read=/path app.js`';
  }
  return `rjs: cannot read '${file}': the sandbox has no access to it. Grant its directory ` +
    'with wasmtime\'s --dir flag, e.g. `wasmtime run --dir . rjs.wasm app.js`';
}

// node 20.19's syntax detection for -e and stdin code: module syntax or top-level await that
// does not compile as a script makes it an ES module.
function evalIsModule(code) {
  if (!/\b(import|export|await)\b/.test(code)) return false;
  if (optionValue('--input-type') === 'commonjs' || optionValue('--experimental-default-type') === 'commonjs') return false;
  try {
    binding.compileFunction(code, WRAPPER_PARAMS, '[eval]');
    return false;
  } catch (err) {
    return err instanceof SyntaxError && (esmSyntax.test(code) || failsOnlyAsCommonJS(err, code, '[eval]'));
  }
}

// --conditions=name / --conditions name / -C name: more "exports"/"imports" conditions.
function initConditions() {
  const argv = execArgv();
  // node 20.19+ resolves "module-sync" for require and import alike while require(esm) is on.
  if (!argv.includes('--no-experimental-require-module')) {
    conditionsRequire.splice(2, 0, 'module-sync');
    conditionsImport.splice(2, 0, 'module-sync');
  }
  for (let i = 0; i < argv.length; i++) {
    let c;
    if (argv[i].startsWith('--conditions=')) c = argv[i].slice(13);
    else if (argv[i].startsWith('-C=')) c = argv[i].slice(3);
    else if ((argv[i] === '--conditions' || argv[i] === '-C') && i + 1 < argv.length) c = argv[++i];
    if (c) { conditionsRequire.push(c); conditionsImport.push(c); }
  }
}

// An error out of a --require module: below its Module._load, node's frames are those of its
// preloading (not of running the entry).
const PRELOAD_FRAMES = ['internalRequire (node:internal/modules/cjs/loader:219:19)',
  'Module._preloadModules (node:internal/modules/cjs/loader:1785:5)', 'loadPreloadModules (node:internal/process/pre_execution:745:5)',
  'setupUserModules (node:internal/process/pre_execution:206:5)', 'prepareExecution (node:internal/process/pre_execution:159:5)',
  'prepareMainThreadExecution (node:internal/process/pre_execution:53:10)'];
// (node's main script for the entry's kind, below them.)
const PRELOAD_MAIN_FRAMES = { file: 'node:internal/main/run_main_module:11:19', eval: 'node:internal/main/eval_string:21:1',
  print: 'node:internal/main/eval_string:21:1', stdin: 'node:internal/main/eval_stdin:18:1', repl: 'node:internal/main/repl:21:1' };
// The kind of entry runMain runs ('file', 'eval', 'print', 'stdin', 'repl').
let entryKind = 'file';
function asPreloadThrow(err) {
  let stack;
  try { stack = err !== null && typeof err === 'object' ? err.stack : undefined; } catch { return err; }
  if (typeof stack !== 'string' || Error.prepareStackTrace !== internalBinding('defaultPrepareStackTrace')) return err;
  const lines = stack.split('\n');
  const at = lines.findIndex((l) => l.startsWith('    at Function.executeUserEntryPoint [as runMain] ('));
  if (at === -1) return err;
  const first = lines.findIndex((l) => l.startsWith('    at '));
  const limit = Error.stackTraceLimit;
  const all = [...lines.slice(0, at), ...PRELOAD_FRAMES.map((f) => `    at ${f}`), `    at ${PRELOAD_MAIN_FRAMES[entryKind]}`];
  err.stack = (typeof limit === 'number' && limit >= 0 ? all.slice(0, first + limit) : all).join('\n');
  return err;
}

function runMain(kind, arg) {
  entryKind = kind;
  loop.updateLoopTime();
  initPaths();
  initConditions();
  if (binding.preload.length > 0) {
    // node's Module._preloadModules: the parent is 'internal/preload', resolving from the cwd.
    const parent = new Module('internal/preload', null);
    parent.paths = nodeModulePaths(process.cwd());
    for (const p of binding.preload) {
      try {
        loadModule(p, parent, false);
      } catch (err) {
        throw asPreloadThrow(err);
      }
    }
  }
  // --import: ES modules loaded, in order, before the entry runs (not before --test's runner,
  // which node starts without its ESM loader: each test file's process loads them).
  const imports = [];
  const argv = execArgv();
  const testRunner = kind === 'eval' && argv.includes('--test');
  for (let i = 0; i < argv.length && !testRunner; i++) {
    if (argv[i].startsWith('--import=')) imports.push(argv[i].slice(9));
    else if (argv[i] === '--import' && i + 1 < argv.length) imports.push(argv[++i]);
  }
  if (imports.length > 0 && !binding.checkOnly) {
    let chain = Promise.resolve();
    const parent = `${process.cwd().replace(/\/$/, '')}/`;
    esmRunKind = 'import';
    for (const spec of imports) chain = chain.then(() => runEsmRoot(spec, parent)[0]);
    const runMainThrow = '\nnode:internal/modules/run_main:123\n    triggerUncaughtException(\n    ^\n';
    chain.then(() => {
      evalAfterImports = true;
      // (node imports a CommonJS main file then: what it throws rejects that import.)
      mainViaEsmLoader = kind === 'file';
      try {
        runEntry(kind, arg);
      } catch (err) {
        if (mainViaEsmLoader) loop.fatal(err, 'unhandledRejection', runMainThrow);
        else loop.fatal(err);
      }
    }, (err) => loop.fatal(err, 'unhandledRejection', runMainThrow));
    return;
  }
  runEntry(kind, arg);
}

// Whether the main file runs from node's ESM loader's entry point (--import modules ran first).
let mainViaEsmLoader = false;
// node's frames below the Module._load of such a main file (the bootstrap's, at runMainFile).
const MAIN_IMPORT_FRAMES = ['cjsLoader (node:internal/modules/esm/translators:298:15)',
  'ModuleWrap.<anonymous> (node:internal/modules/esm/translators:240:7)', 'ModuleJob.run (node:internal/modules/esm/module_job:325:25)',
  'async ModuleLoader.import (node:internal/modules/esm/loader:606:24)', 'async asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:117:5)'];
binding.mainImportFrames = () => (mainViaEsmLoader ? MAIN_IMPORT_FRAMES : null);

// Whether -p was given without code of its own (then it prints the stdin script's result).
function printsStdin() {
  return execArgv().some((a) => a === '-p' || a === '--print' || a.startsWith('--print=') || a === '-pe');
}

// node's frames under code run by -e/-p (eval_string) or read from stdin (eval_stdin, at the
// stdin socket's 'end'), below `above` (its evalScript's own), as many as Error.stackTraceLimit
// allows.
const EVAL_COMPILE_FRAMES = ['makeContextifyScript (node:internal/vm:185:14)', 'node:internal/process/execution:107:22',
  '[eval]-wrapper:6:24', 'runScript (node:internal/process/execution:101:62)', 'evalScript (node:internal/process/execution:133:3)'];
// (node's stdin is a net.Socket for a pipe, an fs.ReadStream for a file: a WASI host shows
// both as a stream, taken for a pipe.)
const STDIN_END_FRAMES = ['Socket.<anonymous> (node:internal/process/execution:234:5)', 'Socket.emit (node:events:536:35)',
  'endReadableNT (node:internal/streams/readable:1698:12)', 'process.processTicksAndRejections (node:internal/process/task_queues:82:21)'];
// `above`, then node's entry frames of -e/-p code (eval_string) or of stdin's (eval_stdin, at
// the stream's end), `[eval]-wrapper` named for `kind`.
function evalEntryFrames(kind, above, line = kind === 'stdin' ? 32 : 51) {
  const main = kind === 'stdin' ? [`node:internal/main/eval_stdin:${line}:5`, ...STDIN_END_FRAMES]
    : evalInRepl ? REPL_EVAL_FRAMES : [`node:internal/main/eval_string:${line}:3`];
  return forEvalKind(kind, [...above, ...main]);
}
function forEvalKind(kind, frames) {
  return kind === 'stdin' ? frames.map((f) => f.replace('[eval]-', '[stdin]-')) : frames;
}
function evalFrames(kind, above, line) {
  const frames = evalEntryFrames(kind, above, line);
  const limit = Error.stackTraceLimit;
  const n = typeof limit === 'number' ? Math.max(0, Math.min(frames.length, limit)) : 0;
  return frames.slice(0, n).map((f) => `\n    at ${f}`).join('');
}

// -i with -e/-p: node's main/repl starts the REPL, then evaluates the code from its entry
// function (run by the ESM loader's entry point).
let evalInRepl = false;
const REPL_EVAL_FRAMES = ['node:internal/main/repl:61:7', 'asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:117:11)',
  'Object.runEntryPointWithESMLoader (node:internal/modules/run_main:141:19)', 'node:internal/main/repl:38:40'];

// node's frames below the code -e/-p/stdin runs (below its evalScript's run), for the
// bootstrap's stack frames: the script named `name` ('[eval]' or '[stdin]') is running. After
// --import modules node runs it from its ESM entry point's async function.
let evalAfterImports = false;
const EVAL_RUN_FRAMES = ['runScriptInThisContext (node:internal/vm:209:10)', 'node:internal/process/execution:118:14',
  '[eval]-wrapper:6:24', 'runScript (node:internal/process/execution:101:62)'];
binding.evalRunFrames = function evalRunFrames(name) {
  const kind = name === '[stdin]' ? 'stdin' : 'eval';
  return evalAfterImports
    ? forEvalKind(kind, [...EVAL_RUN_FRAMES, 'asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:117:11)'])
    : evalEntryFrames(kind, [...EVAL_RUN_FRAMES, 'evalScript (node:internal/process/execution:133:3)']);
};

// `err` with `frames` in place of its stack's own.
function withFrames(err, frames) {
  const stack = err.stack;
  const at = typeof stack === 'string' ? stack.indexOf('\n    at ') : -1;
  if (at !== -1) Object.defineProperty(err, 'stack', { value: stack.slice(0, at) + frames, configurable: true, writable: true });
  return err;
}

// ERR_EVAL_ESM_CANNOT_PRINT as node throws it for -p with module code (forced by --input-type,
// or found by evalScript's detection).
function evalCannotPrint(kind, forced) {
  const err = new (ERRS().ERR_EVAL_ESM_CANNOT_PRINT)();
  const above = ['evalModuleEntryPoint (node:internal/process/execution:64:11)'];
  if (!forced) above.push('evalScript (node:internal/process/execution:87:12)');
  const line = forced ? 30 : undefined;
  const stack = `${err.name} [${err.code}]: ${err.message}${evalFrames(kind, above, line)}`;
  Object.defineProperty(err, 'stack', { value: stack, configurable: true, writable: true });
  loop.markThrow(err, 'node:internal/process/execution:64\n    throw new ERR_EVAL_ESM_CANNOT_PRINT();\n    ^\n');
  return err;
}

function runEntry(kind, arg) {
  if (kind === 'file') {
    const abs = path.resolve(arg);
    if (binding.preopens().length === 0) {
      binding.write(2, preopenHint(arg) + '\n');
      process.exitCode = 1;
      binding.exit(1);
    }
    let filename;
    try {
      filename = resolveFilename(abs, null, true);
    } catch (e) {
      // A script outside every granted directory: say which flag grants it.
      const granted = binding.preopens().some((g) => g === '/' || g === '.' || abs === g || abs.startsWith(`${g.replace(/\/$/, '')}/`));
      if (e && e.code === 'MODULE_NOT_FOUND' && !granted) {
        binding.write(2, preopenHint(arg) + '\n');
        process.exitCode = 1;
        binding.exit(1);
      }
      throw asResolveThrow(e, 'load');
    }
    // node's: the path as given, made absolute (a symlinked bin keeps its own name).
    process.argv[1] = abs;
    if (binding.checkOnly) {
      // (An ES module is parsed as one, without loading its imports.)
      if (formatOf(filename) === 'module') binding.runEsm(filename, '', 'parse');
      else compileWrapper(binding.readFileUtf8(filename), filename);
      return;
    }
    // node starts the entry through Module.runMain, which a preloaded script may replace.
    if (Module.runMain !== defaultRunMain) Module.runMain(abs);
    else runMainFile(filename);
    return;
  }
  // -i: the REPL starts (banner, prompt), then the -e/-p code runs; an error it throws is
  // still fatal.
  if ((kind === 'eval' || kind === 'print') && !evalInRepl && !argvHas('--test') && (argvHas('-i') || argvHas('--interactive'))) {
    evalInRepl = true;
    requireBuiltin('internal/repl').start(() => runEntry(kind, arg));
    return;
  }
  // (--experimental-default-type=module makes string input an ES module unless --input-type says.)
  const defaultModule = optionValue('--experimental-default-type') === 'module' && optionValue('--input-type') !== 'commonjs';
  const print = kind === 'print' || (kind === 'stdin' && printsStdin());
  const forcedModule = binding.inputTypeModule || defaultModule;
  if ((kind === 'eval' || kind === 'print' || kind === 'stdin') && (forcedModule || evalIsModule(arg))) {
    // node's evalModuleEntryPoint: the code is the ES module `<cwd>/[eval1]`.
    if (print) throw evalCannotPrint(kind, forcedModule);
    const file = path.join(process.cwd(), '[eval1]');
    sourceModules.add(file);
    binding.addModuleSource(file, arg);
    loop.setSourceText(file, arg); // (for an uncaught error's excerpt)
    esmRunKind = kind === 'stdin' ? 'stdin' : 'eval';
    runEsmMain(file, '');
    return;
  }
  if (kind === 'eval' || kind === 'print' || kind === 'stdin') {
    // node's evalScript: the code runs as a script of the global scope named [eval] ([stdin]),
    // with module/exports/require/__dirname as globals and __filename the name.
    const name = kind === 'stdin' ? '[stdin]' : '[eval]';
    const cwd = process.cwd();
    const m = new Module(name);
    m.filename = path.join(cwd, name);
    m.paths = nodeModulePaths(cwd);
    globalThis.module = m;
    globalThis.exports = m.exports;
    globalThis.require = makeRequire(m);
    if (kind !== 'stdin') addBuiltinLibsToGlobal(globalThis.require);
    globalThis.__filename = name;
    globalThis.__dirname = '.';
    // (node compiles a wrapper with the module's _compile, which has returned when the code runs.)
    m[kIsExecuting] = false;
    loop.setSourceText(name, arg);
    let result;
    try {
      result = binding.evalScript(arg, name);
    } catch (err) {
      // The code does not parse (not a SyntaxError it threw): node's report of the script.
      if (err instanceof SyntaxError) {
        let parseErr = null;
        try { binding.compileFunction(arg, WRAPPER_PARAMS, name); } catch (e) { parseErr = e; }
        if (parseErr instanceof SyntaxError) {
          throw esmSyntaxError(parseErr, arg, name) ||
            syntaxReport(parseErr, arg, name, name, WRAPPER_HEADER_COLS, evalFrames(kind, EVAL_COMPILE_FRAMES));
        }
        // Valid in a function but not as a script (a top-level return): vm's report of it.
        try {
          new (requireBuiltin('vm').Script)(arg, { filename: name });
        } catch (e) {
          if (e instanceof SyntaxError) throw withFrames(e, evalFrames(kind, EVAL_COMPILE_FRAMES));
        }
      }
      loop.markScriptThrow(err);
      throw err;
    }
    if (print) {
      const { inspect } = requireBuiltin('internal/inspect');
      binding.write(1, (typeof result === 'string' ? result : inspect(result, { colors: binding.isTTY(1) && !('NO_COLOR' in binding.env) })) + '\n');
    }
    return;
  }
  if (kind === 'repl') {
    requireBuiltin('internal/repl').start();
  }
}

// node:test's --test runs each file as a fresh process would: no ES module, and no resolution
// of an import, is remembered from the files before.
function forgetEsModules() {
  resolveCache.clear();
  binding.clearEsmCache();
}

module.exports = {
  Module, runMain, resolveFilename, isBuiltin, builtinModules, nodeModulePaths, forgetEsModules,
  // (for node:test's module mocks: an import's resolution, and the hook that replaces modules)
  esmResolve: esmResolveUncached, setEsmMockHook, setBuiltinLoadHook,
  tokenWidth, // (vm's syntax error excerpts)
  makeRequire, // (the REPL's require, of its '<repl>' module)
};
