// `dns` and `dns/promises`: lookup through the host's resolver (getaddrinfo over WASI name
// lookup). Record queries (resolve4, resolveMx, ...) need a DNS client the sandbox lacks:
// resolve4/resolve6/resolve answer from lookup; the others fail with ENOTIMP.
'use strict';

const tcp = internalBinding('tcp');
const loop = require('internal/loop');
const E = () => require('internal/errors').codes;
const { validateFunction, validateNumber, validateString } = require('internal/validators');

function lookupError(code, hostname) {
  const err = new Error(`getaddrinfo ${code} ${hostname}`);
  err.errno = code === 'ENOTFOUND' ? -3008 : -3001;
  err.code = code;
  err.syscall = 'getaddrinfo';
  err.hostname = hostname;
  return err;
}

function resolveSync(hostname, family) {
  if (hostname === 'localhost' || hostname === '') {
    const list = [];
    if (family !== 6) list.push({ address: '127.0.0.1', family: 4 });
    if (family !== 4) list.push({ address: '::1', family: 6 });
    return list;
  }
  const r = tcp.lookup(hostname, family);
  if (!Array.isArray(r)) throw lookupError(r.code, hostname);
  const out = [];
  for (let i = 0; i < r.length; i += 2) out.push({ address: r[i], family: r[i + 1] });
  return out;
}

function normalizeOptions(options) {
  let family = 0, all = false, order = 'verbatim';
  if (typeof options === 'number') family = options;
  else if (options !== null && typeof options === 'object') {
    if (options.family !== undefined) {
      family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
      if (![0, 4, 6].includes(family)) throw new (E().ERR_INVALID_ARG_VALUE)('options.family', options.family, 'must be one of: 0, 4, 6');
    }
    if (options.hints != null) {
      validateNumber(options.hints, 'options.hints');
      const hints = options.hints >>> 0;
      if ((hints & ~(1024 | 2048 | 256)) !== 0) throw new (E().ERR_INVALID_ARG_VALUE)('hints', hints);
    }
    all = options.all === true;
    if (options.order) order = options.order;
    else if (options.verbatim === false) order = 'ipv4first';
  } else if (options !== undefined) {
    throw new (E().ERR_INVALID_ARG_TYPE)('options', ['integer', 'object'], options);
  }
  return { family, all, order };
}

function lookup(hostname, options, callback) {
  if (typeof options === 'function') { callback = options; options = 0; }
  if (hostname !== undefined && hostname !== null && typeof hostname !== 'string') {
    throw new (E().ERR_INVALID_ARG_TYPE)('hostname', 'string', hostname);
  }
  validateFunction(callback, 'callback');
  const { family, all, order } = normalizeOptions(options);
  if (!hostname) {
    process.nextTick(() => (all ? callback(null, []) : callback(null, null, family === 6 ? 6 : 4)));
    return {};
  }
  let result, error = null;
  try {
    result = resolveSync(hostname, family);
    if (order === 'ipv4first') result.sort((a, b) => a.family - b.family);
    else if (order === 'ipv6first') result.sort((a, b) => b.family - a.family);
  } catch (e) { error = e; }
  // A name (not an IP literal) takes a real resolver round trip in node: one turn later.
  const rounds = require('net').isIP(hostname) ? 1 : 2;
  loop.queueCompletion(() => {
    if (error) callback(error);
    else if (all) callback(null, result);
    else callback(null, result[0].address, result[0].family);
  }, rounds);
  return {};
}
// As node: util.promisify(lookup) resolves { address, family } (or the list with `all`).
Object.defineProperty(lookup, require('internal/validators').kCustomPromisifyArgs, { value: ['address', 'family'], enumerable: false });

function notImplemented(name) {
  return function (hostname, ...rest) {
    const cb = rest.pop();
    validateFunction(cb, 'callback');
    const err = new Error(`${name} ENOTIMP ${hostname}`);
    Object.assign(err, { errno: undefined, code: 'ENOTIMP', syscall: name, hostname });
    process.nextTick(cb, err);
  };
}

function resolveFamily(family, name) {
  return function (hostname, options, cb) {
    if (typeof options === 'function') { cb = options; options = {}; }
    validateString(hostname, 'name');
    validateFunction(cb, 'callback');
    let list, error = null;
    try { list = resolveSync(hostname, family).map((a) => a.address); } catch (e) {
      error = e;
      error.syscall = name;
      error.message = `${name} ${error.code} ${hostname}`;
    }
    loop.queueCompletion(() => (error ? cb(error) : cb(null, options && options.ttl ? list.map((address) => ({ address, ttl: 0 })) : list)));
  };
}

const resolve4 = resolveFamily(4, 'queryA');
const resolve6 = resolveFamily(6, 'queryAaaa');
function resolve(hostname, rrtype, cb) {
  if (typeof rrtype === 'function') { cb = rrtype; rrtype = 'A'; }
  if (rrtype === 'A') return resolve4(hostname, cb);
  if (rrtype === 'AAAA') return resolve6(hostname, cb);
  return notImplemented(`query${rrtype}`)(hostname, cb);
}

const promisify = (fn) => (...args) => new Promise((resolve, reject) => {
  fn(...args, (err, ...res) => (err ? reject(err) : resolve(res.length > 1 ? res : res[0])));
});

const promises = {
  lookup(hostname, options) {
    return new Promise((resolve, reject) => {
      lookup(hostname, options, (err, address, family) => {
        if (err) reject(err);
        else resolve(Array.isArray(address) ? address : { address, family });
      });
    });
  },
  resolve: promisify(resolve),
  resolve4: promisify(resolve4),
  resolve6: promisify(resolve6),
};

let defaultOrder = 'verbatim';
const exported = {
  lookup,
  lookupService: notImplemented('getnameinfo'),
  resolve,
  resolve4,
  resolve6,
  resolveAny: notImplemented('queryAny'),
  resolveCname: notImplemented('queryCname'),
  resolveCaa: notImplemented('queryCaa'),
  resolveMx: notImplemented('queryMx'),
  resolveNaptr: notImplemented('queryNaptr'),
  resolveNs: notImplemented('queryNs'),
  resolvePtr: notImplemented('queryPtr'),
  resolveSoa: notImplemented('querySoa'),
  resolveSrv: notImplemented('querySrv'),
  resolveTxt: notImplemented('queryTxt'),
  reverse: notImplemented('getHostByAddr'),
  getServers() { return []; },
  setServers() {},
  setDefaultResultOrder(order) { defaultOrder = order; },
  getDefaultResultOrder() { return defaultOrder; },
  ADDRCONFIG: 1024, V4MAPPED: 2048, ALL: 256,
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND', NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME', BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT', EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR', BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
  promises,
};
module.exports = exported;
