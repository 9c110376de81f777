// node:tls -- loads with node 20's exports so packages that require it at start-up (ws,
// axios through https-proxy-agent, many HTTP clients) work over plain TCP. rjs has no TLS
// sockets: https goes through the host (see https.js), so connect(), createServer() and
// createSecurePair() throw ERR_TLS_UNAVAILABLE. The pure parts are node's: the constants,
// getCiphers(), convertALPNProtocols(), checkServerIdentity(), createSecureContext().
'use strict';

const net = require('net');
const { codes, defineCodeStack } = require('internal/errors');

const unavailable = (what) => () => { throw new codes.ERR_TLS_UNAVAILABLE(`tls.${what}()`); };

// node's error classes for checkServerIdentity (code, `Error [CODE]: ...` stack).
function nodeError(code, message, props, Base = Error) {
  const err = new Base(message);
  Object.assign(err, props);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  defineCodeStack(err, code);
  return err;
}

const CIPHERS = ('aes128-gcm-sha256 aes128-sha aes128-sha256 aes256-gcm-sha384 aes256-sha aes256-sha256 ' +
  'dhe-psk-aes128-cbc-sha dhe-psk-aes128-cbc-sha256 dhe-psk-aes128-gcm-sha256 dhe-psk-aes256-cbc-sha ' +
  'dhe-psk-aes256-cbc-sha384 dhe-psk-aes256-gcm-sha384 dhe-psk-chacha20-poly1305 dhe-rsa-aes128-gcm-sha256 ' +
  'dhe-rsa-aes128-sha dhe-rsa-aes128-sha256 dhe-rsa-aes256-gcm-sha384 dhe-rsa-aes256-sha dhe-rsa-aes256-sha256 ' +
  'dhe-rsa-chacha20-poly1305 ecdhe-ecdsa-aes128-gcm-sha256 ecdhe-ecdsa-aes128-sha ecdhe-ecdsa-aes128-sha256 ' +
  'ecdhe-ecdsa-aes256-gcm-sha384 ecdhe-ecdsa-aes256-sha ecdhe-ecdsa-aes256-sha384 ecdhe-ecdsa-chacha20-poly1305 ' +
  'ecdhe-psk-aes128-cbc-sha ecdhe-psk-aes128-cbc-sha256 ecdhe-psk-aes256-cbc-sha ecdhe-psk-aes256-cbc-sha384 ' +
  'ecdhe-psk-chacha20-poly1305 ecdhe-rsa-aes128-gcm-sha256 ecdhe-rsa-aes128-sha ecdhe-rsa-aes128-sha256 ' +
  'ecdhe-rsa-aes256-gcm-sha384 ecdhe-rsa-aes256-sha ecdhe-rsa-aes256-sha384 ecdhe-rsa-chacha20-poly1305 ' +
  'psk-aes128-cbc-sha psk-aes128-cbc-sha256 psk-aes128-gcm-sha256 psk-aes256-cbc-sha psk-aes256-cbc-sha384 ' +
  'psk-aes256-gcm-sha384 psk-chacha20-poly1305 rsa-psk-aes128-cbc-sha rsa-psk-aes128-cbc-sha256 ' +
  'rsa-psk-aes128-gcm-sha256 rsa-psk-aes256-cbc-sha rsa-psk-aes256-cbc-sha384 rsa-psk-aes256-gcm-sha384 ' +
  'rsa-psk-chacha20-poly1305 srp-aes-128-cbc-sha srp-aes-256-cbc-sha srp-rsa-aes-128-cbc-sha ' +
  'srp-rsa-aes-256-cbc-sha tls_aes_128_ccm_8_sha256 tls_aes_128_ccm_sha256 tls_aes_128_gcm_sha256 ' +
  'tls_aes_256_gcm_sha384 tls_chacha20_poly1305_sha256').split(' ');

const DEFAULT_CIPHERS = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
  'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
  'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:' +
  'ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:' +
  '!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';

// ALPN protocol names -> wire format (length-prefixed), as node's.
function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    const parts = [];
    for (let i = 0; i < protocols.length; i++) {
      const len = Buffer.byteLength(protocols[i]);
      if (len > 255) {
        throw nodeError('ERR_OUT_OF_RANGE', `The byte length of the protocol at index ${i} exceeds the maximum length. ` +
          `It must be <= 255. Received ${len}`, undefined, RangeError);
      }
      parts.push(Buffer.from([len]), Buffer.from(protocols[i]));
    }
    out.ALPNProtocols = Buffer.concat(parts);
  } else if (ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols.buffer.slice(protocols.byteOffset, protocols.byteOffset + protocols.byteLength));
  }
}

// ---- checkServerIdentity (node's lib/tls.js) -------------------------------------------------

const unfqdn = (host) => host.replace(/[.]$/, '');
const splitHost = (host) => unfqdn(host).replace(/[A-Z]/g, (c) => String.fromCharCode(32 + c.charCodeAt(0))).split('.');

function check(hostParts, pattern, wildcards) {
  if (!pattern) return false;
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length) return false;
  if (patternParts.includes('')) return false;
  if (patternParts.some((s) => /[^\u0021-\u007F]/u.test(s))) return false;
  for (let i = hostParts.length - 1; i > 0; i -= 1) {
    if (hostParts[i] !== patternParts[i]) return false;
  }
  const hostSubdomain = hostParts[0];
  const patternSubdomain = patternParts[0];
  const patternSubdomainParts = patternSubdomain.split('*');
  if (patternSubdomainParts.length === 1 || patternSubdomain.includes('xn--')) return hostSubdomain === patternSubdomain;
  if (!wildcards) return false;
  if (patternSubdomainParts.length > 2) return false;
  if (patternParts.length <= 2) return false;
  const [prefix, suffix] = patternSubdomainParts;
  if (prefix.length + suffix.length > hostSubdomain.length) return false;
  return hostSubdomain.startsWith(prefix) && hostSubdomain.endsWith(suffix);
}

// eslint-disable-next-line no-control-regex
const jsonStringPattern = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/;

function splitEscapedAltNames(altNames) {
  const result = [];
  let currentToken = '';
  let offset = 0;
  while (offset !== altNames.length) {
    const nextSep = altNames.indexOf(', ', offset);
    const nextQuote = altNames.indexOf('"', offset);
    if (nextQuote !== -1 && (nextSep === -1 || nextQuote < nextSep)) {
      currentToken += altNames.substring(offset, nextQuote);
      const match = jsonStringPattern.exec(altNames.substring(nextQuote));
      if (!match) throw nodeError('ERR_TLS_CERT_ALTNAME_FORMAT', 'Invalid subject alternative name string');
      currentToken += JSON.parse(match[0]);
      offset = nextQuote + match[0].length;
    } else if (nextSep !== -1) {
      currentToken += altNames.substring(offset, nextSep);
      result.push(currentToken);
      currentToken = '';
      offset = nextSep + 2;
    } else {
      currentToken += altNames.substring(offset);
      offset = altNames.length;
    }
  }
  result.push(currentToken);
  return result;
}

// inet_pton + inet_ntop: the canonical text of an IP address, undefined when it is not one.
function canonicalizeIP(ip) {
  if (net.isIPv4(ip)) return ip;
  if (!net.isIPv6(ip)) return undefined;
  try { return new URL(`http://[${ip}]/`).hostname.slice(1, -1); } catch { return undefined; }
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = '' + hostname;
  if (altNames) {
    const names = altNames.includes('"') ? splitEscapedAltNames(altNames) : altNames.split(', ');
    for (const name of names) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(canonicalizeIP(name.slice(11)));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = unfqdn(hostname);
  if (net.isIP(hostname)) {
    valid = ips.includes(canonicalizeIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ` + ips.join(', ');
  } else if (dnsNames.length > 0 || (subject && subject.CN)) {
    const hostParts = splitHost(hostname);
    const wildcard = (pattern) => check(hostParts, pattern, true);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(wildcard);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      if (Array.isArray(cn)) valid = cn.some(wildcard);
      else if (cn) valid = wildcard(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!valid) {
    return nodeError('ERR_TLS_CERT_ALTNAME_INVALID', `Hostname/IP does not match certificate's altnames: ${reason}`,
      { reason, host: hostname, cert });
  }
  return undefined;
}

// ---- contexts, sockets, servers -------------------------------------------------------------

// The native context node keeps in `.context` (inspected as `SecureContext {}`).
const NativeContext = class SecureContext {};
class SecureContext {
  constructor() { this.context = new NativeContext(); }
}

function createSecureContext(options) {
  void options;
  return new SecureContext();
}

// A TLSSocket can be made (packages build one at load time to reach node's internals: got's
// http2-wrapper takes `_handle._parentWrap.constructor`), but it never carries TLS: connecting
// throws, and writing fails with ERR_TLS_UNAVAILABLE.
class TLSSocket extends net.Socket {
  constructor(socket, options) {
    super({ allowHalfOpen: options?.allowHalfOpen });
    this._tlsOptions = options || {};
    this._secureEstablished = false;
    this._securePending = false;
    this._newSessionPending = false;
    this._controlReleased = false;
    this.secureConnecting = true;
    this._SNICallback = null;
    this.servername = null;
    this.alpnProtocol = null;
    this.authorized = false;
    this.authorizationError = null;
    this.encrypted = true;
    // node's TLSWrap handle; its parent is the wrapped net.Socket, or the JSStreamSocket
    // (`_stream_wrap`'s class, net.Socket here) node puts around any other Duplex.
    const parent = socket instanceof net.Socket ? socket : new net.Socket();
    Object.defineProperty(this, '_handle', {
      value: { _parentWrap: parent, _parent: parent._handle },
      writable: true, configurable: true, enumerable: false,
    });
    this._parent = socket ?? null;
  }

  connect() {
    throw new codes.ERR_TLS_UNAVAILABLE('tls.TLSSocket.connect()');
  }

  _write(chunk, encoding, callback) {
    callback(new codes.ERR_TLS_UNAVAILABLE('tls.TLSSocket.write()'));
  }
}

class Server extends net.Server {
  constructor(options, listener) {
    super(options, listener);
    throw new codes.ERR_TLS_UNAVAILABLE('new tls.Server()');
  }
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  getCiphers: function getCiphers() { return CIPHERS.slice(); },
  // node's bundled Mozilla CA store is not part of rjs (https verifies in the host).
  rootCertificates: Object.freeze([]),
  convertALPNProtocols,
  checkServerIdentity,
  createSecureContext,
  SecureContext,
  TLSSocket,
  Server,
  createServer: unavailable('createServer'),
  connect: unavailable('connect'),
  createSecurePair: unavailable('createSecurePair'),
};
