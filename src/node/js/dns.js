// `dns` and `dns/promises`: lookup through the host's resolver (getaddrinfo over WASI name
// lookup), with node 20's argument validation, default result order and Resolver classes.
// Record queries (resolveMx, ...) need a DNS client the sandbox lacks: resolve4/resolve6/resolve
// answer from lookup; the others fail with ENOTIMP. Servers set with setServers are kept and
// listed back by getServers, but nothing queries them.
'use strict';

const tcp = internalBinding('tcp');
const loop = require('internal/loop');
const E = () => require('internal/errors').codes;
const V = require('internal/validators');

const isIP = (s) => require('net').isIP(s);
const validFamilies = [0, 4, 6];
const validOrders = ['verbatim', 'ipv4first', 'ipv6first'];
// Linux getaddrinfo flags, as node reports them.
const AI_ADDRCONFIG = 32;
const AI_V4MAPPED = 8;
const AI_ALL = 16;
const IANA_DNS_PORT = 53;

function lookupError(code, hostname) {
  const err = new Error(`getaddrinfo ${code} ${hostname}`);
  err.errno = code === 'ENOTFOUND' ? -3008 : -3001;
  err.code = code;
  err.syscall = 'getaddrinfo';
  err.hostname = hostname;
  return err;
}

// node's DNSException: `${syscall} ${code} ${hostname}`.
function dnsException(code, syscall, hostname) {
  const err = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  err.errno = code === 'EINVAL' ? -22 : undefined;
  err.code = code;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  return err;
}

// A TypeError with node's code and a message of its own (as node's C++ layer throws them).
function codedTypeError(code, message) {
  const err = new TypeError(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  err.stack = `TypeError [${code}]: ${message}${String(err.stack).slice(String(err.stack).indexOf('\n'))}`;
  return err;
}
function invalidIp(address) { return codedTypeError('ERR_INVALID_IP_ADDRESS', `Invalid IP address: ${address}`); }

function resolveSync(hostname, family) {
  if (hostname === 'localhost') {
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

let defaultOrder = 'verbatim';
let invalidHostnameWarned = false;
function emitInvalidHostnameWarning(hostname) {
  if (invalidHostnameWarned) return;
  invalidHostnameWarned = true;
  process.emitWarning(`The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns module solely for compatibility.`, 'DeprecationWarning', 'DEP0118');
}

// The options of lookup (callback and promise forms), validated as node does.
function lookupOptions(options) {
  let family = 0;
  let all = false;
  let order = defaultOrder;
  if (typeof options === 'number') {
    V.validateOneOf(options, 'family', validFamilies);
    family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    throw new (E().ERR_INVALID_ARG_TYPE)('options', ['integer', 'object'], options);
  } else if (options != null) {
    if (options.hints != null) {
      V.validateNumber(options.hints, 'options.hints');
      const hints = options.hints >>> 0;
      if ((hints & ~(AI_ADDRCONFIG | AI_ALL | AI_V4MAPPED)) !== 0) throw new (E().ERR_INVALID_ARG_VALUE)('hints', hints);
    }
    if (options.family != null) {
      if (options.family === 'IPv4') family = 4;
      else if (options.family === 'IPv6') family = 6;
      else {
        V.validateOneOf(options.family, 'options.family', validFamilies);
        family = options.family;
      }
    }
    if (options.all != null) {
      V.validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options.verbatim != null) {
      V.validateBoolean(options.verbatim, 'options.verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options.order != null) {
      V.validateOneOf(options.order, 'options.order', validOrders);
      order = options.order;
    }
  }
  return { family, all, order };
}

// Resolves a name (not an IP literal) in the order asked for; throws the getaddrinfo error.
function lookupList(hostname, family, order) {
  const result = resolveSync(hostname, family);
  if (order === 'ipv4first') result.sort((a, b) => a.family - b.family);
  else if (order === 'ipv6first') result.sort((a, b) => b.family - a.family);
  return result;
}

function lookup(hostname, options, callback) {
  if (hostname) V.validateString(hostname, 'hostname');
  let opts;
  if (typeof options === 'function') {
    callback = options;
    opts = lookupOptions(undefined);
  } else {
    if (typeof options === 'number' || options === undefined || typeof options === 'object') {
      V.validateFunction(callback, 'callback');
    } else {
      V.validateFunction(arguments.length === 2 ? options : callback, 'callback');
    }
    opts = lookupOptions(options);
  }
  const { family, all, order } = opts;
  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }
  const matched = isIP(hostname);
  if (matched) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: matched }]);
    else process.nextTick(callback, null, hostname, matched);
    return {};
  }
  let result;
  let error = null;
  try { result = lookupList(hostname, family, order); } catch (e) { error = e; }
  // A name takes a real resolver round trip in node: a turn later than an IP literal.
  loop.queueCompletion(() => {
    if (error) callback(error);
    else if (all) callback(null, result);
    else callback(null, result[0].address, result[0].family);
  }, 2);
  return {};
}
// As node: util.promisify(lookup) resolves { address, family } (or the list with `all`).
Object.defineProperty(lookup, V.kCustomPromisifyArgs, { value: ['address', 'family'], enumerable: false });

function validatePort(port) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF) {
    throw new (E().ERR_SOCKET_BAD_PORT)('Port', port, true);
  }
}
function validateService(address, port) {
  V.validateString(address, 'address');
  if (isIP(address) === 0) throw new (E().ERR_INVALID_ARG_VALUE)('address', address);
  validatePort(port);
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new (E().ERR_MISSING_ARGS)('address', 'port', 'callback');
  validateService(address, port);
  V.validateFunction(callback, 'callback');
  loop.queueCompletion(() => callback(dnsException('ENOTIMP', 'getnameinfo', address)), 2);
  return {};
}

// ---- queries ---------------------------------------------------------------------------------

// Runs the query `syscall` for `name`; calls done(err, result) a resolver round trip later.
// A query that fails at once (a malformed address for reverse) throws its error.
function runQuery(syscall, name, ttl, done) {
  let error = null;
  let list;
  if (syscall !== 'getHostByAddr' && /\.onion\.?$/i.test(name)) {
    // c-ares answers no query for an .onion name (RFC 7686).
    error = dnsException('ENOTFOUND', syscall, name);
  } else if (syscall === 'queryA' || syscall === 'queryAaaa') {
    try {
      list = resolveSync(name, syscall === 'queryA' ? 4 : 6).map((a) => (ttl ? { address: a.address, ttl: 0 } : a.address));
    } catch (e) {
      error = dnsException(e.code, syscall, name);
    }
  } else if (syscall === 'getHostByAddr') {
    if (isIP(name) === 0) throw dnsException('EINVAL', syscall, name);
    error = dnsException('ENOTIMP', syscall, name);
  } else {
    error = dnsException('ENOTIMP', syscall, name);
  }
  loop.queueCompletion(() => done(error, list), 2);
}

const queries = {
  resolveAny: 'queryAny', resolve4: 'queryA', resolve6: 'queryAaaa', resolveCaa: 'queryCaa',
  resolveCname: 'queryCname', resolveMx: 'queryMx', resolveNs: 'queryNs', resolveTxt: 'queryTxt',
  resolveSrv: 'querySrv', resolvePtr: 'queryPtr', resolveNaptr: 'queryNaptr', resolveSoa: 'querySoa',
  reverse: 'getHostByAddr',
};
const rrtypes = {
  ANY: 'resolveAny', A: 'resolve4', AAAA: 'resolve6', CAA: 'resolveCaa', CNAME: 'resolveCname',
  MX: 'resolveMx', NS: 'resolveNs', TXT: 'resolveTxt', SRV: 'resolveSrv', PTR: 'resolvePtr',
  NAPTR: 'resolveNaptr', SOA: 'resolveSoa',
};

class ResolverBase {
  constructor(options = undefined) {
    const { timeout = -1, tries = 4 } = { ...options };
    V.validateInt32(timeout, 'options.timeout', -1);
    V.validateInt32(tries, 'options.tries', 1);
    // node's c-ares channel; here only the server list ([ip, port] pairs).
    // A new one starts from the system's list (none known in the sandbox), as a new channel does.
    this._handle = { servers: [] };
  }

  cancel() {}

  getServers() {
    return this._handle.servers.map(([ip, port]) => {
      if (port === IANA_DNS_PORT) return ip;
      return `${isIP(ip) === 6 ? `[${ip}]` : ip}:${port}`;
    });
  }

  setServers(servers) {
    V.validateArray(servers, 'servers');
    const list = [];
    servers.forEach((serv, index) => {
      V.validateString(serv, `servers[${index}]`);
      if (isIP(serv) !== 0) return list.push([serv, IANA_DNS_PORT]);
      const m = /^\[([^[\]]*)\]/.exec(serv);
      if (m && isIP(m[1]) !== 0) {
        return list.push([m[1], Number.parseInt(serv.replace(/(^.+?)(?::(\d+))?$/, '$2')) || IANA_DNS_PORT]);
      }
      const split = /(^.+?)(?::(\d+))?$/.exec(serv);
      if (split && isIP(split[1]) !== 0) return list.push([split[1], Number.parseInt(split[2] || IANA_DNS_PORT)]);
      throw invalidIp(serv);
    });
    this._handle.servers = list;
  }

  // As node: one address of each family, in either order (the binding checks them).
  setLocalAddress(ipv4, ipv6) {
    V.validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) V.validateString(ipv6, 'ipv6');
    const first = isIP(ipv4);
    const second = ipv6 === undefined ? 0 : isIP(ipv6);
    if (first === 0 || (ipv6 !== undefined && second === 0)) throw codedTypeError('ERR_INVALID_ARG_VALUE', 'Invalid IP address.');
    if (first === second) throw codedTypeError('ERR_INVALID_ARG_VALUE', `Cannot specify two IPv${first} addresses.`);
  }
}

class Resolver extends ResolverBase {}
class PromiseResolver extends ResolverBase {}
for (const [method, syscall] of Object.entries(queries)) {
  function query(name, options, callback) {
    if (arguments.length <= 2) { callback = options; options = undefined; }
    V.validateString(name, 'name');
    V.validateFunction(callback, 'callback');
    runQuery(syscall, name, !!(options && options.ttl), (err, list) => (err ? callback(err) : callback(null, list)));
    return {};
  }
  Object.defineProperty(query, 'name', { value: syscall });
  function promiseQuery(name, options) {
    V.validateString(name, 'name');
    return new Promise((resolve, reject) => {
      runQuery(syscall, name, !!(options && options.ttl), (err, list) => (err ? reject(err) : resolve(list)));
    });
  }
  Object.defineProperty(promiseQuery, 'name', { value: syscall });
  Object.defineProperty(Resolver.prototype, method, { value: query, writable: true, configurable: true, enumerable: true });
  Object.defineProperty(PromiseResolver.prototype, method, { value: promiseQuery, writable: true, configurable: true, enumerable: true });
}
Resolver.prototype.resolve = function resolve(hostname, rrtype, callback) {
  let method;
  if (typeof rrtype === 'string') method = rrtypes[rrtype];
  else if (typeof rrtype === 'function') { method = 'resolve4'; callback = rrtype; }
  else throw new (E().ERR_INVALID_ARG_TYPE)('rrtype', 'string', rrtype);
  if (method === undefined) throw new (E().ERR_INVALID_ARG_VALUE)('rrtype', rrtype);
  return this[method](hostname, callback);
};
PromiseResolver.prototype.resolve = function resolve(hostname, rrtype) {
  let method = 'resolve4';
  if (rrtype !== undefined) {
    V.validateString(rrtype, 'rrtype');
    method = rrtypes[rrtype];
    if (method === undefined) throw new (E().ERR_INVALID_ARG_VALUE)('rrtype', rrtype);
  }
  return this[method](hostname);
};
Object.defineProperty(Resolver, 'name', { value: 'Resolver' });
Object.defineProperty(PromiseResolver, 'name', { value: 'Resolver' });

let defaultResolver;
defaultResolver = new Resolver();
const defaultPromiseResolver = new PromiseResolver();
// The promise API's resolver shares the callback one's servers.
defaultPromiseResolver._handle = defaultResolver._handle;

function setDefaultResultOrder(order) {
  V.validateOneOf(order, 'dnsOrder', validOrders);
  defaultOrder = order;
}
function getDefaultResultOrder() { return defaultOrder; }

const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND', NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME', BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT', EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR', BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

function bindDefault(target, resolver, proto) {
  for (const key of [...Object.keys(queries), 'resolve', 'getServers', 'setServers']) {
    target[key] = proto[key] === undefined ? ResolverBase.prototype[key].bind(resolver) : proto[key].bind(resolver);
  }
}

const promises = {
  lookup(hostname, options) {
    if (hostname) V.validateString(hostname, 'hostname');
    const { family, all, order } = lookupOptions(options);
    return new Promise((resolve, reject) => {
      if (!hostname) {
        emitInvalidHostnameWarning(hostname);
        resolve(all ? [] : { address: null, family: family === 6 ? 6 : 4 });
        return;
      }
      const matched = isIP(hostname);
      if (matched !== 0) {
        const result = { address: hostname, family: matched };
        resolve(all ? [result] : result);
        return;
      }
      let result;
      let error = null;
      try { result = lookupList(hostname, family, order); } catch (e) { error = e; }
      loop.queueCompletion(() => (error ? reject(error) : resolve(all ? result : result[0])), 2);
    });
  },
  lookupService(address, port) {
    if (arguments.length !== 2) throw new (E().ERR_MISSING_ARGS)('address', 'port');
    validateService(address, port);
    return new Promise((resolve, reject) => {
      loop.queueCompletion(() => reject(dnsException('ENOTIMP', 'getnameinfo', address)), 2);
    });
  },
  Resolver: PromiseResolver,
  setDefaultResultOrder,
  getDefaultResultOrder,
  ...errorCodes,
};
bindDefault(promises, defaultPromiseResolver, PromiseResolver.prototype);

const exported = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  ADDRCONFIG: AI_ADDRCONFIG,
  ALL: AI_ALL,
  V4MAPPED: AI_V4MAPPED,
  ...errorCodes,
};
bindDefault(exported, defaultResolver, Resolver.prototype);
Object.defineProperty(exported, 'promises', { configurable: true, enumerable: true, get() { return promises; } });
module.exports = exported;
