// `dns` and `dns/promises`: lookup through the host's resolver (getaddrinfo over WASI name
// lookup), with node 20's argument validation, default result order and Resolver classes.
// Record queries (resolve*, reverse) go over UDP (dgram) to the DNS servers known: those of
// setServers, or of /etc/resolv.conf when the sandbox may read it. With none (the usual sandbox),
// resolve4/resolve6 answer from lookup and the other queries fail with ENOTIMP.
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

// node makes a lookup's error in the resolver's callback (GetAddrInfoReqWrap.oncomplete): its
// stack is that one frame of node's, named by the form of the call (none with
// Error.stackTraceLimit = 0; a custom prepareStackTrace's text is kept).
const kOnLookup = 'GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:111:26)';
const kOnLookupAll = 'GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:122:26)';
const kOnLookupPromise = 'GetAddrInfoReqWrap.onlookup [as oncomplete] (node:internal/dns/promises:86:17)';
const kOnLookupAllPromise = 'GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:internal/dns/promises:99:17)';
const kOnLookupService = 'GetNameInfoReqWrap.onlookupservice [as oncomplete] (node:dns:263:26)';
function callbackStack(err, frame) {
  const stack = err.stack;
  const at = typeof stack === 'string' ? stack.indexOf('\n    at ') : -1;
  if (at !== -1) err.stack = `${stack.slice(0, at)}\n    at ${frame}`;
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

// The host's /etc/hosts is out of the sandbox's reach (and wasmtime's resolver refuses
// 'localhost'): localhost is what the reference machine's /etc/hosts says, '127.0.0.1 localhost'
// with no IPv6 line, so getaddrinfo gives 127.0.0.1 alone and ENOTFOUND for family 6 (node there:
// a refused connection to localhost is 'connect ECONNREFUSED 127.0.0.1:PORT', not the
// AggregateError of two attempts).
function resolveSync(hostname, family) {
  if (hostname.toLowerCase() === 'localhost') {
    if (family === 6) throw lookupError('ENOTFOUND', hostname);
    return [{ address: '127.0.0.1', family: 4 }];
  }
  const r = tcp.lookup(hostname, family);
  if (!Array.isArray(r)) throw lookupError(r.code, hostname);
  const out = [];
  for (let i = 0; i < r.length; i += 2) out.push({ address: r[i], family: r[i + 1] });
  return out;
}

// libuv converts a name to ASCII (IDNA) into 256 bytes before asking getaddrinfo: a longer one
// fails at once with EINVAL.
function tooLongForLibuv(hostname) {
  const ascii = /^[\x00-\x7f]*$/.test(hostname) ? hostname : require('internal/punycode').toASCII(hostname);
  return ascii.length > 255;
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
  if (tooLongForLibuv(hostname)) {
    process.nextTick(callback, dnsException('EINVAL', 'getaddrinfo', hostname));
    return {};
  }
  let result;
  let error = null;
  try { result = lookupList(hostname, family, order); } catch (e) { error = e; }
  // A name takes a real resolver round trip in node: a turn later than an IP literal.
  if (error !== null) callbackStack(error, all ? kOnLookupAll : kOnLookup);
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

// Well-known TCP services (/etc/services), as getnameinfo names them.
const SERVICES = {
  7: 'echo', 20: 'ftp-data', 21: 'ftp', 22: 'ssh', 23: 'telnet', 25: 'smtp', 53: 'domain', 80: 'http',
  110: 'pop3', 143: 'imap2', 443: 'https', 465: 'submissions', 587: 'submission', 993: 'imaps', 995: 'pop3s',
  3306: 'mysql', 5432: 'postgresql', 6379: 'redis', 8080: 'http-alt',
};

// getnameinfo: an IPv4 loopback address is localhost (as /etc/hosts says; ::1 has no name there), another one is asked of the
// DNS servers known (PTR), failing with ENOTFOUND as an address without a name does; the service
// is the port's well-known name, or its number.
function nameInfo(address, port, done) {
  const service = SERVICES[+port] || String(+port);
  const notFound = () => {
    const err = callbackStack(dnsException('ENOTFOUND', 'getnameinfo', address), kOnLookupService);
    err.errno = -3008;
    done(err);
  };
  if (/^127\./.test(address)) loop.queueCompletion(() => done(null, 'localhost', service), 2);
  else if (defaultResolver._handle.servers.length === 0) loop.queueCompletion(notFound, 2);
  else runQuery(defaultResolver._handle, 'getHostByAddr', address, false, (err, names) => (err ? notFound() : done(null, names[0], service)));
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new (E().ERR_MISSING_ARGS)('address', 'port', 'callback');
  validateService(address, port);
  V.validateFunction(callback, 'callback');
  nameInfo(address, port, callback);
  return {};
}
// As node: util.promisify(lookupService) resolves { hostname, service }.
Object.defineProperty(lookupService, V.kCustomPromisifyArgs, { value: ['hostname', 'service'], enumerable: false });

// ---- queries ---------------------------------------------------------------------------------

// Runs the query `syscall` for `name` on `handle` (a resolver's channel); calls done(err, result)
// once answered. With DNS servers known (setServers, or /etc/resolv.conf when the sandbox can read
// it) the query goes to them over UDP; without, A/AAAA answer from the host's getaddrinfo and other
// records fail with ENOTIMP. A query that fails at once (a malformed address for reverse) throws.
function runQuery(handle, syscall, name, ttl, done) {
  if (syscall === 'getHostByAddr' && isIP(name) === 0) throw dnsException('EINVAL', syscall, name);
  if (syscall !== 'getHostByAddr' && /\.onion\.?$/i.test(name)) {
    // c-ares answers no query for an .onion name (RFC 7686).
    loop.queueCompletion(() => done(dnsException('ENOTFOUND', syscall, name)), 2);
    return;
  }
  if (handle.servers.length > 0) {
    sendQuery(handle, syscall, name, ttl, done);
    return;
  }
  let error = null;
  let list;
  if (syscall === 'queryA' || syscall === 'queryAaaa') {
    try {
      list = resolveSync(name, syscall === 'queryA' ? 4 : 6).map((a) => (ttl ? { address: a.address, ttl: 0 } : a.address));
    } catch (e) {
      error = dnsException(e.code, syscall, name);
    }
  } else {
    error = dnsException('ENOTIMP', syscall, name);
  }
  loop.queueCompletion(() => done(error, list), 2);
}

// ---- a DNS client (RFC 1035 over UDP), standing in for c-ares ---------------------------------

const RR = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35, ANY: 255, CAA: 257 };
const RR_NAMES = Object.fromEntries(Object.entries(RR).map(([k, v]) => [v, k]));
const QTYPES = {
  queryA: RR.A, queryAaaa: RR.AAAA, queryAny: RR.ANY, queryCaa: RR.CAA, queryCname: RR.CNAME, queryMx: RR.MX,
  queryNs: RR.NS, queryTxt: RR.TXT, querySrv: RR.SRV, queryPtr: RR.PTR, queryNaptr: RR.NAPTR, querySoa: RR.SOA,
  getHostByAddr: RR.PTR,
};
const RCODES = { 1: 'EFORMERR', 2: 'ESERVFAIL', 3: 'ENOTFOUND', 4: 'ENOTIMP', 5: 'EREFUSED' };
const DEFAULT_TIMEOUT = 5000;

// The PTR name of an address: d.c.b.a.in-addr.arpa, or the nibbles of an IPv6 one.
function reverseName(ip) {
  if (isIP(ip) === 4) return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
  const { SocketAddress } = require('net');
  const full = new SocketAddress({ address: ip, family: 'ipv6' }).address;
  const head = full.includes('::') ? full.split('::') : [full, ''];
  const groups = (part) => (part === '' ? [] : part.split(':'));
  const a = groups(head[0]);
  const b = groups(head[1]);
  const words = [...a, ...new Array(8 - a.length - b.length).fill('0'), ...b];
  return `${words.map((w) => w.padStart(4, '0')).join('').split('').reverse().join('.')}.ip6.arpa`;
}

function encodeQuery(id, name, qtype) {
  const { Buffer } = require('buffer');
  const labels = name.split('.').filter((l) => l !== '');
  const parts = [Buffer.from([id >> 8, id & 255, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0])];
  for (const label of labels) {
    const bytes = Buffer.from(label, 'utf8');
    if (bytes.length > 63) return null;
    parts.push(Buffer.from([bytes.length]), bytes);
  }
  parts.push(Buffer.from([0, qtype >> 8, qtype & 255, 0, 1]));
  return Buffer.concat(parts);
}

// A name at `offset` (following compression pointers): [name, offset after it].
function readName(buf, offset) {
  const labels = [];
  let end = -1;
  for (let hops = 0; hops < 128; hops++) {
    if (offset >= buf.length) break;
    const len = buf[offset];
    if (len === 0) return [labels.join('.'), end === -1 ? offset + 1 : end];
    if ((len & 0xc0) === 0xc0) {
      if (end === -1) end = offset + 2;
      offset = ((len & 0x3f) << 8) | buf[offset + 1];
      continue;
    }
    labels.push(buf.toString('latin1', offset + 1, offset + 1 + len));
    offset += 1 + len;
  }
  throw new Error('EBADRESP');
}

// One record's data in node's shape (ANY adds `type`).
function decodeRecord(buf, type, start, len, ttl) {
  const u16 = (o) => buf.readUInt16BE(o);
  const u32 = (o) => buf.readUInt32BE(o);
  const name = (o) => readName(buf, o)[0];
  switch (type) {
    case RR.A: return { address: `${buf[start]}.${buf[start + 1]}.${buf[start + 2]}.${buf[start + 3]}`, ttl };
    case RR.AAAA: {
      const words = [];
      for (let i = 0; i < 16; i += 2) words.push(u16(start + i).toString(16));
      return { address: new (require('net').SocketAddress)({ address: words.join(':'), family: 'ipv6' }).address, ttl };
    }
    case RR.CNAME: case RR.NS: case RR.PTR: return { value: name(start) };
    case RR.MX: return { exchange: name(start + 2), priority: u16(start) };
    case RR.TXT: {
      const entries = [];
      for (let o = start; o < start + len; o += 1 + buf[o]) entries.push(buf.toString('utf8', o + 1, o + 1 + buf[o]));
      return { entries };
    }
    case RR.SRV: return { name: name(start + 6), port: u16(start + 4), priority: u16(start), weight: u16(start + 2) };
    case RR.SOA: {
      const [nsname, o1] = readName(buf, start);
      const [hostmaster, o2] = readName(buf, o1);
      return { nsname, hostmaster, serial: u32(o2), refresh: u32(o2 + 4), retry: u32(o2 + 8), expire: u32(o2 + 12), minttl: u32(o2 + 16) };
    }
    case RR.NAPTR: {
      let o = start + 4;
      const text = () => { const t = buf.toString('utf8', o + 1, o + 1 + buf[o]); o += 1 + buf[o]; return t; };
      const flags = text();
      const service = text();
      const regexp = text();
      return { flags, service, regexp, replacement: name(o), order: u16(start), preference: u16(start + 2) };
    }
    case RR.CAA: {
      const tagLen = buf[start + 1];
      const tag = buf.toString('latin1', start + 2, start + 2 + tagLen);
      return { critical: buf[start], [tag]: buf.toString('utf8', start + 2 + tagLen, start + len) };
    }
    default: return null;
  }
}

// A response to query `id`: { rcode, truncated, answers: [{ type, data }] }, null when it is no
// answer to it; throws on a malformed one.
function parseResponse(buf, id) {
  if (buf.length < 12 || buf.readUInt16BE(0) !== id || (buf[2] & 0x80) === 0) return null;
  const rcode = buf[3] & 15;
  const truncated = (buf[2] & 2) !== 0;
  const qd = buf.readUInt16BE(4);
  const an = buf.readUInt16BE(6);
  let offset = 12;
  for (let i = 0; i < qd; i++) offset = readName(buf, offset)[1] + 4;
  const answers = [];
  for (let i = 0; i < an; i++) {
    offset = readName(buf, offset)[1];
    if (offset + 10 > buf.length) throw new Error('EBADRESP');
    const type = buf.readUInt16BE(offset);
    const ttl = buf.readUInt32BE(offset + 4);
    const len = buf.readUInt16BE(offset + 8);
    offset += 10;
    if (offset + len > buf.length) throw new Error('EBADRESP');
    const data = decodeRecord(buf, type, offset, len, ttl);
    if (data !== null) answers.push({ type, data });
    offset += len;
  }
  return { rcode, truncated, answers };
}

// The answers as the query method returns them.
function shapeAnswers(syscall, qtype, answers, ttl) {
  if (syscall === 'queryAny') return answers.map(({ type, data }) => ({ ...data, type: RR_NAMES[type] }));
  const own = answers.filter((a) => a.type === qtype).map((a) => a.data);
  if (own.length === 0) return null;
  switch (syscall) {
    case 'queryA': case 'queryAaaa': return own.map((d) => (ttl ? d : d.address));
    case 'queryCname': case 'queryNs': case 'queryPtr': case 'getHostByAddr': return own.map((d) => d.value);
    case 'queryTxt': return own.map((d) => d.entries);
    case 'querySoa': return own[0];
    default: return own;
  }
}

// Sends the query to each server in turn (each tried `tries` times, `timeout` ms apiece). As
// c-ares, an answer truncated over UDP is asked for again over TCP (length-prefixed).
function sendQuery(handle, syscall, name, ttl, done) {
  const qtype = QTYPES[syscall];
  const qname = syscall === 'getHostByAddr' ? reverseName(name) : name;
  const id = (Math.random() * 0x10000) | 0;
  const packet = encodeQuery(id, qname, qtype);
  if (packet === null) {
    loop.queueCompletion(() => done(dnsException('EBADNAME', syscall, name)), 2);
    return;
  }
  const timeout = handle.timeout >= 0 ? handle.timeout : DEFAULT_TIMEOUT;
  const query = { finish: null, cancel: null };
  handle.pending.add(query);
  let transport = null; // this try's socket; its listeners ignore what comes once it is replaced
  let timer = null;
  let server = 0;
  let attempt = 0;
  let lastCode = 'ETIMEOUT';
  const cleanup = () => {
    clearTimeout(timer);
    if (transport !== null) { transport.close(); transport = null; }
  };
  query.finish = (err, result) => {
    if (!handle.pending.delete(query)) return;
    cleanup();
    done(err, result);
  };
  const fail = (code) => query.finish(dnsException(code, syscall, name));
  query.cancel = () => fail('ECANCELLED');
  const failedTry = (code) => {
    if (code !== undefined) lastCode = code;
    next();
  };
  const answer = (parsed) => {
    if (parsed.rcode !== 0) return fail(RCODES[parsed.rcode] || 'EBADRESP');
    const result = shapeAnswers(syscall, qtype, parsed.answers, ttl);
    if (result === null) return fail('ENODATA');
    query.finish(null, result);
  };
  const parse = (msg) => {
    try { return parseResponse(msg, id); } catch { return undefined; }
  };
  const overTcp = (ip, port) => {
    cleanup();
    const { Buffer } = require('buffer');
    const sock = require('net').connect({ port, host: ip });
    const own = transport = { close: () => sock.destroy() };
    let received = Buffer.alloc(0);
    sock.on('connect', () => sock.write(Buffer.concat([Buffer.from([packet.length >> 8, packet.length & 255]), packet])));
    sock.on('data', (data) => {
      received = Buffer.concat([received, data]);
      if (own !== transport || received.length < 2 || received.length < 2 + received.readUInt16BE(0)) return;
      const parsed = parse(received.subarray(2, 2 + received.readUInt16BE(0)));
      if (!parsed) failedTry('EBADRESP'); // as c-ares: a malformed answer counts as a failed try
      else answer(parsed);
    });
    sock.on('error', (e) => { if (own === transport) failedTry(e.code === 'ECONNREFUSED' ? e.code : undefined); });
    sock.on('close', () => { if (own === transport) failedTry(); });
    timer = setTimeout(next, timeout);
  };
  const next = () => {
    cleanup();
    if (attempt >= handle.tries) { attempt = 0; server++; }
    if (server >= handle.servers.length) return fail(lastCode);
    attempt++;
    const [ip, port] = handle.servers[server];
    const socket = require('dgram').createSocket(isIP(ip) === 6 ? 'udp6' : 'udp4');
    const own = transport = socket;
    socket.on('error', (e) => {
      if (own !== transport) return;
      attempt = handle.tries; // this server is out
      failedTry(e.code === 'ECONNREFUSED' ? e.code : undefined);
    });
    socket.on('message', (msg) => {
      if (own !== transport) return;
      const parsed = parse(msg);
      if (parsed === undefined) failedTry('EBADRESP');
      else if (parsed === null) return; // not our answer: keep waiting
      else if (parsed.truncated) overTcp(ip, port);
      else answer(parsed);
    });
    socket.connect(port, ip, () => socket.send(packet));
    timer = setTimeout(next, timeout);
  };
  next();
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

// The name servers of /etc/resolv.conf, when the sandbox can read it (none otherwise).
let systemList;
function systemServers() {
  if (systemList === undefined) {
    systemList = [];
    try {
      const text = require('fs').readFileSync('/etc/resolv.conf', 'latin1');
      for (const m of text.matchAll(/^\s*nameserver\s+([^\s#;%]+)/gm)) if (isIP(m[1]) !== 0) systemList.push([m[1], IANA_DNS_PORT]);
    } catch {
      // not granted: no servers
    }
  }
  return systemList.slice();
}

class ResolverBase {
  constructor(options = undefined) {
    const { timeout = -1, tries = 4 } = { ...options };
    V.validateInt32(timeout, 'options.timeout', -1);
    V.validateInt32(tries, 'options.tries', 1);
    // node's c-ares channel: the server list ([ip, port] pairs), options and the queries under
    // way. A new one starts from the system's list, as a new channel does.
    // The system's list is read on first use: not while dns loads (the launcher's start-up
    // snapshot loads every built-in, and a file read then would fix wasi-libc's view of the
    // granted directories at none).
    this._handle = {
      list: undefined, timeout, tries, pending: new Set(),
      get servers() { if (this.list === undefined) this.list = systemServers(); return this.list; },
      set servers(v) { this.list = v; },
    };
  }

  // As c-ares's cancel: every query under way fails with ECANCELLED.
  cancel() {
    for (const query of [...this._handle.pending]) query.cancel();
  }

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
        return list.push([m[1], (Number.parseInt(serv.replace(/(^.+?)(?::(\d+))?$/, '$2')) || IANA_DNS_PORT) & 0xffff]);
      }
      // c-ares keeps ports in 16 bits: node's getServers shows 99999 as 34463.
      const split = /(^.+?)(?::(\d+))?$/.exec(serv);
      if (split && isIP(split[1]) !== 0) return list.push([split[1], Number.parseInt(split[2] || IANA_DNS_PORT) & 0xffff]);
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
    runQuery(this._handle, syscall, name, !!(options && options.ttl), (err, list) => (err ? callback(err) : callback(null, list)));
    return {};
  }
  Object.defineProperty(query, 'name', { value: syscall });
  function promiseQuery(name, options) {
    V.validateString(name, 'name');
    return new Promise((resolve, reject) => {
      runQuery(this._handle, syscall, name, !!(options && options.ttl), (err, list) => (err ? reject(err) : resolve(list)));
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
      if (tooLongForLibuv(hostname)) {
        reject(dnsException('EINVAL', 'getaddrinfo', hostname));
        return;
      }
      let result;
      let error = null;
      try { result = lookupList(hostname, family, order); } catch (e) { error = e; }
      if (error !== null) callbackStack(error, all ? kOnLookupAllPromise : kOnLookupPromise);
      loop.queueCompletion(() => (error ? reject(error) : resolve(all ? result : result[0])), 2);
    });
  },
  lookupService(address, port) {
    if (arguments.length !== 2) throw new (E().ERR_MISSING_ARGS)('address', 'port');
    validateService(address, port);
    return new Promise((resolve, reject) => {
      nameInfo(address, port, (err, hostname, service) => (err ? reject(err) : resolve({ hostname, service })));
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
