// internal/crypto_keys: crypto's public-key half, which crypto.js loads on first use so that
// `require('crypto')` for hashes, HMACs and ciphers stays cheap: asymmetric KeyObjects (RSA, RSA-PSS,
// EC, Ed25519, X25519: PEM/DER/JWK in and out), key pair generation, sign/verify, RSA encryption,
// diffieHellman() and webcrypto's Ed25519, RSA and EC keys. crypto.js calls the exported function
// once with the helpers and classes the two halves share, and gets this half's API back.
'use strict';

const native = internalBinding('crypto');
const { Buffer } = require('buffer');
const { kClone, kDeserialize } = require('internal/web');
const E = () => require('internal/errors').codes;
const { validateFunction, validateObject, validateOneOf, validateString } = require('internal/validators');

module.exports = function load(shared) {
  const {
    osslError, cxx, stripZeros, bigIntOf, Decipheriv, pbkdf2Sync, getCipherInfo, ciphers,
    randomBytes, Cipheriv, bytesOf, Hash, isBytes, KeyObject, kKeyType, keyHandles, kKeyBytes, C,
    u8, validateInt32, validateUint32, deferred, isLegacyDigest, int32Bytes, hasAnyNotIn, dom,
    validateKeyOps, newCryptoKey, arrayBuffer, opFailed, kAlgorithm, kHashNames, kAsym, CryptoKey,
  } = shared;

  // ---- asymmetric keys ----

  // An asymmetric KeyObject's handle is a record of the key's numbers (Buffers):
  //   rsa, rsa-pss: n, e and, in a private key, d, p, q, dp, dq, qi; an rsa-pss key with
  //     parameters has pss = { hashAlgorithm, mgf1HashAlgorithm, saltLength };
  //   ec: curve (OpenSSL's name), q (the uncompressed point) and, in a private key, d;
  //   ed25519, x25519: q (32 bytes) and, in a private key, d (32 bytes);
  //   dh: the group's p and g, q (the public value) and, in a private key, d (the private value).
  // The key object keeps it under kAsym.

  const decoderUnsupported = () => osslError('1E08010C', 'DECODER routines', 'unsupported', 'ERR_OSSL_UNSUPPORTED');
  const incompatibleKeyOptions = (a, b) => cxx(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', `The selected key encoding ${a} ${b}.`);

  // ---- DER ----

  const hex = (h) => Buffer.from(h, 'hex');
  const derLength = (n) => (n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : n < 0x10000 ? [0x82, n >> 8, n & 255] : [0x83, n >>> 16, (n >> 8) & 255, n & 255]);
  function tlv(tag, ...parts) {
    const body = Buffer.concat(parts);
    return Buffer.concat([Buffer.from([tag, ...derLength(body.length)]), body]);
  }
  const derSeq = (...parts) => tlv(0x30, ...parts);
  const derOctets = (b) => tlv(0x04, b);
  const derBits = (b) => tlv(0x03, Buffer.alloc(1), b);
  function derUint(b) {
    b = stripZeros(b);
    return tlv(0x02, b.length === 0 || b[0] & 0x80 ? Buffer.concat([Buffer.alloc(1), b]) : b);
  }
  const kNull = hex('0500');
  // One element at `pos`: { tag, body, end }; malformed input throws.
  function derElement(buf, pos = 0) {
    if (pos + 2 > buf.length) throw decoderUnsupported();
    const tag = buf[pos];
    let len = buf[pos + 1], start = pos + 2;
    if (len & 0x80) {
      const n = len & 0x7f;
      if (n === 0 || n > 4 || start + n > buf.length) throw decoderUnsupported();
      len = 0;
      for (let i = 0; i < n; i++) len = len * 256 + buf[start + i];
      start += n;
    }
    if (start + len > buf.length) throw decoderUnsupported();
    return { tag, body: buf.subarray(start, start + len), end: start + len, raw: buf.subarray(pos, start + len) };
  }
  // The elements of a constructed value (a SEQUENCE unless `tag` says otherwise).
  function derItems(e, tag = 0x30) {
    if (!e || e.tag !== tag) throw decoderUnsupported();
    const out = [];
    for (let p = 0; p < e.body.length;) {
      const item = derElement(e.body, p);
      out.push(item);
      p = item.end;
    }
    return out;
  }
  // A whole buffer that must be one SEQUENCE.
  function derTop(buf) {
    const e = derElement(buf);
    if (e.end !== buf.length) throw decoderUnsupported();
    return derItems(e);
  }
  function derUintOf(e) {
    if (!e || e.tag !== 0x02) throw decoderUnsupported();
    return stripZeros(e.body);
  }
  const bitsOf = (e) => {
    if (!e || e.tag !== 0x03 || e.body[0] !== 0) throw decoderUnsupported();
    return Buffer.from(e.body.subarray(1));
  };

  // ---- OpenSSL's ASN.1 template decoder, for its errors ----

  // Where a key's DER does not fit the structure OpenSSL's d2i reads it as, node reports the
  // first error of OpenSSL's template decoder (tasn_dec.c): header too long, too long, wrong
  // tag, field missing, ... These walk the same templates in the same order and give that
  // error, or null when the structure fits (rjs's own decoding then judges the contents).
  const asn1Reasons = {
    '0680007B': 'header too long', '0680009B': 'too long', '068000A8': 'wrong tag', '06800079': 'field missing',
    '06800094': 'sequence length mismatch', '06800095': 'sequence not constructed', '0680009F': 'unexpected eoc',
    '06800066': 'bad object header', '068000DC': 'invalid bit string bits left', '06800098': 'string too short', '06800090': 'null is wrong length',
    '068000D8': 'invalid object encoding', '068000C3': 'type not primitive', '068000E0': 'too small',
  };
  const asn1Error = (id) => osslError(id, 'asn1 encoding routines', asn1Reasons[id], `ERR_OSSL_ASN1_${asn1Reasons[id].toUpperCase().replace(/ /g, '_')}`);
  class Asn1Failure { constructor(id) { this.id = id; } }
  const fail = (id) => { throw new Asn1Failure(id); };
  // ASN1_get_object: the header at `pos` of buf[..end): { tag, cls, cons, start, end }.
  function asn1Header(buf, pos, end) {
    let p = pos;
    let max = end - pos;
    if (max <= 0) fail('0680007B');
    const cons = (buf[p] & 0x20) !== 0, cls = buf[p] & 0xc0;
    let tag = buf[p] & 0x1f;
    p++;
    if (--max === 0) fail('0680007B');
    if (tag === 0x1f) {
      tag = 0;
      while (buf[p] & 0x80) {
        tag = tag * 128 + (buf[p++] & 0x7f);
        if (--max === 0 || tag > 0xffffff) fail('0680007B');
      }
      tag = tag * 128 + (buf[p++] & 0x7f);
      if (--max === 0) fail('0680007B');
    }
    // asn1_get_length
    if (max-- < 1) fail('0680007B');
    let len;
    let indefinite = false;
    if (buf[p] === 0x80) {
      indefinite = true;
      p++;
      len = 0;
    } else {
      let n = buf[p] & 0x7f;
      if (buf[p++] & 0x80) {
        if (max < n + 1) fail('0680007B');
        while (n > 0 && buf[p] === 0) { p++; n--; }
        if (n > 6) fail('0680007B');
        len = 0;
        while (n-- > 0) len = len * 256 + buf[p++];
      } else {
        len = n;
      }
    }
    if (indefinite && !cons) fail('0680007B');
    if (len > end - p) fail('0680009B');
    return { tag, cls, cons, start: p, end: indefinite ? end : p + len };
  }
  // Templates: { t: tag, cls?, opt?, seq?: [fields], of?: template, any?, explicit?: template }.
  // (INTEGERs are the RSA key's BIGNUMs, which take any content.)
  const kPrimChecks = {
    3: (b) => { if (b.length < 1) fail('06800098'); if (b[0] > 7) fail('068000DC'); }, // BIT STRING
    5: (b) => { if (b.length !== 0) fail('06800090'); }, // NULL
    6: (b) => { if (b.length === 0 || b[b.length - 1] & 0x80 || b.some((x, i) => x === 0x80 && (i === 0 || !(b[i - 1] & 0x80)))) fail('068000D8'); }, // OID
  };
  const INT = { t: 2 }, OID = { t: 6 }, BITS = { t: 3 }, ANY = { any: true };
  const ALGID = { t: 16, seq: [OID, { ...ANY, opt: true }] };
  const SPKI = { t: 16, seq: [ALGID, BITS] };
  const RSA_PUBLIC = { t: 16, seq: [INT, INT] };
  const NAME = { t: 16, of: { t: 17, of: { t: 16, seq: [OID, ANY] } } };
  const CERTIFICATE = {
    t: 16,
    seq: [{
      t: 16,
      seq: [{ t: 0, cls: 0x80, opt: true, explicit: INT }, INT, ALGID, NAME, { t: 16, seq: [ANY, ANY] }, NAME, SPKI,
        { t: 1, cls: 0x80, opt: true, any: true }, { t: 2, cls: 0x80, opt: true, any: true }, { t: 3, cls: 0x80, opt: true, any: true }],
    }, ALGID, BITS],
  };
  // One value of template `tpl` at buf[pos..end): its end, or -1 for an absent optional one.
  function asn1Value(buf, pos, end, tpl) {
    const h = asn1Header(buf, pos, end);
    if (tpl.any && tpl.cls === undefined) return h.end;
    if (h.tag !== tpl.t || h.cls !== (tpl.cls || 0)) {
      if (tpl.opt) return -1;
      fail('068000A8');
    }
    if (tpl.explicit) {
      if (!h.cons) fail('06800066');
      const e = asn1Value(buf, h.start, h.end, tpl.explicit);
      if (e !== h.end) fail('06800094');
    } else if (tpl.seq) {
      if (!h.cons) fail('06800095');
      asn1Fields(buf, h.start, h.end, tpl.seq);
    } else if (tpl.of) {
      if (!h.cons) fail('06800095');
      for (let p = h.start; p < h.end;) {
        if (h.end - p >= 2 && buf[p] === 0 && buf[p + 1] === 0) fail('0680009F');
        p = asn1Value(buf, p, h.end, tpl.of);
      }
    } else if (!tpl.any) {
      if (h.cons && tpl.t !== 3 && tpl.t !== 4) fail('068000C3');
      const check = kPrimChecks[tpl.t];
      if (check) check(buf.subarray(h.start, h.end));
    }
    return h.end;
  }
  // A SEQUENCE's fields over buf[start..end), as asn1_template_noexp_d2i's loop reads them.
  function asn1Fields(buf, start, end, fields) {
    let p = start, i = 0;
    for (; i < fields.length; i++) {
      if (p === end) break;
      if (end - p >= 2 && buf[p] === 0 && buf[p + 1] === 0) fail('0680009F');
      const e = asn1Value(buf, p, end, fields[i]);
      if (e !== -1) p = e;
    }
    if (p !== end) fail('06800094');
    for (; i < fields.length; i++) if (!fields[i].opt) fail('06800079');
  }
  // OpenSSL's error for `der` read as `tpl` (an RSA SPKI's key bits as RSAPublicKey too), or null.
  function asn1Check(der, tpl) {
    try {
      if (der.length === 0) fail('068000E0');
      asn1Value(der, 0, der.length, tpl);
    } catch (e) {
      if (e instanceof Asn1Failure) return asn1Error(e.id);
      return null;
    }
    if (tpl !== SPKI) return null;
    // A well-formed SubjectPublicKeyInfo whose algorithm OpenSSL does not know, or whose RSA key
    // bits are not an RSAPublicKey, fails in the EVP layer.
    try {
      const [alg, bits] = derItems(derElement(der));
      const oid = derItems(alg)[0].raw.toString('hex');
      if (!Object.values(kOid).includes(oid) && !kUnbuiltKeyOids[oid]) return evpDecodeError();
      if (oid === kOid.rsa) asn1Value(bits.body, 1, bits.body.length, RSA_PUBLIC);
      return null;
    } catch (e) {
      return e instanceof Asn1Failure ? evpDecodeError() : null;
    }
  }
  const evpDecodeError = () => osslError('03000072', 'digital envelope routines', 'decode error', 'ERR_OSSL_EVP_DECODE_ERROR');
  const kAsn1Templates = { spki: SPKI, certificate: CERTIFICATE };

  // Object identifiers, as their DER encoding's hex.
  const kOid = {
    rsa: '06092a864886f70d010101',
    'rsa-pss': '06092a864886f70d01010a',
    ec: '06072a8648ce3d0201',
    ed25519: '06032b6570',
    x25519: '06032b656e',
    dh: '06092a864886f70d010301',
    mgf1: '06092a864886f70d010108',
  };
  const kCurveOids = { prime256v1: '06082a8648ce3d030107', secp384r1: '06052b81040022', secp521r1: '06052b81040023', secp256k1: '06052b8104000a' };
  // The curves' explicit ECParameters (prime field, a, b, seed, base point, order, cofactor) as
  // OpenSSL writes them for paramEncoding 'explicit'.
  const kExplicitCurves = {
    prime256v1: '3081f7020101302c06072a8648ce3d0101022100ffffffff00000001000000000000000000000000ffffffffffffffffffffffff305b0420ffffffff00000001000000000000000000000000fffffffffffffffffffffffc04205ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b031500c49d360886e704936a6678e1139d26b7819f7e900441046b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c2964fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5022100ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551020101',
    secp384r1: '30820157020101303c06072a8648ce3d0101023100fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff307b0430fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000fffffffc0430b3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef031500a335926aa319a27a1d00896a6773a4827acdac73046104aa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab73617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5f023100ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973020101',
    secp521r1: '308201c3020101304d06072a8648ce3d0101024201ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff30819f044201fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc04420051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00031500d09e8800291cb85396cc6717393284aaa0da64ba0481850400c6858e06b70404e9cd9e3ecb662395b4429c648139053fb521f828af606b4d3dbaa14b5e77efe75928fe1dc127a2ffa8de3348b3c1856a429bf97e7e31c2e5bd66011839296a789a3bc0045c8a5fb42c7d1bd998f54449579b446817afbd17273e662c97ee72995ef42640c550b9013fad0761353c7086a272c24088be94769fd16650024201fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409020101',
    secp256k1: '3081e0020101302c06072a8648ce3d0101022100fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f3044042000000000000000000000000000000000000000000000000000000000000000000420000000000000000000000000000000000000000000000000000000000000000704410479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8022100fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141020101',
  };
  const kOtherCurveOids = { '06052b81040021': 'secp224r1', '06082a8648ce3d030101': 'prime192v1' };
  const kDigestOids = {
    md5: '06082a864886f70d0205', sha1: '06052b0e03021a', ripemd160: '06052b24030201',
    sha224: '0609608648016503040204', sha256: '0609608648016503040201', sha384: '0609608648016503040202',
    sha512: '0609608648016503040203', 'sha512-224': '0609608648016503040205', 'sha512-256': '0609608648016503040206',
    'sha3-224': '0609608648016503040207', 'sha3-256': '0609608648016503040208', 'sha3-384': '0609608648016503040209',
    'sha3-512': '060960864801650304020a',
  };
  const oidName = (table, e) => {
    const h = e.raw.toString('hex');
    return Object.keys(table).find((k) => table[k] === h);
  };
  // Curve names as node takes them (OpenSSL's, and the NIST ones) -> OpenSSL's name.
  const kCurveAliases = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1', secp256r1: 'prime256v1' };
  const kFieldSize = { prime256v1: 32, secp384r1: 48, secp521r1: 66, secp256k1: 32 };
  const kJwkCurves = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521', secp256k1: 'secp256k1' };
  const curveUnavailable = (name) => new (E().ERR_FEATURE_UNAVAILABLE_ON_PLATFORM)(`EC curve ${name} (rjs has prime256v1, secp384r1, secp521r1 and secp256k1)`);
  const curveName = (name) => kCurveAliases[name] || (kFieldSize[name] ? name : undefined);

  // ---- RSA-PSS parameters ----

  const kPssDefaults = { hashAlgorithm: 'sha1', mgf1HashAlgorithm: 'sha1', saltLength: 20 };
  const digestAlgId = (name) => derSeq(hex(kDigestOids[name]), kNull);
  function encodePssParams(pss) {
    const parts = [];
    if (pss.hashAlgorithm !== 'sha1') parts.push(tlv(0xa0, digestAlgId(pss.hashAlgorithm)));
    if (pss.mgf1HashAlgorithm !== 'sha1') parts.push(tlv(0xa1, derSeq(hex(kOid.mgf1), digestAlgId(pss.mgf1HashAlgorithm))));
    if (pss.saltLength !== 20) parts.push(tlv(0xa2, derUint(Buffer.from(hexOf(pss.saltLength), 'hex'))));
    return derSeq(...parts);
  }
  const hexOf = (n) => { const h = n.toString(16); return h.length % 2 ? `0${h}` : h; };
  function decodePssParams(e) {
    const pss = { ...kPssDefaults };
    const digestOf = (alg) => {
      const name = oidName(kDigestOids, derItems(alg)[0]);
      if (!name) throw decoderUnsupported();
      return name;
    };
    for (const item of derItems(e)) {
      const [inner] = derItems(item, item.tag);
      if (item.tag === 0xa0) pss.hashAlgorithm = digestOf(inner);
      else if (item.tag === 0xa1) pss.mgf1HashAlgorithm = digestOf(derItems(inner)[1]);
      else if (item.tag === 0xa2) pss.saltLength = Number(bigIntOf(derUintOf(inner)));
    }
    return pss;
  }

  // ---- parsing ----

  function rsaPublicRecord(type, der) {
    const [n, e] = derTop(der);
    return { type, n: derUintOf(n), e: derUintOf(e) };
  }
  function rsaPrivateRecord(type, der) {
    const items = derTop(der);
    if (items.length < 9) throw decoderUnsupported();
    const [n, e, d, p, q, dp, dq, qi] = items.slice(1, 9).map(derUintOf);
    return { type, n, e, d, p, q, dp, dq, qi };
  }
  function curveOf(e) {
    const name = oidName(kCurveOids, e) || (e && e.tag === 0x30 ? oidName(kExplicitCurves, e) : undefined);
    if (!name) {
      const other = e && kOtherCurveOids[e.raw.toString('hex')];
      throw other ? curveUnavailable(other) : decoderUnsupported();
    }
    return name;
  }
  // An EC key read with explicit curve parameters keeps writing them, as OpenSSL's.
  function withParams(rec, params) {
    if (params && params.tag === 0x30) rec.explicit = true;
    return rec;
  }
  function ecPublicRecord(curve, point) {
    const q = native.ecPoint(curve, point, false);
    if (!q) throw osslError('10800065', 'elliptic curve routines', 'point is not on curve', 'ERR_OSSL_EC_POINT_IS_NOT_ON_CURVE');
    return { type: 'ec', curve, q };
  }
  // A private scalar of any length (leading zeros dropped or added) as the curve's field size.
  function ecPrivateRecord(curve, d) {
    d = stripZeros(d);
    d = Buffer.concat([Buffer.alloc(Math.max(0, kFieldSize[curve] - d.length)), d]);
    const q = native.ecPublic(curve, d);
    if (!q) throw osslError('1080006B', 'elliptic curve routines', 'invalid private key', 'ERR_OSSL_EC_INVALID_PRIVATE_KEY');
    return { type: 'ec', curve, d, q };
  }
  // SEC1's ECPrivateKey; `curve` comes from PKCS#8's algorithm when nested there.
  function sec1Record(der, curve) {
    const items = derTop(der);
    if (derUintOf(items[0])[0] !== 1 || !items[1] || items[1].tag !== 0x04) throw decoderUnsupported();
    const params = items.find((e) => e.tag === 0xa0);
    const curveParams = params && derItems(params, 0xa0)[0];
    if (params) curve = curveOf(curveParams);
    if (!curve) throw decoderUnsupported();
    return withParams(ecPrivateRecord(curve, Buffer.from(items[1].body)), curveParams);
  }
  // A DH key record from PKCS#3 DHParameter (p, g[, length]) and the public or private value.
  function dhRecord(params, q, d) {
    const [p, g] = derItems(params).map(derUintOf);
    if (!p || !g) throw decoderUnsupported();
    if (d === undefined) return { type: 'dh', p, g, q };
    const keys = native.dhGenerateKeys(p, g, d);
    if (typeof keys === 'number') throw decoderUnsupported();
    return { type: 'dh', p, g, q: stripZeros(keys[1]), d };
  }
  function okpRecord(type, q, d) {
    if ((q && q.length !== 32) || (d && d.length !== 32)) throw decoderUnsupported();
    if (d) q = type === 'ed25519' ? native.ed25519Public(d) : native.x25519(d);
    return d ? { type, d: Buffer.from(d), q } : { type, q: Buffer.from(q) };
  }
  // Key types node reads that rjs has no arithmetic for, by OID.
  const kUnbuiltKeyOids = { '06072a8648ce380401': 'dsa', '06072a8648ce3e0201': 'dh', '06032b6571': 'ed448', '06032b656f': 'x448' };
  // An AlgorithmIdentifier: [key type, parameters element].
  function algorithmOf(e) {
    const [oid, params] = derItems(e);
    const type = oidName(kOid, oid);
    if (!type || type === 'mgf1') {
      const unbuilt = oid && kUnbuiltKeyOids[oid.raw.toString('hex')];
      if (unbuilt) throw new (E().ERR_FEATURE_UNAVAILABLE_ON_PLATFORM)(`${unbuilt} keys (rjs has rsa, rsa-pss, ec, ed25519, x25519 and dh keys)`);
      throw decoderUnsupported();
    }
    return [type, params];
  }
  function spkiRecord(der) {
    const [alg, bits] = derTop(der);
    const [type, params] = algorithmOf(alg);
    const key = bitsOf(bits);
    if (type === 'ec') return withParams(ecPublicRecord(curveOf(params), key), params);
    if (type === 'ed25519' || type === 'x25519') return okpRecord(type, key);
    if (type === 'dh') return dhRecord(params, derUintOf(derElement(key)));
    const rec = rsaPublicRecord(type, key);
    if (type === 'rsa-pss' && params) rec.pss = decodePssParams(params);
    return rec;
  }
  function pkcs8Record(der) {
    const items = derTop(der);
    if (items.length < 3 || items[2].tag !== 0x04) throw osslError('06800079', 'asn1 encoding routines', 'field missing', 'ERR_OSSL_ASN1_FIELD_MISSING');
    const [type, params] = algorithmOf(items[1]);
    const key = items[2].body;
    if (type === 'ec') return withParams(sec1Record(key, params ? curveOf(params) : undefined), params);
    if (type === 'ed25519' || type === 'x25519') {
      const inner = derElement(key);
      if (inner.tag !== 0x04) throw decoderUnsupported();
      return okpRecord(type, undefined, inner.body);
    }
    if (type === 'dh') return dhRecord(params, undefined, derUintOf(derElement(key)));
    const rec = rsaPrivateRecord(type, key);
    if (type === 'rsa-pss' && params) rec.pss = decodePssParams(params);
    return rec;
  }
  // An X.509 certificate's subject public key.
  function certificateRecord(der) {
    const tbs = derItems(derTop(der)[0]);
    return spkiRecord(tbs[tbs[0].tag === 0xa0 ? 6 : 5].raw);
  }
  const isPrivateRecord = (rec) => rec.d !== undefined;

  // PEM blocks by label: [DER kind, private?].
  const kPemLabels = {
    'RSA PRIVATE KEY': ['pkcs1', true], 'RSA PUBLIC KEY': ['pkcs1', false], 'PRIVATE KEY': ['pkcs8', true],
    'ENCRYPTED PRIVATE KEY': ['encrypted', true], 'PUBLIC KEY': ['spki', false], 'EC PRIVATE KEY': ['sec1', true],
    CERTIFICATE: ['certificate', false],
  };
  // Runs a DER parse: malformed input tripping over Buffer/JS checks (missing elements) is
  // OpenSSL's decoder failure.
  function decoding(parse) {
    try {
      return parse();
    } catch (e) {
      if ((e instanceof RangeError || e instanceof TypeError) && e.code === undefined) throw decoderUnsupported();
      throw e;
    }
  }
  // With `asn1`, a failure is d2i's own ASN.1 error where the structure is wrong, as node reads
  // public PEM and all DER (private PEM goes through OpenSSL's decoders: 'unsupported').
  function derRecord(der, type, wantPrivate, asn1 = false) {
    const tpl = !asn1 ? undefined : type === 'pkcs1' && !wantPrivate ? RSA_PUBLIC : kAsn1Templates[type];
    const found = tpl === undefined ? null : asn1Check(der, tpl);
    if (found) throw found;
    // (d2i reads one value: bytes after it are not looked at.)
    return derRecordOf(tpl === undefined ? der : der.subarray(0, derElement(der).end), type, wantPrivate);
  }
  function derRecordOf(der, type, wantPrivate) {
    return decoding(() => {
      if (type === 'pkcs1') return wantPrivate ? rsaPrivateRecord('rsa', der) : rsaPublicRecord('rsa', der);
      if (type === 'sec1') return sec1Record(der);
      if (type === 'pkcs8') return pkcs8Record(der);
      if (type === 'spki') return spkiRecord(der);
      if (type === 'certificate') return certificateRecord(der);
      throw decoderUnsupported();
    });
  }
  // Key material in PEM: the first block of a kind this use can read.
  function pemRecord(text, wantPrivate, passphrase) {
    // BEGIN and END lines start their lines, as OpenSSL's PEM reader looks for them.
    const re = /(?:^|\n)-----BEGIN ([A-Z0-9 ]+)-----[ \t]*\r?\n([\s\S]*?\n)?-----END \1-----/g;
    for (let m; (m = re.exec(text));) {
      const kind = kPemLabels[m[1]];
      if (!kind || (wantPrivate && !kind[1])) continue;
      const block = pemBody(m[2] || '', !kind[1]);
      if (block === null) throw decoderUnsupported();
      let der = block.der;
      if (block.headers) der = legacyPemDecrypt(der, block.headers, passphrase);
      if (kind[0] === 'encrypted') return derRecord(pkcs8Decrypt(der, passphrase), 'pkcs8', true);
      return derRecord(der, kind[0], kind[1], !kind[1]);
    }
    throw decoderUnsupported();
  }
  // A PEM block's lines as OpenSSL's PEM reader takes them: { headers, der }, or null where it
  // fails (the key is then not recognized). One blank line may end a header section (Proc-Type
  // and DEK-Info of a legacy encrypted key); a second one, a blank line right before END, text
  // that is not whole base64 quads or no data at all fail. Header lines without a colon before
  // a blank line in a public key's block fail in the PEM routines' own check.
  function pemBody(body, isPublic) {
    const lines = body.split('\n');
    lines.pop();
    let blank = -1;
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].trim() !== '') continue;
      if (blank !== -1) return null;
      blank = i;
    }
    const headerLines = blank === -1 ? [] : lines.slice(0, blank);
    const dataLines = blank === -1 ? lines : lines.slice(blank + 1);
    if (dataLines.length === 0) return null;
    const headers = headerLines.join('\n');
    if (headers !== '' && !headers.includes('Proc-Type:')) {
      if (isPublic && !headers.includes(':')) throw osslError('0480006B', 'PEM routines', 'not proc type', 'ERR_OSSL_PEM_NOT_PROC_TYPE');
      return null;
    }
    const b64 = dataLines.join('').replace(/\s+/g, '');
    if (b64.length === 0 || b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) return null;
    return { headers: headers === '' ? null : `${headers}\n`, der: Buffer.from(b64, 'base64') };
  }

  // ---- encrypted private keys ----

  const kPbes2 = '06092a864886f70d01050d', kPbkdf2 = '06092a864886f70d01050c';
  const kPbeCiphers = { 'aes-128-cbc': '0609608648016503040102', 'aes-192-cbc': '0609608648016503040116', 'aes-256-cbc': '060960864801650304012a', 'des-ede3-cbc': '06082a864886f70d0307' };
  const kHmacOids = { sha1: '06082a864886f70d0207', sha224: '06082a864886f70d0208', sha256: '06082a864886f70d0209', sha384: '06082a864886f70d020a', sha512: '06082a864886f70d020b' };
  const badDecrypt = () => osslError('1C800064', 'Provider routines', 'bad decrypt', 'ERR_OSSL_BAD_DECRYPT');
  // OpenSSL asks for a passphrase, and node has none to give.
  function needPassphrase(passphrase) {
    if (passphrase === undefined) throw osslError('07880109', 'common libcrypto routines', 'interrupted or cancelled', 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED');
    return passphrase;
  }
  function decryptCbc(cipher, key, iv, data) {
    try {
      const d = new Decipheriv(cipher, key, iv);
      return Buffer.concat([d.update(data), d.final()]);
    } catch {
      throw badDecrypt();
    }
  }
  // PKCS#8 EncryptedPrivateKeyInfo with PBES2 (PBKDF2 + AES-CBC), what node writes.
  function pkcs8Decrypt(der, passphrase) {
    return decoding(() => pbes2Decrypt(der, passphrase));
  }
  function pbes2Decrypt(der, passphrase) {
    const [alg, data] = derTop(der);
    const [oid, params] = derItems(alg);
    if (oid.raw.toString('hex') !== kPbes2) throw decoderUnsupported();
    const [kdf, enc] = derItems(params);
    const [kdfOid, kdfParams] = derItems(kdf);
    if (kdfOid.raw.toString('hex') !== kPbkdf2) throw decoderUnsupported();
    const [salt, iterations, ...rest] = derItems(kdfParams);
    const prf = rest.find((e) => e.tag === 0x30);
    const hmac = prf ? oidName(kHmacOids, derItems(prf)[0]) : 'sha1';
    const [encOid, iv] = derItems(enc);
    const cipher = oidName(kPbeCiphers, encOid);
    if (!cipher || !hmac) throw decoderUnsupported();
    const key = pbkdf2Sync(needPassphrase(passphrase), salt.body, Number(bigIntOf(derUintOf(iterations))), getCipherInfo(cipher).keyLength, hmac);
    return decryptCbc(cipher, key, iv.body, data.body);
  }
  function pkcs8Encrypt(der, cipher, passphrase) {
    if (!ciphers().has(cipher)) throw cxx(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
    if (!kPbeCiphers[cipher]) throw new (E().ERR_FEATURE_UNAVAILABLE_ON_PLATFORM)(`private key encryption with ${cipher} (rjs has aes-128-cbc, aes-192-cbc, aes-256-cbc and des-ede3-cbc)`);
    const { keyLength, ivLength } = getCipherInfo(cipher);
    const salt = randomBytes(8), iv = randomBytes(ivLength), iterations = 2048;
    const key = pbkdf2Sync(passphrase, salt, iterations, keyLength, 'sha256');
    const c = new Cipheriv(cipher, key, iv);
    const data = Buffer.concat([c.update(der), c.final()]);
    const kdf = derSeq(hex(kPbkdf2), derSeq(derOctets(salt), derUint(hex(hexOf(iterations))), derSeq(hex(kHmacOids.sha256), kNull)));
    return derSeq(derSeq(hex(kPbes2), derSeq(kdf, derSeq(hex(kPbeCiphers[cipher]), derOctets(iv)))), derOctets(data));
  }
  // OpenSSL's traditional "Proc-Type: 4,ENCRYPTED" PEM (EVP_BytesToKey with MD5).
  function legacyPemDecrypt(der, headers, passphrase) {
    const info = /DEK-Info: *([A-Za-z0-9-]+) *, *([0-9A-Fa-f]+)/.exec(headers);
    if (!info) return der;
    const cipher = info[1].toLowerCase();
    if (!ciphers().has(cipher)) throw decoderUnsupported();
    const iv = hex(info[2]);
    const { keyLength } = getCipherInfo(cipher);
    const pass = Buffer.from(bytesOf(needPassphrase(passphrase), 'passphrase'));
    let key = Buffer.alloc(0), block = Buffer.alloc(0);
    while (key.length < keyLength) {
      block = new Hash('md5').update(Buffer.concat([block, pass, iv.subarray(0, 8)])).digest();
      key = Buffer.concat([key, block]);
    }
    return decryptCbc(cipher, key.subarray(0, keyLength), iv, der);
  }
  function legacyPemEncrypt(label, der, cipher, passphrase) {
    if (!ciphers().has(cipher)) throw cxx(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
    if (!/-cbc$/.test(cipher)) throw new (E().ERR_FEATURE_UNAVAILABLE_ON_PLATFORM)(`PEM encryption with ${cipher} (rjs has the CBC ciphers)`);
    const { keyLength, ivLength } = getCipherInfo(cipher);
    const iv = randomBytes(ivLength);
    let key = Buffer.alloc(0), block = Buffer.alloc(0);
    while (key.length < keyLength) {
      block = new Hash('md5').update(Buffer.concat([block, Buffer.from(passphrase), iv.subarray(0, 8)])).digest();
      key = Buffer.concat([key, block]);
    }
    const c = new Cipheriv(cipher, key.subarray(0, keyLength), iv);
    const data = Buffer.concat([c.update(der), c.final()]);
    const headers = `Proc-Type: 4,ENCRYPTED\nDEK-Info: ${cipher.toUpperCase()},${iv.toString('hex').toUpperCase()}\n\n`;
    return pem(label, data, headers);
  }

  // ---- export ----

  function pem(label, der, headers = '') {
    return `-----BEGIN ${label}-----\n${headers}${der.toString('base64').match(/.{1,64}/g).join('\n')}\n-----END ${label}-----\n`;
  }
  const pkcs1Public = (rec) => derSeq(derUint(rec.n), derUint(rec.e));
  const pkcs1Private = (rec) => derSeq(derUint(Buffer.alloc(1)), ...['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'].map((k) => derUint(rec[k])));
  function algorithmId(rec) {
    if (rec.type === 'rsa') return derSeq(hex(kOid.rsa), kNull);
    if (rec.type === 'rsa-pss') return rec.pss ? derSeq(hex(kOid['rsa-pss']), encodePssParams(rec.pss)) : derSeq(hex(kOid['rsa-pss']));
    if (rec.type === 'ec') return derSeq(hex(kOid.ec), curveParams(rec));
    if (rec.type === 'dh') return derSeq(hex(kOid.dh), derSeq(derUint(rec.p), derUint(rec.g)));
    return derSeq(hex(kOid[rec.type]));
  }
  function spkiDer(rec) {
    const key = rec.type === 'rsa' || rec.type === 'rsa-pss' ? pkcs1Public(rec) : rec.type === 'dh' ? derUint(rec.q) : rec.q;
    return derSeq(algorithmId(rec), derBits(key));
  }
  const curveParams = (rec) => hex((rec.explicit ? kExplicitCurves : kCurveOids)[rec.curve]);
  const sec1Der = (rec, withCurve) => derSeq(derUint(Buffer.from([1])), derOctets(rec.d),
    ...(withCurve ? [tlv(0xa0, curveParams(rec))] : []), tlv(0xa1, derBits(rec.q)));
  function pkcs8Der(rec) {
    let key;
    if (rec.type === 'rsa' || rec.type === 'rsa-pss') key = pkcs1Private(rec);
    else if (rec.type === 'ec') key = sec1Der(rec, false);
    else if (rec.type === 'dh') key = derUint(rec.d);
    else key = derOctets(rec.d);
    return derSeq(derUint(Buffer.alloc(1)), algorithmId(rec), derOctets(key));
  }
  function exportJwk(rec, priv) {
    const b64 = (b) => b.toString('base64url');
    if (rec.type === 'rsa') {
      const jwk = { kty: 'RSA', n: b64(rec.n), e: b64(rec.e) };
      if (priv) for (const k of ['d', 'p', 'q', 'dp', 'dq', 'qi']) jwk[k] = b64(rec[k]);
      return jwk;
    }
    if (rec.type === 'ec') {
      const size = kFieldSize[rec.curve];
      const jwk = { kty: 'EC', x: b64(rec.q.subarray(1, 1 + size)), y: b64(rec.q.subarray(1 + size)), crv: kJwkCurves[rec.curve] };
      if (priv) jwk.d = b64(rec.d);
      return jwk;
    }
    if (rec.type === 'ed25519' || rec.type === 'x25519') {
      const jwk = { crv: rec.type === 'ed25519' ? 'Ed25519' : 'X25519' };
      if (priv) jwk.d = b64(rec.d);
      return Object.assign(jwk, { x: b64(rec.q), kty: 'OKP' });
    }
    throw cxx(Error, 'ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', 'Unsupported JWK Key Type.');
  }
  // node's parseKeyEncoding for an output encoding of a `keyType` key.
  function parseOutputEncoding(enc, keyType, isPublic, objName) {
    const opt = (name) => (objName === undefined ? `options.${name}` : `options.${objName}.${name}`);
    const { format, type } = enc;
    // generateKeyPair's encodings may also be JWK (KeyObject#export checks that itself).
    if (format === 'jwk' && objName !== undefined) return { format };
    if (format !== 'pem' && format !== 'der') throw new (E().ERR_INVALID_ARG_VALUE)(opt('format'), format);
    if (type === 'pkcs1') {
      if (keyType !== 'rsa') throw incompatibleKeyOptions('pkcs1', 'can only be used for RSA keys');
    } else if (type === 'sec1' && !isPublic) {
      if (keyType !== 'ec') throw incompatibleKeyOptions('sec1', 'can only be used for EC keys');
    } else if (!(type === 'spki' && isPublic) && !(type === 'pkcs8' && !isPublic)) {
      throw new (E().ERR_INVALID_ARG_VALUE)(opt('type'), type);
    }
    let { cipher, passphrase } = enc;
    if (!isPublic) {
      if (cipher != null) {
        if (typeof cipher !== 'string') throw new (E().ERR_INVALID_ARG_VALUE)(opt('cipher'), cipher);
        if (format === 'der' && (type === 'pkcs1' || type === 'sec1')) throw incompatibleKeyOptions(type, 'does not support encryption');
        if (typeof passphrase !== 'string' && !isBytes(passphrase)) throw new (E().ERR_INVALID_ARG_VALUE)(opt('passphrase'), passphrase);
        passphrase = bytesOf(passphrase, 'key.passphrase', enc.encoding);
      } else if (passphrase !== undefined) {
        throw new (E().ERR_INVALID_ARG_VALUE)(opt('cipher'), cipher);
      }
    }
    return { format, type, cipher: cipher == null ? undefined : cipher, passphrase };
  }
  function exportRecord(rec, priv, { format, type, cipher, passphrase }) {
    if (format === 'jwk') return exportJwk(rec, priv);
    if (!priv) {
      const der = type === 'pkcs1' ? pkcs1Public(rec) : spkiDer(rec);
      if (format === 'der') return der;
      return pem(type === 'pkcs1' ? 'RSA PUBLIC KEY' : 'PUBLIC KEY', der);
    }
    if (type === 'pkcs8') {
      if (cipher !== undefined) {
        const der = pkcs8Encrypt(pkcs8Der(rec), cipher, passphrase);
        return format === 'der' ? der : pem('ENCRYPTED PRIVATE KEY', der);
      }
      return format === 'der' ? pkcs8Der(rec) : pem('PRIVATE KEY', pkcs8Der(rec));
    }
    const der = type === 'pkcs1' ? pkcs1Private(rec) : sec1Der(rec, true);
    if (format === 'der') return der;
    const label = type === 'pkcs1' ? 'RSA PRIVATE KEY' : 'EC PRIVATE KEY';
    return cipher === undefined ? pem(label, der) : legacyPemEncrypt(label, der, cipher, passphrase);
  }

  // ---- KeyObjects ----

  const rsaDetails = (rec) => {
    const details = { modulusLength: rec.n.length * 8 - Math.clz32(rec.n[0]) + 24, publicExponent: bigIntOf(rec.e) };
    return rec.pss ? Object.assign(details, rec.pss) : details;
  };
  // Cached on first use, as node's (inspect shows them then).
  const kAsymmetricKeyType = Symbol('kAsymmetricKeyType');
  const kAsymmetricKeyDetails = Symbol('kAsymmetricKeyDetails');
  class AsymmetricKeyObject extends KeyObject {
    get asymmetricKeyType() { return this[kAsymmetricKeyType] || (this[kAsymmetricKeyType] = this[kAsym].type); }
    get asymmetricKeyDetails() {
      const type = this.asymmetricKeyType, rec = this[kAsym];
      if (type !== 'rsa' && type !== 'rsa-pss' && type !== 'ec') return {};
      return this[kAsymmetricKeyDetails] || (this[kAsymmetricKeyDetails] = type === 'ec' ? { namedCurve: rec.curve } : rsaDetails(rec));
    }
    equals(otherKeyObject) {
      if (!(otherKeyObject instanceof KeyObject)) throw new (E().ERR_INVALID_ARG_TYPE)('otherKeyObject', 'KeyObject', otherKeyObject);
      if (otherKeyObject.type !== this.type) return false;
      const encode = this.type === 'private' ? pkcs8Der : spkiDer;
      return encode(this[kAsym]).equals(encode(otherKeyObject[kAsym]));
    }
    [kClone]() {
      return { data: { type: this.type, rec: this[kAsym] }, deserializeInfo: this.type === 'private' ? PrivateKeyObject : PublicKeyObject };
    }
    [kDeserialize]({ type, rec }) {
      const copy = copyRecord(rec);
      this[kKeyType] = type;
      keyHandles.add(copy);
      Object.defineProperty(this, kKeyBytes, { value: copy });
      initAsymmetric(this, copy);
    }
  }
  // A structured clone's key record with Buffers again.
  function copyRecord(rec) {
    const copy = {};
    for (const k of Object.keys(rec)) copy[k] = ArrayBuffer.isView(rec[k]) ? Buffer.from(rec[k]) : rec[k];
    return copy;
  }
  function initAsymmetric(key, rec) {
    Object.defineProperty(key, kAsym, { value: rec });
  }
  // The handle of a key record (a public key's record drops the private numbers).
  function recordHandle(rec, priv) {
    if (!priv && isPrivateRecord(rec)) rec = publicPart(rec);
    keyHandles.add(rec);
    return rec;
  }
  class PublicKeyObject extends AsymmetricKeyObject {
    constructor(rec) {
      const handle = recordHandle(rec, false);
      super('public', handle);
      initAsymmetric(this, handle);
    }
    export(options) {
      if (options && options.format === 'jwk') return exportJwk(this[kAsym], false);
      validateObject(options, 'options');
      return exportRecord(this[kAsym], false, parseOutputEncoding(options, this.asymmetricKeyType, true));
    }
  }
  class PrivateKeyObject extends AsymmetricKeyObject {
    constructor(rec) {
      const handle = recordHandle(rec, true);
      super('private', handle);
      initAsymmetric(this, handle);
    }
    export(options) {
      if (options && options.format === 'jwk') {
        if (options.passphrase !== undefined) throw incompatibleKeyOptions('jwk', 'does not support encryption');
        return exportJwk(this[kAsym], true);
      }
      validateObject(options, 'options');
      return exportRecord(this[kAsym], true, parseOutputEncoding(options, this.asymmetricKeyType, false));
    }
  }
  function publicPart(rec) {
    const { type, n, e, pss, curve, q } = rec;
    if (type === 'rsa' || type === 'rsa-pss') return pss ? { type, n, e, pss } : { type, n, e };
    if (type === 'dh') return { type, p: rec.p, g: rec.g, q };
    if (curve) return rec.explicit ? { type, curve, q, explicit: true } : { type, curve, q };
    return { type, q };
  }

  // ---- key input ----

  const kKeyInputTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
  const isStringOrBuffer = (v) => typeof v === 'string' || isBytes(v);
  // A JWK's key record (node's getKeyObjectHandleFromJwk): the private key unless `isPublic`.
  function jwkRecord(jwk, isPublic) {
    validateObject(jwk, 'key.key');
    validateOneOf(jwk.kty, 'key.kty', ['RSA', 'EC', 'OKP']);
    const invalidJwk = () => cxx(TypeError, 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data');
    const field = (name) => {
      validateString(jwk[name], `key.${name}`);
      return Buffer.from(jwk[name], 'base64');
    };
    if (jwk.kty === 'OKP') {
      validateString(jwk.crv, 'key.crv');
      validateOneOf(jwk.crv, 'key.crv', ['Ed25519', 'Ed448', 'X25519', 'X448']);
      validateString(jwk.x, 'key.x');
      const bytes = field(isPublic ? 'x' : 'd');
      if (jwk.crv === 'Ed448' || jwk.crv === 'X448') throw new (E().ERR_FEATURE_UNAVAILABLE_ON_PLATFORM)(`${jwk.crv} keys`);
      if (bytes.length !== 32) throw invalidJwk();
      const type = jwk.crv.toLowerCase();
      return isPublic ? okpRecord(type, bytes) : okpRecord(type, undefined, bytes);
    }
    if (jwk.kty === 'EC') {
      validateString(jwk.crv, 'key.crv');
      validateOneOf(jwk.crv, 'key.crv', ['P-256', 'secp256k1', 'P-384', 'P-521']);
      const x = field('x'), y = field('y');
      const d = isPublic ? undefined : field('d');
      const curve = curveName(jwk.crv);
      if (!curve) throw curveUnavailable(jwk.crv);
      const size = kFieldSize[curve];
      const invalidEcKey = () => cxx(TypeError, 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK EC key');
      if (x.length !== size || y.length !== size) throw invalidEcKey();
      const q = native.ecPoint(curve, Buffer.concat([Buffer.from([4]), x, y]), false);
      if (!q) throw invalidEcKey();
      return d ? ecPrivateRecord(curve, d) : { type: 'ec', curve, q };
    }
    const names = isPublic ? ['n', 'e'] : ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'];
    const rec = { type: 'rsa' };
    for (const k of names) rec[k] = field(k);
    for (const k of names) rec[k] = stripZeros(rec[k]);
    return rec;
  }
  // node's prepareAsymmetricKey: checks the input as node's JS does and returns a function that
  // parses it as its C++ does (after the caller's other checks), giving the key record.
  // `ctx`: 'consumePublic' | 'consumePrivate' | 'createPublic' | 'createPrivate'.
  function prepareKeyInput(key, ctx) {
    const wantPrivate = ctx === 'consumePrivate' || ctx === 'createPrivate';
    const fromKeyObject = (k) => {
      if (ctx === 'createPrivate') throw new (E().ERR_INVALID_ARG_TYPE)('key', kKeyInputTypes, k);
      if (k.type !== 'private') {
        if (ctx === 'consumePrivate' || ctx === 'createPublic') throw new (C('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE'))(k.type, 'private');
        if (k.type !== 'public') throw new (C('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE'))(k.type, 'private or public');
      }
      const rec = k[kAsym];
      return () => rec;
    };
    const keyObjectOf = (k) => (k instanceof CryptoKey ? KeyObject.from(k) : k);
    if (key instanceof KeyObject || key instanceof CryptoKey) return fromKeyObject(keyObjectOf(key));
    if (isStringOrBuffer(key)) return () => pemRecord(pemText(key), wantPrivate);
    if (key === null || typeof key !== 'object') {
      throw new (E().ERR_INVALID_ARG_TYPE)('key', ctx === 'createPrivate' ? kKeyInputTypes : [...kKeyInputTypes, 'KeyObject', 'CryptoKey'], key);
    }
    const { key: data, encoding, format } = key;
    if (data instanceof KeyObject || data instanceof CryptoKey) return fromKeyObject(keyObjectOf(data));
    if (format === 'jwk') {
      const rec = jwkRecord(data, !wantPrivate);
      return () => rec;
    }
    if (!isStringOrBuffer(data)) {
      throw new (E().ERR_INVALID_ARG_TYPE)('key.key', ctx === 'createPrivate' ? kKeyInputTypes : [...kKeyInputTypes, 'KeyObject', 'CryptoKey'], data);
    }
    if (format !== undefined && format !== 'pem' && format !== 'der') throw new (E().ERR_INVALID_ARG_VALUE)('options.format', format);
    const { type } = key;
    const isDer = format === 'der';
    if (type !== undefined || isDer) {
      const ok = type === 'pkcs1' || (type === 'spki' && !wantPrivate) || type === 'pkcs8' || type === 'sec1';
      if (!ok) throw new (E().ERR_INVALID_ARG_VALUE)('options.type', type);
    }
    let { passphrase } = key;
    if (passphrase !== undefined) {
      if (!isStringOrBuffer(passphrase)) throw new (E().ERR_INVALID_ARG_VALUE)('options.passphrase', passphrase);
      passphrase = bytesOf(passphrase, 'key.passphrase', encoding);
    }
    const bytes = bytesOf(data, 'key', encoding);
    return isDer ? () => derKeyRecord(Buffer.from(bytes), type, passphrase) : () => pemRecord(pemText(bytes), wantPrivate, passphrase);
  }
  // node's IsRSAPrivateKey: a PKCS#1 SEQUENCE of 9 or more (else it is read as a public key).
  function isPkcs1Private(der) {
    try {
      return derTop(der).length >= 9;
    } catch {
      return false;
    }
  }
  // EncryptedPrivateKeyInfo starts with a SEQUENCE where PrivateKeyInfo has its version.
  function isEncryptedPkcs8(der) {
    try {
      const items = derTop(der);
      return items.length > 0 && items[0].tag === 0x30;
    } catch {
      return false;
    }
  }
  function derKeyRecord(der, type, passphrase) {
    // PKCS#1 and SEC1 DER hold a private key when their first integer is a version.
    const privateDer = type === 'pkcs8' || type === 'sec1' || (type === 'pkcs1' && isPkcs1Private(der));
    if (type === 'pkcs8' && isEncryptedPkcs8(der)) {
      // EncryptedPrivateKeyInfo: node asks for the passphrase itself for DER.
      if (passphrase === undefined) throw cxx(TypeError, 'ERR_MISSING_PASSPHRASE', 'Passphrase required for encrypted key');
      return derRecord(pkcs8Decrypt(der, passphrase), 'pkcs8', true);
    }
    return derRecord(der, type, privateDer, true);
  }
  const prepareAsymmetricKey = (key, ctx) => prepareKeyInput(key, ctx)();
  const pemText = (key) => (typeof key === 'string' ? key : Buffer.from(u8(key)).toString('latin1'));
  function createPrivateKey(key) {
    const rec = prepareAsymmetricKey(key, 'createPrivate');
    if (!isPrivateRecord(rec)) throw decoderUnsupported();
    return new PrivateKeyObject(rec);
  }
  function createPublicKey(key) {
    return new PublicKeyObject(prepareAsymmetricKey(key, 'createPublic'));
  }
  // A key for an operation: a function giving its record, checked to be private when that is
  // needed (parsed when called, after the operation's own argument checks).
  function consumeKey(key, wantPrivate) {
    const parse = prepareKeyInput(key, wantPrivate ? 'consumePrivate' : 'consumePublic');
    return () => {
      const rec = parse();
      if (wantPrivate && !isPrivateRecord(rec)) throw decoderUnsupported();
      return rec;
    };
  }

  // ---- key pair generation ----

  const kKeyTypes = ['rsa', 'rsa-pss', 'dsa', 'ec', 'ed25519', 'ed448', 'x25519', 'x448', 'dh'];
  function pssGenParams(options) {
    const { hash, mgf1Hash, hashAlgorithm, mgf1HashAlgorithm, saltLength } = options;
    if (saltLength !== undefined) validateInt32(saltLength, 'options.saltLength', 0);
    if (hashAlgorithm !== undefined) validateString(hashAlgorithm, 'options.hashAlgorithm');
    if (mgf1HashAlgorithm !== undefined) validateString(mgf1HashAlgorithm, 'options.mgf1HashAlgorithm');
    const deprecatedOption = (name) => process.emitWarning(`"options.${name}" is deprecated, use "options.${name}Algorithm" instead.`, 'DeprecationWarning', 'DEP0154');
    if (hash !== undefined) {
      deprecatedOption('hash');
      validateString(hash, 'options.hash');
      if (hashAlgorithm && hash !== hashAlgorithm) throw new (E().ERR_INVALID_ARG_VALUE)('options.hash', hash);
    }
    if (mgf1Hash !== undefined) {
      deprecatedOption('mgf1Hash');
      validateString(mgf1Hash, 'options.mgf1Hash');
      if (mgf1HashAlgorithm && mgf1Hash !== mgf1HashAlgorithm) throw new (E().ERR_INVALID_ARG_VALUE)('options.mgf1Hash', mgf1Hash);
    }
    const md = hashAlgorithm || hash, mgf = mgf1HashAlgorithm || mgf1Hash;
    if (md === undefined && mgf === undefined && saltLength === undefined) return undefined;
    const check = (name) => {
      const canonical = digestName(name);
      if (!canonical || !kDigestOids[canonical]) throw cxx(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid MGF1 digest: ${name}`);
      return canonical;
    };
    const hashAlg = md === undefined ? 'sha1' : digestName(md);
    if (!hashAlg || !kDigestOids[hashAlg]) throw cxx(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${md}`);
    const mgfAlg = mgf === undefined ? hashAlg : check(mgf);
    return { hashAlgorithm: hashAlg, mgf1HashAlgorithm: mgfAlg, saltLength: saltLength === undefined ? digestSize(hashAlg) : saltLength };
  }
  // The key-type-specific part of generateKeyPair: a function making the key record.
  function keyPairJob(type, options) {
    switch (type) {
      case 'rsa':
      case 'rsa-pss': {
        validateObject(options, 'options');
        const { modulusLength } = options;
        validateUint32(modulusLength, 'options.modulusLength');
        let { publicExponent } = options;
        if (publicExponent == null) publicExponent = 0x10001;
        else validateUint32(publicExponent, 'options.publicExponent');
        const pss = type === 'rsa-pss' ? pssGenParams(options) : undefined;
        return () => {
          // node's key generation jobs report OpenSSL's message alone.
          if (modulusLength < 512) throw new Error('error:1C8000AB:Provider routines::key size too small');
          const r = native.rsaGenerate(modulusLength, hex(hexOf(publicExponent)));
          if (!r) throw new Error('error:020000B2:rsa routines::pub exponent out of range');
          const [n, e, d, p, q, dp, dq, qi] = r.map(stripZeros);
          const rec = { type, n, e, d, p, q, dp, dq, qi };
          if (pss) rec.pss = pss;
          return rec;
        };
      }
      case 'ec': {
        validateObject(options, 'options');
        const { namedCurve, paramEncoding } = options;
        validateString(namedCurve, 'options.namedCurve');
        if (paramEncoding != null && paramEncoding !== 'named' && paramEncoding !== 'explicit') {
          throw new (E().ERR_INVALID_ARG_VALUE)('options.paramEncoding', paramEncoding);
        }
        const curve = curveName(namedCurve);
        return () => {
          if (!curve) throw kOtherCurveNames.includes(namedCurve) ? curveUnavailable(namedCurve) : cxx(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
          const [d, q] = native.ecGenerate(curve);
          return paramEncoding === 'explicit' ? { type: 'ec', curve, d, q, explicit: true } : { type: 'ec', curve, d, q };
        };
      }
      case 'ed25519':
      case 'x25519':
        if (options !== undefined) validateObject(options, 'options');
        return () => okpRecord(type, undefined, randomBytes(32));
      case 'dh':
        return dhKeyPairJob(options);
      default:
        // The key types rjs cannot generate still check their options first, as node's jobs do.
        validateUnbuiltKeyOptions(type, options);
        throw new (E().ERR_FEATURE_UNAVAILABLE_ON_PLATFORM)(`generateKeyPair('${type}') (rjs has rsa, rsa-pss, ec, ed25519, x25519 and dh keys)`);
    }
  }
  function validateUnbuiltKeyOptions(type, options) {
    if (type === 'ed448' || type === 'x448') {
      if (options !== undefined) validateObject(options, 'options');
      return;
    }
    validateObject(options, 'options');
    validateUint32(options.modulusLength, 'options.modulusLength');
    if (options.divisorLength != null) validateInt32(options.divisorLength, 'options.divisorLength', 0);
  }
  // generateKeyPair('dh'): node's option checks, then a group's, a given or a generated prime.
  function dhKeyPairJob(options) {
    validateObject(options, 'options');
    const { group, prime, primeLength, generator } = options;
    const incompatible = (a, b) => new (E().ERR_INCOMPATIBLE_OPTION_PAIR)(a, b);
    let params;
    if (group != null) {
      if (prime != null) throw incompatible('group', 'prime');
      if (primeLength != null) throw incompatible('group', 'primeLength');
      if (generator != null) throw incompatible('group', 'generator');
      validateString(group, 'options.group');
      const p = native.dhGroup(group);
      if (p === undefined) throw cxx(Error, 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
      params = () => [p, 2];
    } else {
      if (prime != null) {
        if (primeLength != null) throw incompatible('prime', 'primeLength');
        if (!isBytes(prime)) throw new (E().ERR_INVALID_ARG_TYPE)('options.prime', ['Buffer', 'TypedArray', 'DataView'], prime);
      } else if (primeLength != null) {
        validateInt32(primeLength, 'options.primeLength', 0);
      } else {
        throw new (E().ERR_MISSING_OPTION)('At least one of the group, prime, or primeLength options');
      }
      if (generator != null) validateInt32(generator, 'options.generator', 0);
      const g = generator == null ? 2 : generator;
      params = () => [prime != null ? Buffer.from(u8(prime)) : native.dhGeneratePrime(primeLength, g), g];
    }
    return () => {
      const [p, g] = params();
      if (typeof p === 'number') throw new Error('error:02800065:Diffie-Hellman routines::bad generator');
      const gBytes = stripZeros(int32Bytes(g));
      const keys = native.dhGenerateKeys(p, gBytes);
      if (typeof keys === 'number') throw new Error('error:02800065:Diffie-Hellman routines::bad generator');
      return { type: 'dh', p: stripZeros(p), g: gBytes, q: stripZeros(keys[1]), d: stripZeros(keys[0]) };
    };
  }
  const kOtherCurveNames = ['secp224r1', 'P-224', 'prime192v1', 'P-192'];
  function generateKeyPairJob(type, options) {
    validateString(type, 'type');
    if (!kKeyTypes.includes(type)) throw new (E().ERR_INVALID_ARG_VALUE)('type', type, 'must be a supported key type');
    if (options !== undefined) validateObject(options, 'options');
    const make = keyPairJob(type, options);
    const { publicKeyEncoding, privateKeyEncoding } = options || {};
    let pubEnc, privEnc;
    if (publicKeyEncoding != null) {
      if (typeof publicKeyEncoding !== 'object') throw new (E().ERR_INVALID_ARG_VALUE)('options.publicKeyEncoding', publicKeyEncoding);
      pubEnc = parseOutputEncoding(publicKeyEncoding, type, true, 'publicKeyEncoding');
    }
    if (privateKeyEncoding != null) {
      if (typeof privateKeyEncoding !== 'object') throw new (E().ERR_INVALID_ARG_VALUE)('options.privateKeyEncoding', privateKeyEncoding);
      privEnc = parseOutputEncoding(privateKeyEncoding, type, false, 'privateKeyEncoding');
    }
    return () => {
      const rec = make();
      return {
        publicKey: pubEnc ? exportRecord(publicPart(rec), false, pubEnc) : new PublicKeyObject(publicPart(rec)),
        privateKey: privEnc ? exportRecord(rec, true, privEnc) : new PrivateKeyObject(rec),
      };
    };
  }
  function generateKeyPairSync(type, options) {
    return generateKeyPairJob(type, options)();
  }
  function generateKeyPair(type, options, callback) {
    if (typeof options === 'function') { callback = options; options = undefined; }
    const run = generateKeyPairJob(type, options);
    validateFunction(callback, 'callback');
    deferred(run, (err, pair) => (err ? callback(err) : callback(null, pair.publicKey, pair.privateKey)), () => true);
  }

  // ---- digests and RSA paddings ----

  // OpenSSL's digest names (as node/crypto/hash.rs knows them) -> a canonical one (kDigestOids'
  // keys, or a digest without a DigestInfo OID such as 'shake256'), or undefined.
  const kDigestAliases = { 'sha-1': 'sha1', 'ssl3-sha1': 'sha1', 'sha1-2': 'sha1', 'ssl3-md5': 'md5', ripemd: 'ripemd160', rmd160: 'ripemd160', 'ripemd-160': 'ripemd160', 'shake-128': 'shake128', 'shake-256': 'shake256' };
  function digestName(name) {
    const lower = `${name}`.toLowerCase();
    if (isLegacyDigest(lower) || !native.hash(lower)) return undefined;
    const n = lower.replace(/^rsa-/, '').replace(/^id-rsassa-pkcs1-v1_5-with-/, '').replace(/withrsa(encryption)?$/, '')
      .replace(/^sha-?2?-(\d)/, 'sha$1').replace(/^sha(\d+)\/(\d+)$/, 'sha$1-$2');
    return kDigestAliases[n] || n;
  }
  function digestOf(name, ...parts) {
    const h = native.hash(name);
    for (const p of parts) native.update(h, p);
    return native.digest(h);
  }
  const digestSize = (name) => digestOf(name).length;
  function mgf1(seed, length, hashName) {
    const out = [];
    let len = 0;
    for (let counter = 0; len < length; counter++) {
      const block = digestOf(hashName, seed, int32Bytes(counter));
      out.push(block);
      len += block.length;
    }
    return Buffer.concat(out).subarray(0, length);
  }
  const xorInto = (a, b) => { for (let i = 0; i < a.length; i++) a[i] ^= b[i]; return a; };
  const modBits = (rec) => rec.n.length * 8 - Math.clz32(rec.n[0]) + 24;
  const rsaPublicOp = (rec, x) => native.rsaPublic(x, rec.n, rec.e);
  function rsaPrivateOp(rec, x) {
    const out = native.rsaPrivate(x, rec.n, rec.e, rec.d, rec.p, rec.q, rec.dp, rec.dq, rec.qi);
    if (!out) throw rsaError('02000084', 'data too large for modulus');
    return out;
  }
  const rsaError = (id, reason) => osslError(id, 'rsa routines', reason, `ERR_OSSL_RSA_${reason.toUpperCase().replace(/ /g, '_')}`);
  function pssEncode(mHash, hashName, mgfName, saltLength, emBits) {
    const hLen = mHash.length, emLen = Math.ceil(emBits / 8);
    if (saltLength === -1) saltLength = hLen;
    else if (saltLength <= -2) saltLength = emLen - hLen - 2;
    if (emLen < hLen + saltLength + 2) throw rsaError('0200006E', 'data too large for key size');
    const salt = randomBytes(saltLength);
    const h = digestOf(hashName, Buffer.alloc(8), mHash, salt);
    const db = Buffer.concat([Buffer.alloc(emLen - saltLength - hLen - 2), Buffer.from([1]), salt]);
    xorInto(db, mgf1(h, db.length, mgfName));
    db[0] &= 0xff >> (8 * emLen - emBits);
    return Buffer.concat([db, h, Buffer.from([0xbc])]);
  }
  function pssVerify(mHash, em, hashName, mgfName, saltLength, emBits) {
    const hLen = mHash.length, emLen = Math.ceil(emBits / 8);
    if (em.length > emLen) { if (em[0] !== 0) return false; em = em.subarray(1); }
    if (em.length !== emLen || em[emLen - 1] !== 0xbc || emLen < hLen + 2) return false;
    const db = Buffer.from(em.subarray(0, emLen - hLen - 1));
    const h = em.subarray(emLen - hLen - 1, emLen - 1);
    if (db[0] & ~(0xff >> (8 * emLen - emBits))) return false;
    xorInto(db, mgf1(h, db.length, mgfName));
    db[0] &= 0xff >> (8 * emLen - emBits);
    let i = 0;
    while (i < db.length && db[i] === 0) i++;
    if (db[i] !== 1) return false;
    const salt = db.subarray(i + 1);
    if (saltLength === -1 ? salt.length !== hLen : saltLength >= 0 && salt.length !== saltLength) return false;
    return digestOf(hashName, Buffer.alloc(8), mHash, salt).equals(h);
  }
  // PKCS#1 v1.5's DigestInfo (md5-sha1, TLS 1.0's, signs the bare digests).
  function digestInfo(name, h) {
    if (name === 'md5-sha1') return h;
    if (!kDigestOids[name]) throw providerError('1C8000AE', 'digest not allowed');
    return derSeq(digestAlgId(name), derOctets(h));
  }
  function pkcs1Type1(payload, k) {
    if (payload.length > k - 11) throw rsaError('0200006E', 'data too large for key size');
    return Buffer.concat([Buffer.from([0, 1]), Buffer.alloc(k - payload.length - 3, 0xff), Buffer.from([0]), payload]);
  }
  // The payload of a type-1 (signature) or type-2 (encryption) PKCS#1 v1.5 block, or undefined.
  function pkcs1Unpad(em, blockType) {
    if (em[0] !== 0 || em[1] !== blockType) return undefined;
    let i = 2;
    while (i < em.length && em[i] !== 0) {
      if (blockType === 1 && em[i] !== 0xff) return undefined;
      i++;
    }
    if (i >= em.length || i < 10) return undefined;
    return em.subarray(i + 1);
  }
  const rsaKeyBytes = (rec) => Math.ceil(modBits(rec) / 8);

  // ---- signatures ----

  const kPssPadding = 6, kPkcs1Padding = 1;
  // node's getPadding/getSaltLength/getDSASignatureEncoding (reading a nullish key throws as there).
  function sigOptions(options) {
    const intOption = (name) => {
      const value = options[name];
      if (value !== undefined && value !== value >> 0) throw new (E().ERR_INVALID_ARG_VALUE)(`options.${name}`, value);
      return value;
    };
    const padding = intOption('padding');
    const saltLength = intOption('saltLength');
    let dsaEncoding = 'der';
    if (typeof options === 'object' && options.dsaEncoding !== undefined) {
      dsaEncoding = options.dsaEncoding;
      if (dsaEncoding !== 'der' && dsaEncoding !== 'ieee-p1363') throw new (E().ERR_INVALID_ARG_VALUE)('options.dsaEncoding', dsaEncoding);
    }
    return { padding, saltLength, dsaEncoding };
  }
  // An RSA key's PSS parameters for a signature with `md`: [mgf1 digest, salt length] or
  // undefined for PKCS#1 v1.5.
  function rsaScheme(rec, md, { padding, saltLength }) {
    if (rec.type === 'rsa-pss') {
      if (padding !== undefined && padding !== kPssPadding) throw illegalPadding();
      const pss = rec.pss;
      if (pss && saltLength !== undefined && saltLength >= 0 && saltLength < pss.saltLength) throw providerError('1C8000AC', 'pss saltlen too small');
      if (pss && pss.hashAlgorithm !== md) throw providerError('1C8000AE', 'digest not allowed');
      return [pss ? pss.mgf1HashAlgorithm : md, saltLength !== undefined ? saltLength : pss ? pss.saltLength : -2];
    }
    if (padding === undefined || padding === kPkcs1Padding) return undefined;
    if (padding !== kPssPadding) throw illegalPadding();
    return [md, saltLength !== undefined ? saltLength : -2];
  }
  // A one-shot signature's digest: the named one, or the key type's default (none for Ed25519).
  function digestForKey(rec, algorithm) {
    const md = algorithm == null ? undefined : digestName(algorithm);
    if (algorithm != null && !md) throw cxx(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${algorithm}`);
    if (isOkp(rec)) {
      if (md) throw osslError('1C80007A', 'Provider routines', 'invalid digest', 'ERR_OSSL_INVALID_DIGEST');
      return undefined;
    }
    return md || (rec.pss ? rec.pss.hashAlgorithm : 'sha256');
  }
  // ECDSA r||s <-> DER.
  function rsToDer(rs) {
    const half = rs.length / 2;
    return derSeq(derUint(rs.subarray(0, half)), derUint(rs.subarray(half)));
  }
  function derToRs(sig, size) {
    try {
      const e = derElement(sig);
      if (e.end !== sig.length) return undefined;
      const [r, s, extra] = derItems(e);
      if (extra) return undefined;
      const fit = (x) => { const b = derUintOf(x); return b.length > size ? undefined : Buffer.concat([Buffer.alloc(size - b.length), b]); };
      const rb = fit(r), sb = fit(s);
      return rb && sb ? Buffer.concat([rb, sb]) : undefined;
    } catch {
      return undefined;
    }
  }
  const unsupportedOperation = () => cxx(Error, 'ERR_CRYPTO_UNSUPPORTED_OPERATION', 'Unsupported crypto operation');
  // Key-agreement keys: OpenSSL's 'operation not supported for this keytype' for signatures.
  const cannotSign = (rec) => rec.type === 'x25519' || rec.type === 'dh';
  // A digest's signature with a private key record (`mHash` is the digest of the data).
  function signDigest(rec, md, mHash, opts) {
    if (cannotSign(rec)) throw notForKeyType();
    if (rec.type === 'ec') {
      const rs = native.ecSign(rec.curve, rec.d, mHash);
      return opts.dsaEncoding === 'ieee-p1363' ? rs : rsToDer(rs);
    }
    if (rec.type !== 'rsa' && rec.type !== 'rsa-pss') throw unsupportedOperation();
    const scheme = rsaScheme(rec, md, opts);
    const k = rsaKeyBytes(rec);
    const info = scheme ? undefined : digestInfo(md, mHash);
    if (info && info.length > k - 11) throw rsaError('02000070', 'digest too big for rsa key');
    const em = scheme ? pssEncode(mHash, md, scheme[0], scheme[1], modBits(rec) - 1) : pkcs1Type1(info, k);
    return rsaPrivateOp(rec, Buffer.concat([Buffer.alloc(k - em.length), em]));
  }
  function verifyDigest(rec, md, mHash, sig, opts) {
    if (cannotSign(rec)) throw notForKeyType();
    if (rec.type === 'ec') {
      const size = kFieldSize[rec.curve];
      const rs = opts.dsaEncoding === 'ieee-p1363' ? (sig.length === 2 * size ? sig : undefined) : derToRs(sig, size);
      return rs !== undefined && native.ecVerify(rec.curve, rec.q, mHash, rs);
    }
    if (rec.type !== 'rsa' && rec.type !== 'rsa-pss') throw unsupportedOperation();
    const scheme = rsaScheme(rec, md, opts);
    const k = rsaKeyBytes(rec);
    if (sig.length !== k) return false;
    const em = rsaPublicOp(rec, sig);
    if (!em) return false;
    if (scheme) return pssVerify(mHash, em, md, scheme[0], scheme[1] === -2 ? -3 : scheme[1], modBits(rec) - 1);
    const payload = pkcs1Unpad(em, 1);
    return payload !== undefined && payload.equals(digestInfo(md, mHash));
  }
  const isOkp = (rec) => rec.type === 'ed25519' || rec.type === 'x25519';
  function signOneShot(algorithm, data, key, callback) {
    if (algorithm != null) validateString(algorithm, 'algorithm');
    if (callback !== undefined) validateFunction(callback, 'callback');
    data = bytesOf(data, 'data');
    if (!key) throw new (C('ERR_CRYPTO_SIGN_KEY_REQUIRED'))();
    const opts = sigOptions(key);
    const rec = consumeKey(key, true)();
    const run = () => {
      if (cannotSign(rec)) throw notForKeyType();
      const md = digestForKey(rec, algorithm);
      if (rec.type === 'ed25519') return native.ed25519Sign(Buffer.concat([rec.d, rec.q]), data);
      return signDigest(rec, md, digestOf(md, data), opts);
    };
    if (callback === undefined) return run();
    deferred(run, callback, () => true);
  }
  function verifyOneShot(algorithm, data, key, signature, callback) {
    if (algorithm != null) validateString(algorithm, 'algorithm');
    if (callback !== undefined) validateFunction(callback, 'callback');
    data = bytesOf(data, 'data');
    const opts = sigOptions(key);
    if (!ArrayBuffer.isView(signature)) throw new (E().ERR_INVALID_ARG_TYPE)('signature', ['Buffer', 'TypedArray', 'DataView'], signature);
    signature = u8(signature);
    const rec = consumeKey(key, false)();
    const run = () => {
      if (cannotSign(rec)) throw notForKeyType();
      const md = digestForKey(rec, algorithm);
      if (rec.type === 'ed25519') return native.ed25519Verify(rec.q, data, signature);
      return verifyDigest(rec, md, digestOf(md, data), Buffer.from(signature), opts);
    };
    if (callback === undefined) return run();
    deferred(run, callback, () => true);
  }

  // ---- RSA encryption ----

  const kOaepPadding = 4, kNoPadding = 3;
  function rsaCipherOptions(key, defaultPadding) {
    let padding = defaultPadding, oaepHash = 'sha1', oaepLabel;
    if (key !== null && typeof key === 'object' && !isBytes(key) && !(key instanceof KeyObject) && !(key instanceof CryptoKey)) {
      if (key.padding !== undefined) padding = key.padding;
      if (key.oaepHash !== undefined) {
        validateString(key.oaepHash, 'key.oaepHash');
        oaepHash = key.oaepHash;
      }
      if (key.oaepLabel !== undefined) oaepLabel = bytesOf(key.oaepLabel, 'key.oaepLabel', key.encoding);
    }
    return { padding, oaepHash, oaepLabel };
  }
  function oaepEncode(msg, k, md, label) {
    const lHash = digestOf(md, label || Buffer.alloc(0));
    const hLen = lHash.length;
    if (msg.length > k - 2 * hLen - 2) throw rsaError('0200006E', 'data too large for key size');
    const db = Buffer.concat([lHash, Buffer.alloc(k - msg.length - 2 * hLen - 2), Buffer.from([1]), msg]);
    const seed = randomBytes(hLen);
    xorInto(db, mgf1(seed, db.length, md));
    xorInto(seed, mgf1(db, hLen, md));
    return Buffer.concat([Buffer.alloc(1), seed, db]);
  }
  function oaepDecode(em, md, label) {
    const lHash = digestOf(md, label || Buffer.alloc(0));
    const hLen = lHash.length;
    const fail = () => rsaError('02000079', 'oaep decoding error');
    if (em.length < 2 * hLen + 2) throw fail();
    const seed = Buffer.from(em.subarray(1, 1 + hLen));
    const db = Buffer.from(em.subarray(1 + hLen));
    xorInto(seed, mgf1(db, hLen, md));
    xorInto(db, mgf1(seed, db.length, md));
    let i = hLen;
    while (i < db.length && db[i] === 0) i++;
    if (em[0] !== 0 || !db.subarray(0, hLen).equals(lHash) || db[i] !== 1) throw fail();
    return db.subarray(i + 1);
  }
  const providerError = (id, reason) => osslError(id, 'Provider routines', reason, `ERR_OSSL_${reason.toUpperCase().replace(/ /g, '_')}`);
  const illegalPadding = () => providerError('1C8000A5', 'illegal or unsupported padding mode');
  const notForKeyType = () => osslError('03000096', 'digital envelope routines', 'operation not supported for this keytype', 'ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE');
  // The encoded block of an RSA encryption (`usePrivate`: privateEncrypt's signature-style block).
  function rsaEncode(buffer, k, usePrivate, { padding, md, oaepLabel }) {
    if (padding === kNoPadding) {
      if (buffer.length > k) throw rsaError('0200006E', 'data too large for key size');
      if (buffer.length < k) throw rsaError('0200007A', 'data too small for key size');
      return buffer;
    }
    if (padding === kOaepPadding) {
      if (usePrivate) throw illegalPadding();
      return oaepEncode(buffer, k, md, oaepLabel);
    }
    if (padding !== kPkcs1Padding) throw rsaError('02000076', 'unknown padding type');
    if (usePrivate) return pkcs1Type1(buffer, k);
    if (buffer.length > k - 11) throw rsaError('0200006E', 'data too large for key size');
    const ps = randomBytes(k - buffer.length - 3);
    for (let i = 0; i < ps.length; i++) while (ps[i] === 0) ps[i] = randomBytes(1)[0];
    return Buffer.concat([Buffer.from([0, 2]), ps, Buffer.from([0]), buffer]);
  }
  // The message in a decrypted block (`usePrivate`: privateDecrypt).
  function rsaDecode(em, usePrivate, { padding, md, oaepLabel }) {
    if (padding === kNoPadding) return em;
    if (padding === kOaepPadding) {
      if (!usePrivate) throw illegalPadding();
      return Buffer.from(oaepDecode(em, md, oaepLabel));
    }
    if (padding !== kPkcs1Padding) throw rsaError('02000076', 'unknown padding type');
    const payload = pkcs1Unpad(em, 1);
    if (!payload) throw rsaError('0200008A', 'invalid padding');
    return Buffer.from(payload);
  }
  // node's publicEncrypt & co.: `usePrivate` says which half of the key does the work.
  function rsaCipher(usePrivate, encrypt, defaultPadding) {
    return function (key, buffer) {
      const parseKey = consumeKey(key, usePrivate);
      const opts = rsaCipherOptions(key, defaultPadding);
      buffer = Buffer.from(bytesOf(buffer, 'buffer', key && key.encoding));
      // Marvin (CVE-2023-46809): node 20 refuses PKCS#1 v1.5 decryption.
      if (usePrivate && !encrypt && opts.padding === kPkcs1Padding) {
        throw cxx(TypeError, 'ERR_INVALID_ARG_VALUE', 'RSA_PKCS1_PADDING is no longer supported for private decryption, this can be reverted with --security-revert=CVE-2023-46809');
      }
      const rec = parseKey();
      if (rec.type === 'rsa-pss') throw providerError('1C8000B2', 'operation not supported for this keytype');
      if (rec.type !== 'rsa') throw notForKeyType();
      opts.md = digestName(opts.oaepHash);
      if (opts.padding === kOaepPadding && !opts.md) throw cxx(Error, 'ERR_OSSL_EVP_INVALID_DIGEST', 'Invalid digest used');
      const k = rsaKeyBytes(rec);
      const op = usePrivate ? rsaPrivateOp : rsaPublicOp;
      if (encrypt) {
        const out = op(rec, rsaEncode(buffer, k, usePrivate, opts));
        if (!out) throw rsaError('02000084', 'data too large for modulus');
        return out;
      }
      if (buffer.length > k) throw rsaError('0200006C', 'data greater than mod len');
      const em = op(rec, Buffer.concat([Buffer.alloc(k - buffer.length), buffer]));
      if (!em) throw rsaError('02000084', 'data too large for modulus');
      return rsaDecode(em, usePrivate, opts);
    };
  }
  const publicEncrypt = rsaCipher(false, true, kOaepPadding);
  const privateDecrypt = rsaCipher(true, false, kOaepPadding);
  const privateEncrypt = rsaCipher(true, true, kPkcs1Padding);
  const publicDecrypt = rsaCipher(false, false, kPkcs1Padding);

  // crypto.diffieHellman(): EC keys on one curve, or X25519 keys.
  function diffieHellman(options) {
    validateObject(options, 'options');
    const { privateKey, publicKey } = options;
    if (!(privateKey instanceof KeyObject)) throw new (E().ERR_INVALID_ARG_VALUE)('options.privateKey', privateKey);
    if (!(publicKey instanceof KeyObject)) throw new (E().ERR_INVALID_ARG_VALUE)('options.publicKey', publicKey);
    if (privateKey.type !== 'private') throw new (C('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE'))(privateKey.type, 'private');
    if (publicKey.type !== 'public' && publicKey.type !== 'private') {
      throw new (C('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE'))(publicKey.type, 'private or public');
    }
    const priv = privateKey[kAsym], pub = publicKey[kAsym];
    if (priv.type !== pub.type || !['ec', 'x25519', 'dh'].includes(priv.type)) {
      throw new (C('ERR_CRYPTO_INCOMPATIBLE_KEY'))('key types for Diffie-Hellman', `${priv.type} and ${pub.type}`);
    }
    const sameDomain = priv.type === 'dh' ? priv.p.equals(pub.p) && priv.g.equals(pub.g) : priv.curve === pub.curve;
    if (!sameDomain) throw osslError('1C8000CB', 'Provider routines', 'mismatching domain parameters', 'ERR_OSSL_MISMATCHING_DOMAIN_PARAMETERS');
    let secret;
    if (priv.type === 'x25519') secret = native.x25519(priv.d, pub.q);
    else if (priv.type === 'ec') secret = native.ecdh(priv.curve, priv.d, pub.q);
    else secret = native.dhComputeSecret(priv.p, priv.d, pub.q);
    if (!secret || typeof secret === 'number') throw cxx(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to derive shared secret');
    return secret;
  }

  // ---- Ed25519 and X25519 CryptoKeys: okp key records, as their KeyObjects hold them ----

  // webcrypto's OKP algorithms: their key type and their JWK "use".
  const kOkp = { Ed25519: { type: 'ed25519', use: 'sig' }, X25519: { type: 'x25519', use: 'enc' } };
  const invalidKeyData = () => dom('Invalid keyData', 'DataError');
  const invalidKeyType = () => dom('Invalid key type', 'DataError');
  // The key record of SPKI or PKCS#8 bytes ('Invalid keyData' when unreadable).
  function webDerRecord(format, der) {
    try {
      return format === 'spki' ? spkiRecord(Buffer.from(der)) : pkcs8Record(Buffer.from(der));
    } catch {
      throw invalidKeyData();
    }
  }
  function okpJwkRecord(name, jwk, extractable, usages) {
    if (!jwk.kty) throw invalidKeyData();
    if (jwk.kty !== 'OKP') throw dom('Invalid JWK "kty" Parameter', 'DataError');
    if (jwk.crv !== name) throw dom('JWK "crv" Parameter and algorithm name mismatch', 'DataError');
    if (usages.length > 0 && jwk.use !== undefined && jwk.use !== kOkp[name].use) throw dom('Invalid JWK "use" Parameter', 'DataError');
    validateKeyOps(jwk.key_ops, usages);
    if (jwk.ext === false && extractable === true) throw dom('JWK "ext" Parameter and extractable mismatch', 'DataError');
    if (name === 'Ed25519' && jwk.alg !== undefined && jwk.alg !== 'EdDSA' && jwk.alg !== 'Ed25519') throw dom('JWK "alg" does not match the requested algorithm', 'DataError');
    const isPublic = jwk.d === undefined;
    asymUsageCheck(name, usages, isPublic ? 'public' : 'private');
    const x = Buffer.from(jwk.x || '', 'base64url');
    if (x.length !== 32) throw invalidKeyData();
    if (isPublic) return okpRecord(kOkp[name].type, x);
    const d = Buffer.from(jwk.d, 'base64url');
    if (d.length !== 32) throw invalidKeyData();
    const rec = okpRecord(kOkp[name].type, undefined, d);
    if (!rec.q.equals(x)) throw invalidKeyData();
    return rec;
  }
  function okpImportKey(alg, format, keyData, extractable, usages) {
    const { name } = alg;
    let rec;
    if (format === 'jwk') {
      rec = okpJwkRecord(name, keyData, extractable, usages);
    } else {
      asymUsageCheck(name, usages, format === 'pkcs8' ? 'private' : 'public');
      if (format === 'raw') {
        if (keyData.length !== 32) throw dom(`${name} raw keys must be exactly 32-bytes`, 'DataError');
        rec = okpRecord(kOkp[name].type, keyData);
      } else {
        rec = webDerRecord(format, keyData);
        if (rec.type !== kOkp[name].type) throw invalidKeyType();
      }
    }
    return newAsymKey(rec, alg, extractable, usages, isPrivateRecord(rec) ? 'private' : 'public');
  }
  function ed25519SignVerify(op, rec, data, signature) {
    if (op === 'verify') return native.ed25519Verify(rec.q, data, signature);
    return arrayBuffer(native.ed25519Sign(Buffer.concat([rec.d, rec.q]), data));
  }

  // ---- RSA and EC CryptoKeys: the KeyObject key records (all RSA keys are 'rsa' ones) ----

  const kWebCurves = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };
  const kJwsHashes = { 'SHA-1': '1', 'SHA-256': '256', 'SHA-384': '384', 'SHA-512': '512' };
  // An algorithm's usages for [public, private] keys.
  function asymUsages(name) {
    if (name === 'RSA-OAEP') return [['encrypt', 'wrapKey'], ['decrypt', 'unwrapKey']];
    if (name === 'ECDH' || name === 'X25519') return [[], ['deriveKey', 'deriveBits']];
    return [['verify'], ['sign']];
  }
  // As node words it: generating, 'a RSA', 'an ECDSA', 'an Ed25519'; importing (a key type
  // known), 'an RSA-PSS', 'a ECDSA', 'a Ed25519'.
  function asymKeyName(name, type) {
    const rsa = !kOkp[name] && !name.startsWith('EC');
    if (type === undefined) return rsa ? 'a RSA' : `an ${name}`;
    return `${rsa ? 'an' : 'a'} ${name}`;
  }
  function asymUsageCheck(name, usages, type) {
    const [pub, priv] = asymUsages(name);
    const allowed = type === 'public' ? pub : type === 'private' ? priv : [...pub, ...priv];
    if (hasAnyNotIn(usages, allowed)) throw dom(`Unsupported key usage for ${asymKeyName(name, type)} key`, 'SyntaxError');
  }
  function asymAlgorithm(alg, rec) {
    if (kOkp[alg.name]) return { name: alg.name };
    if (alg.name.startsWith('EC')) return { name: alg.name, namedCurve: alg.namedCurve };
    // A generated key's publicExponent is the requested array itself; an imported key's, its own.
    const publicExponent = alg.publicExponent || new Uint8Array(rec.e);
    return { name: alg.name, modulusLength: modBits(rec), publicExponent, hash: { name: alg.hash.name } };
  }
  function newAsymKey(rec, alg, extractable, usages, type) {
    const key = newCryptoKey(Buffer.alloc(0), asymAlgorithm(alg, rec), extractable, usages, type);
    key[kAsym] = type === 'public' ? publicPart(rec) : rec;
    return key;
  }
  function asymGenerateKey(alg, extractable, usages) {
    const { name } = alg;
    let rec;
    if (kOkp[name]) {
      asymUsageCheck(name, usages);
      rec = okpRecord(kOkp[name].type, undefined, randomBytes(32));
    } else if (name.startsWith('EC')) {
      asymUsageCheck(name, usages);
      const curve = kWebCurves[alg.namedCurve];
      if (!curve) throw dom('Unrecognized namedCurve', 'NotSupportedError');
      const [d, q] = native.ecGenerate(curve);
      rec = { type: 'ec', curve, d, q };
    } else {
      asymUsageCheck(name, usages);
      const e = stripZeros(Buffer.from(alg.publicExponent));
      if (e.length > 4) throw dom('The publicExponent must be equivalent to an unsigned 32-bit value', 'OperationError');
      const r = native.rsaGenerate(alg.modulusLength, e.length ? e : Buffer.alloc(1));
      if (!r || alg.modulusLength < 512) throw opFailed();
      const [n, ee, d, p, q, dp, dq, qi] = r.map(stripZeros);
      rec = { type: 'rsa', n, e: ee, d, p, q, dp, dq, qi };
    }
    const [pub, priv] = asymUsages(name);
    // Each key's usages in node's order (its getUsagesUnion), not the request's.
    const publicKey = newAsymKey(rec, alg, true, pub.filter((u) => usages.includes(u)), 'public');
    const privateKey = newAsymKey(rec, alg, extractable, priv.filter((u) => usages.includes(u)), 'private');
    if (privateKey.usages.length === 0) throw dom('Usages cannot be empty when creating a key.', 'SyntaxError');
    return { __proto__: null, publicKey, privateKey };
  }
  // A JWK's key record after webcrypto's checks.
  // The hash a JWK "alg" names, as node's normalizeHashName: any alias of it, in any case.
  const kJwkAlgHashes = {};
  for (const [hash, bits] of Object.entries(kJwsHashes)) {
    for (const a of [hash, `sha${bits}`, `RS${bits}`, `PS${bits}`, bits === '1' ? 'RSA-OAEP' : `RSA-OAEP-${bits}`]) kJwkAlgHashes[a.toLowerCase()] = hash;
  }
  const kEcJwsAlgs = { ES256: 'P-256', ES384: 'P-384', ES512: 'P-521' };
  // A JWK's key record after webcrypto's checks, in node's order.
  function asymJwkRecord(alg, jwk, extractable, usages) {
    const isEc = alg.name.startsWith('EC');
    if (!jwk.kty) throw invalidKeyData();
    if (jwk.kty !== (isEc ? 'EC' : 'RSA')) throw dom('Invalid JWK "kty" Parameter', 'DataError');
    if (isEc && jwk.crv !== alg.namedCurve) throw dom('JWK "crv" does not match the requested algorithm', 'DataError');
    asymUsageCheck(alg.name, usages, jwk.d === undefined ? 'public' : 'private');
    const use = alg.name === 'RSA-OAEP' || alg.name === 'ECDH' ? 'enc' : 'sig';
    if (usages.length > 0 && jwk.use !== undefined && jwk.use !== use) throw dom('Invalid JWK "use" Parameter', 'DataError');
    validateKeyOps(jwk.key_ops, usages);
    if (jwk.ext === false && extractable === true) throw dom('JWK "ext" Parameter and extractable mismatch', 'DataError');
    if (jwk.alg !== undefined && alg.name !== 'ECDH') {
      const matches = isEc ? kEcJwsAlgs[jwk.alg] === alg.namedCurve : kJwkAlgHashes[`${jwk.alg}`.toLowerCase()] === alg.hash.name;
      if (!matches) throw dom('JWK "alg" does not match the requested algorithm', 'DataError');
    }
    try {
      return jwkRecord(jwk, jwk.d === undefined);
    } catch {
      throw invalidKeyData();
    }
  }
  const rsaJwkAlg = (name, hash) => (name === 'RSA-OAEP' ? (hash === 'SHA-1' ? 'RSA-OAEP' : `RSA-OAEP-${kJwsHashes[hash]}`) : `${name === 'RSA-PSS' ? 'PS' : 'RS'}${kJwsHashes[hash]}`);
  function asymImportKey(alg, format, keyData, extractable, usages) {
    if (kOkp[alg.name]) return okpImportKey(alg, format, keyData, extractable, usages);
    const isEc = alg.name.startsWith('EC');
    if (isEc && !kWebCurves[alg.namedCurve]) throw dom('Unrecognized namedCurve', 'NotSupportedError');
    let rec;
    if (format === 'jwk') {
      rec = asymJwkRecord(alg, keyData, extractable, usages);
    } else if (format === 'raw') {
      if (!isEc) throw dom(`Unable to import ${alg.name} key with format raw`, 'NotSupportedError');
      const q = native.ecPoint(kWebCurves[alg.namedCurve], Buffer.from(keyData), false);
      if (!q) throw invalidKeyData();
      rec = { type: 'ec', curve: kWebCurves[alg.namedCurve], q };
    } else {
      rec = webDerRecord(format, keyData);
    }
    if (rec.type !== (isEc ? 'ec' : 'rsa')) throw invalidKeyType();
    if (isEc && rec.curve !== kWebCurves[alg.namedCurve]) throw dom('Named curve mismatch', 'DataError');
    const type = isPrivateRecord(rec) ? 'private' : 'public';
    asymUsageCheck(alg.name, usages, type);
    return newAsymKey(rec, alg, extractable, usages, type);
  }
  function asymExportKey(format, key) {
    const rec = key[kAsym];
    const priv = key.type === 'private';
    const { name, hash } = key[kAlgorithm];
    if (format === 'jwk') {
      const jwk = Object.assign({ key_ops: key.usages, ext: key.extractable }, exportJwk(rec, priv));
      if (hash) jwk.alg = rsaJwkAlg(name, hash.name);
      if (name === 'Ed25519') jwk.alg = 'Ed25519';
      return jwk;
    }
    if (format === 'spki' && !priv) return arrayBuffer(spkiDer(rec));
    if (format === 'pkcs8' && priv) return arrayBuffer(pkcs8Der(rec));
    if (format === 'raw' && !priv && rec.type !== 'rsa') return arrayBuffer(rec.q);
    throw dom(`Unable to export a ${format === 'pkcs8' ? 'pkcs8' : 'raw'} ${name} ${key.type} key`, 'InvalidAccessError');
  }
  function asymSignVerify(op, alg, key, data, signature) {
    const rec = key[kAsym];
    if (alg.name === 'Ed25519') return ed25519SignVerify(op, rec, data, signature);
    const hash = kHashNames[(alg.hash || key[kAlgorithm].hash).name];
    const mHash = digestOf(hash, data);
    const opts = alg.name === 'ECDSA' ? { dsaEncoding: 'ieee-p1363' } : alg.name === 'RSA-PSS' ? { padding: kPssPadding, saltLength: alg.saltLength } : {};
    // A salt too long for the key is an OpenSSL error when verifying, which webcrypto rejects
    // with (crypto.verify answers false).
    if (alg.name === 'RSA-PSS' && alg.saltLength > Math.ceil((modBits(rec) - 1) / 8) - mHash.length - 2) throw opFailed();
    try {
      if (op === 'verify') return verifyDigest(rec, hash, mHash, Buffer.from(signature), opts);
      return arrayBuffer(signDigest(rec, hash, mHash, opts));
    } catch {
      throw opFailed();
    }
  }
  function rsaOaepCipher(encrypt, alg, key, data) {
    const opts = { key: new (encrypt ? PublicKeyObject : PrivateKeyObject)(key[kAsym]), oaepHash: kHashNames[key[kAlgorithm].hash.name], oaepLabel: alg.label };
    try {
      return arrayBuffer((encrypt ? publicEncrypt : privateDecrypt)(opts, data));
    } catch {
      throw opFailed();
    }
  }
  // ECDH and X25519 deriveBits: the secret's first `length` bits (the rest of the last byte zeroed).
  function ecdhDeriveBits(alg, key, length) {
    const peer = alg.public;
    const peerName = peer[kAlgorithm].name;
    if (peer.type !== 'public') throw dom('algorithm.public must be a public key', 'InvalidAccessError');
    if (peerName !== 'ECDH' && peerName !== 'X25519') throw dom('Keys must be ECDH, X25519, or X448 keys', 'InvalidAccessError');
    if (peerName !== key[kAlgorithm].name) throw dom('The public and private keys must be of the same type', 'InvalidAccessError');
    if (peer[kAlgorithm].namedCurve !== key[kAlgorithm].namedCurve) throw dom('Named curve mismatch', 'InvalidAccessError');
    const rec = key[kAsym];
    const secret = rec.type === 'x25519' ? native.x25519(rec.d, peer[kAsym].q) : native.ecdh(rec.curve, rec.d, peer[kAsym].q);
    if (!secret) throw opFailed();
    if (length === null) return arrayBuffer(secret);
    const bytes = Math.ceil(length / 8);
    if (bytes > secret.length) throw dom('derived bit length is too small', 'OperationError');
    const out = Buffer.from(secret.subarray(0, bytes));
    if (length % 8) out[bytes - 1] &= 0xff << (8 - (length % 8));
    return arrayBuffer(out);
  }

  // ---- X.509 certificates (crypto.X509Certificate's data) ----

  // Dotted text of an OBJECT IDENTIFIER's body.
  function oidText(body) {
    const out = [Math.min(2, Math.floor(body[0] / 40)), body[0] - 40 * Math.min(2, Math.floor(body[0] / 40))];
    for (let i = 1, v = 0; i < body.length; i++) {
      v = v * 128 + (body[i] & 0x7f);
      if (!(body[i] & 0x80)) { out.push(v); v = 0; }
    }
    return out.join('.');
  }
  // OpenSSL's short names of name attributes (dotted OID -> name).
  const kNameAttributes = {
    '2.5.4.3': 'CN', '2.5.4.6': 'C', '2.5.4.7': 'L', '2.5.4.8': 'ST', '2.5.4.10': 'O', '2.5.4.11': 'OU', '2.5.4.5': 'serialNumber',
    '2.5.4.4': 'SN', '2.5.4.42': 'GN', '2.5.4.12': 'title', '2.5.4.9': 'street', '2.5.4.17': 'postalCode', '2.5.4.43': 'initials',
    '2.5.4.46': 'dnQualifier', '2.5.4.65': 'pseudonym', '2.5.4.44': 'generationQualifier', '2.5.4.15': 'businessCategory',
    '2.5.4.41': 'name', '2.5.4.13': 'description', '1.2.840.113549.1.9.1': 'emailAddress', '0.9.2342.19200300.100.1.25': 'DC',
    '0.9.2342.19200300.100.1.1': 'UID', '1.3.6.1.4.1.311.60.2.1.1': 'jurisdictionL', '1.3.6.1.4.1.311.60.2.1.2': 'jurisdictionST',
    '1.3.6.1.4.1.311.60.2.1.3': 'jurisdictionC',
  };
  // A directory string's text (UTF8String, PrintableString, IA5String, T61String, BMPString, UniversalString).
  function stringValue(e) {
    if (e.tag === 0x1e) return String.fromCharCode(...Array.from({ length: e.body.length >> 1 }, (_, i) => e.body.readUInt16BE(2 * i)));
    if (e.tag === 0x1c) return String.fromCodePoint(...Array.from({ length: e.body.length >> 2 }, (_, i) => e.body.readUInt32BE(4 * i)));
    return e.tag === 0x14 ? e.body.toString('latin1') : e.body.toString('utf8');
  }
  // A Name as [[shortName, value], ...] per RDN.
  function nameEntries(e) {
    return derItems(e).map((rdn) => derItems(rdn, 0x31).map((atv) => {
      const [oid, value] = derItems(atv);
      const dotted = oidText(oid.body);
      return [kNameAttributes[dotted] || dotted, stringValue(value)];
    }));
  }
  // RFC 2253 escaping as OpenSSL prints names (ASN1_STRFLGS_ESC_2253 | ESC_CTRL).
  function escapeNameValue(v) {
    let out = v.replace(/[,+"\\<>;]/g, '\\$&').replace(/[\x00-\x1f\x7f]/g, (c) => `\\${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    if (/^[ #]/.test(out)) out = `\\${out}`;
    if (/ $/.test(out)) out = `${out.slice(0, -1)}\\ `;
    return out;
  }
  const nameText = (rdns) => rdns.map((rdn) => rdn.map(([k, v]) => `${k}=${escapeNameValue(v)}`).join(' + ')).join('\n');
  function legacyName(rdns) {
    const out = { __proto__: null };
    for (const [k, v] of rdns.flat()) out[k] = k in out ? [].concat(out[k], v) : v;
    return out;
  }
  // 'Nov 27 11:48:08 2026 GMT' from a UTCTime or GeneralizedTime.
  function asn1TimeText(e) {
    const t = e.body.toString('latin1');
    const m = /^(\d{2}|\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(t);
    if (!m) return t;
    const year = m[1].length === 4 ? Number(m[1]) : Number(m[1]) + (Number(m[1]) < 50 ? 2000 : 1900);
    const month = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')[Number(m[2]) - 1];
    return `${month} ${String(Number(m[3])).padStart(2, ' ')} ${m[4]}:${m[5]}:${m[6]} ${year} GMT`;
  }
  // node's quoting of a subject alternative name that could be misread (commas, quotes, controls):
  // JSON-like, with ',' and other unsafe characters as \uXXXX.
  function altNameValue(text) {
    if (!/[",\\'\x00-\x1f\x7f]/.test(text)) return text;
    const escaped = text.replace(/["\\]/g, '\\$&').replace(/[,\x00-\x1f\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `"${escaped}"`;
  }
  function ipText(b) {
    if (b.length === 4) return Array.from(b).join('.');
    if (b.length === 16) return Array.from({ length: 8 }, (_, i) => b.readUInt16BE(2 * i).toString(16).toUpperCase()).join(':');
    return '<invalid>';
  }
  // A Name in RFC 2253 order and form (CN=x,O=y\, z,C=US).
  const rfc2253Name = (rdns) => rdns.slice().reverse().map((rdn) => rdn.map(([k, v]) => `${k}=${escapeNameValue(v)}`).join('+')).join(',');
  // A GeneralName: [kind as OpenSSL names it, raw value (for the checks), printed value].
  function generalName(e) {
    const kind = e.tag & 0x1f;
    const text = (label) => {
      const raw = e.body.toString('latin1');
      return [label, raw, altNameValue(raw)];
    };
    if (kind === 2) return text('DNS');
    if (kind === 1) return text('email');
    if (kind === 6) return text('URI');
    if (kind === 7) return ['IP Address', e.body, ipText(e.body)];
    if (kind === 8) return ['Registered ID', undefined, oidText(e.body)];
    if (kind === 4) return ['DirName', undefined, altNameValue(rfc2253Name(nameEntries(derElement(e.body))))];
    return ['othername', undefined, '<unsupported>'];
  }
  const kExtensionOids = { '2.5.29.19': 'basicConstraints', '2.5.29.37': 'extKeyUsage', '2.5.29.17': 'subjectAltName',
    '2.5.29.35': 'authorityKeyId', '2.5.29.14': 'subjectKeyId', '2.5.29.15': 'keyUsage', '1.3.6.1.5.5.7.1.1': 'infoAccess' };
  const kAccessMethods = { '1.3.6.1.5.5.7.48.1': 'OCSP', '1.3.6.1.5.5.7.48.2': 'CA Issuers' };
  function certificateExtensions(tbs) {
    const out = {};
    const wrapper = tbs.find((e) => e.tag === 0xa3);
    if (!wrapper) return out;
    for (const ext of derItems(derItems(wrapper, 0xa3)[0])) {
      const items = derItems(ext);
      const name = kExtensionOids[oidText(items[0].body)];
      if (name) out[name] = derElement(items[items.length - 1].body);
    }
    return out;
  }
  // Signature algorithms by OID: [digest, key kind].
  const kSignatureAlgorithms = {
    '1.2.840.113549.1.1.4': ['md5', 'rsa'], '1.2.840.113549.1.1.5': ['sha1', 'rsa'], '1.2.840.113549.1.1.14': ['sha224', 'rsa'],
    '1.2.840.113549.1.1.11': ['sha256', 'rsa'], '1.2.840.113549.1.1.12': ['sha384', 'rsa'], '1.2.840.113549.1.1.13': ['sha512', 'rsa'],
    '1.2.840.113549.1.1.10': [undefined, 'pss'], '1.2.840.10045.4.1': ['sha1', 'ec'], '1.2.840.10045.4.3.1': ['sha224', 'ec'],
    '1.2.840.10045.4.3.2': ['sha256', 'ec'], '1.2.840.10045.4.3.3': ['sha384', 'ec'], '1.2.840.10045.4.3.4': ['sha512', 'ec'],
    '1.3.101.112': [null, 'ed25519'],
  };
  // A certificate (PEM text or DER bytes) parsed into what X509Certificate shows.
  function x509Parse(input) {
    const bytes = Buffer.from(typeof input === 'string' ? Buffer.from(input) : input.buffer ? Buffer.from(input.buffer, input.byteOffset, input.byteLength) : input);
    const text = bytes.toString('latin1');
    const m = /-----BEGIN (?:X509 |TRUSTED )?CERTIFICATE-----\r?\n([\s\S]*?)-----END (?:X509 |TRUSTED )?CERTIFICATE-----/.exec(text);
    const der = m ? Buffer.from(m[1].replace(/\s+/g, ''), 'base64') : bytes;
    const noStartLine = () => osslError('0480006C', 'PEM routines', 'no start line', 'ERR_OSSL_PEM_NO_START_LINE');
    let parts;
    try {
      const top = derElement(der);
      const [tbsElement, sigAlg, sig] = derItems(top);
      const tbs = derItems(tbsElement);
      const off = tbs[0].tag === 0xa0 ? 1 : 0;
      const validity = derItems(tbs[off + 3]);
      parts = { der: Buffer.from(der.subarray(0, top.end)), tbsRaw: tbsElement.raw, sigAlg: derItems(sigAlg), signature: bitsOf(sig),
        serial: derUintOf(tbs[off]), issuer: nameEntries(tbs[off + 2]), issuerRaw: tbs[off + 2].raw, subject: nameEntries(tbs[off + 4]),
        subjectRaw: tbs[off + 4].raw, validFrom: asn1TimeText(validity[0]), validTo: asn1TimeText(validity[1]), spki: Buffer.from(tbs[off + 5].raw),
        extensions: certificateExtensions(tbs) };
    } catch {
      throw noStartLine();
    }
    return parts;
  }
  // The authority information access entries: [method, kind, raw value, printed value].
  function x509InfoAccess(x) {
    const e = x.extensions.infoAccess;
    return e && derItems(e).map((ad) => {
      const [method, location] = derItems(ad);
      return [kAccessMethods[oidText(method.body)] || oidText(method.body), ...generalName(location)];
    });
  }
  const fingerprintOf = (der, digest) => new Hash(digest).update(der).digest('hex').toUpperCase().match(/../g).join(':');
  function x509SubjectAltName(x) {
    const e = x.extensions.subjectAltName;
    return e && derItems(e).map(generalName);
  }
  const x509Info = {
    subject: (x) => nameText(x.subject),
    issuer: (x) => nameText(x.issuer),
    subjectAltName(x) {
      const names = x509SubjectAltName(x);
      return names && names.map(([k, , v]) => `${k}:${v}`).join(', ');
    },
    infoAccess(x) {
      const entries = x509InfoAccess(x);
      return entries && entries.map(([method, k, , v]) => `${method} - ${k}:${v}`).join('\n');
    },
    validFrom: (x) => x.validFrom,
    validTo: (x) => x.validTo,
    fingerprint: (x) => fingerprintOf(x.der, 'sha1'),
    fingerprint256: (x) => fingerprintOf(x.der, 'sha256'),
    fingerprint512: (x) => fingerprintOf(x.der, 'sha512'),
    keyUsage(x) {
      const e = x.extensions.extKeyUsage;
      return e && derItems(e).map((oid) => oidText(oid.body));
    },
    serialNumber: (x) => (x.serial.length ? x.serial.toString('hex').toUpperCase() : '00'),
    raw: (x) => Buffer.from(x.der),
    publicKey(x) {
      try {
        return createPublicKey({ key: x.spki, format: 'der', type: 'spki' });
      } catch {
        throw osslError('03000072', 'digital envelope routines', 'decode error', 'ERR_OSSL_EVP_DECODE_ERROR');
      }
    },
    toString: (x) => pem('CERTIFICATE', x.der),
    ca(x) {
      const e = x.extensions.basicConstraints;
      const first = e && derItems(e)[0];
      return Boolean(first && first.tag === 0x01 && first.body[0]);
    },
  };
  // X509_check_host: the subject alternative DNS names (the subject's CNs when there are none,
  // or always/never by options.subject), with a leftmost-label wildcard.
  function hostMatches(pattern, host, options) {
    const p = pattern.toLowerCase(), h = host.toLowerCase();
    if (p === h) return true;
    // A name starting with a dot stands for any host of that domain.
    if (h.startsWith('.')) return p.length > h.length && p.endsWith(h);
    if (!options.wildcards || !p.includes('*')) return false;
    const [first, ...rest] = p.split('.');
    if (rest.length < 2 || rest.some((l) => l.includes('*')) || first.indexOf('*') !== first.lastIndexOf('*')) return false;
    if (first !== '*' && (!options.partialWildcards || first.startsWith('xn--'))) return false;
    const suffix = `.${rest.join('.')}`;
    if (!h.endsWith(suffix)) return false;
    const label = h.slice(0, -suffix.length);
    if (!label || (!options.multiLabelWildcards && label.includes('.'))) return false;
    const [before, after] = first.split('*');
    return label.length >= before.length + after.length && label.startsWith(before) && label.endsWith(after);
  }
  function subjectValues(x, attribute) {
    return x.subject.flat().filter(([k]) => k === attribute).map(([, v]) => v);
  }
  function x509CheckName(x, kind, attribute, wanted, options, matches) {
    const alt = (x509SubjectAltName(x) || []).filter(([k]) => k === kind).map(([, raw]) => raw);
    for (const name of alt) if (matches(name, wanted)) return name;
    if (options.subject === 'never' || (alt.length && options.subject !== 'always')) return undefined;
    return subjectValues(x, attribute).find((name) => matches(name, wanted));
  }
  const emailMatches = (name, email) => {
    const at = name.lastIndexOf('@'), at2 = email.lastIndexOf('@');
    return at > 0 && at2 > 0 && name.slice(0, at) === email.slice(0, at2) && name.slice(at).toLowerCase() === email.slice(at2).toLowerCase();
  };
  const x509Checks = {
    checkHost: (x, name, options) => x509CheckName(x, 'DNS', 'CN', name, options, (pattern, host) => hostMatches(pattern, host, options)),
    checkEmail: (x, email, options) => x509CheckName(x, 'email', 'emailAddress', email, options, emailMatches),
    checkIP(x, ip, bytes) {
      const e = x.extensions.subjectAltName;
      return e && derItems(e).some((n) => (n.tag & 0x1f) === 7 && n.body.equals(bytes)) ? ip : undefined;
    },
    // X509_check_issued: the names chain, the key identifiers agree and the issuer may sign certificates.
    checkIssued(x, issuer) {
      if (!x.issuerRaw.equals(issuer.subjectRaw) && nameText(x.issuer).toLowerCase() !== nameText(issuer.subject).toLowerCase()) return false;
      const aki = x.extensions.authorityKeyId, ski = issuer.extensions.subjectKeyId;
      const keyId = aki && derItems(aki).find((e) => e.tag === 0x80);
      if (keyId && ski && !keyId.body.equals(ski.body)) return false;
      const usage = issuer.extensions.keyUsage;
      return !usage || Boolean(usage.body[1] & 0x04);
    },
    checkPrivateKey: (x, key) => spkiDer(createPublicKey(key)[kAsym]).equals(x.spki),
    verify: (x, key) => verifySigned(x, key),
  };
  // A signature over DER (a certificate's or an SPKAC's { tbsRaw, sigAlg, signature }) checked
  // with a public key: false when it does not verify or the algorithm does not fit the key.
  function verifySigned({ tbsRaw, sigAlg, signature }, key) {
    const [oid, params] = sigAlg;
    const alg = kSignatureAlgorithms[oidText(oid.body)];
    if (!alg) return false;
    try {
      if (alg[1] !== 'pss') return verifyOneShot(alg[0], tbsRaw, key, signature);
      const pss = decodePssParams(params);
      return verifyOneShot(pss.hashAlgorithm, tbsRaw, { key, padding: C.RSA_PKCS1_PSS_PADDING, saltLength: pss.saltLength }, signature);
    } catch {
      return false;
    }
  }

  // ---- SPKAC (crypto.Certificate) ----

  // A signed public key and challenge (base64 text) as { tbsRaw, sigAlg, signature, spki,
  // challenge }, or undefined when it does not parse.
  function spkacParse(bytes) {
    try {
      const der = Buffer.from(Buffer.from(bytes).toString('latin1').replace(/\s+/g, ''), 'base64');
      const [pkac, sigAlg, signature] = derTop(der).map((e, i) => (i === 2 ? bitsOf(e) : e));
      const [spki, challenge] = derItems(pkac);
      return { tbsRaw: pkac.raw, sigAlg: derItems(sigAlg), signature, spki: Buffer.from(spki.raw), challenge: Buffer.from(challenge.body) };
    } catch {
      return undefined;
    }
  }
  // crypto.Certificate's answers: '' for empty input, as node's.
  const spkac = {
    exportChallenge(bytes) {
      const parsed = bytes.length ? spkacParse(bytes) : undefined;
      return parsed ? parsed.challenge : '';
    },
    exportPublicKey(bytes) {
      const parsed = bytes.length ? spkacParse(bytes) : undefined;
      if (!parsed) return '';
      try {
        return Buffer.from(createPublicKey({ key: parsed.spki, format: 'der', type: 'spki' }).export({ type: 'spki', format: 'pem' }));
      } catch {
        return '';
      }
    },
    verifySpkac(bytes) {
      if (!bytes.length) return '';
      const parsed = spkacParse(bytes);
      if (!parsed) return false;
      try {
        return verifySigned(parsed, createPublicKey({ key: parsed.spki, format: 'der', type: 'spki' }));
      } catch {
        return false;
      }
    },
  };
  // The legacy object of tls.TLSSocket#getPeerCertificate().
  function x509Legacy(x, publicKey) {
    const out = { subject: legacyName(x.subject), issuer: legacyName(x.issuer) };
    const san = x509Info.subjectAltName(x), access = x.extensions.infoAccess;
    if (san !== undefined) out.subjectaltname = san;
    if (access) {
      out.infoAccess = { __proto__: null };
      for (const [method, kind, raw, printed] of x509InfoAccess(x)) (out.infoAccess[`${method} - ${kind}`] ??= []).push(raw ?? printed);
    }
    out.ca = x509Info.ca(x);
    const rec = publicKey ? publicKey[kAsym] : {};
    if (rec.type === 'rsa') {
      Object.assign(out, { modulus: rec.n.toString('hex').toUpperCase(), bits: rec.n.length * 8 - Math.clz32(rec.n[0]) + 24,
        exponent: `0x${bigIntOf(rec.e).toString(16)}`, pubkey: Buffer.from(x.spki) });
    } else if (rec.type === 'ec') {
      Object.assign(out, { bits: kCurveBits[rec.curve], pubkey: Buffer.from(rec.q), asn1Curve: rec.curve });
      if (kNistNames[rec.curve]) out.nistCurve = kNistNames[rec.curve];
    }
    Object.assign(out, { valid_from: x.validFrom, valid_to: x.validTo, fingerprint: x509Info.fingerprint(x),
      fingerprint256: x509Info.fingerprint256(x), fingerprint512: x509Info.fingerprint512(x) });
    const eku = x509Info.keyUsage(x);
    if (eku) out.ext_key_usage = eku;
    return Object.assign(out, { serialNumber: x509Info.serialNumber(x), raw: Buffer.from(x.der) });
  }
  const kNistNames = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };
  const kCurveBits = { prime256v1: 256, secp384r1: 384, secp521r1: 521, secp256k1: 256 };

  return {
    PublicKeyObject, PrivateKeyObject, digestName, consumeKey, sigOptions,
    unsupportedOperation, signDigest, verifyDigest, kFieldSize, kOtherCurveNames,
    curveUnavailable, copyRecord, asymImportKey, asymGenerateKey,
    asymExportKey, rsaOaepCipher, ecdhDeriveBits, asymSignVerify,
    createPrivateKey, createPublicKey, diffieHellman, generateKeyPair, generateKeyPairSync,
    privateDecrypt, privateEncrypt, publicDecrypt, publicEncrypt, signOneShot, verifyOneShot,
    x509Parse, x509Info, x509Checks, x509Legacy, spkac,
  };
};
