//! The native half of `crypto` (`internalBinding('crypto')`): hash, HMAC and cipher handles,
//! the key derivations (PBKDF2, HKDF, scrypt), Ed25519 signatures, RSA and EC key arithmetic,
//! primes, Diffie-Hellman and host randomness. Digests live in `crypto/hash.rs`, ciphers in
//! `crypto/cipher.rs`, RSA in `crypto/rsa.rs`, EC and X25519 in `crypto/ec.rs`, big-number work
//! in `crypto/prime.rs` and `crypto/monty.rs`; argument validation, node's error objects, key
//! encodings (ASN.1, PEM, JWK), streams and webcrypto are `node/js/crypto.js`.

mod cipher;
mod des;
mod ec;
mod hash;
mod monty;
mod prime;
mod rsa;

use crate::host;
use crate::node::buffer::{binary_text, new_buffer, new_buffer_from_vec, utf8_of, view};
use crate::node::str_arg;
use boa_engine::object::builtins::{AlignedVec, JsArray, JsArrayBuffer};
use boa_engine::{object::JsObject, Context, JsData, JsNativeError, JsResult, JsValue};
use boa_gc::{Finalize, Trace};
use std::cell::RefCell;

/// A hash or HMAC in progress (boxed: JsData must be at most 8-aligned).
#[derive(Trace, Finalize, JsData)]
struct HashHandle {
    #[unsafe_ignore_trace]
    state: RefCell<Option<Box<hash::Hasher>>>,
}

/// A Cipheriv/Decipheriv in progress.
#[derive(Trace, Finalize, JsData)]
struct CipherHandle {
    #[unsafe_ignore_trace]
    state: RefCell<Box<cipher::Cipher>>,
}

fn bytes_arg(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<Vec<u8>> {
    Ok(view(args.get(i), ctx)?.with(<[u8]>::to_vec))
}

/// A number argument (anything else → `default`).
fn num_arg(args: &[JsValue], i: usize, default: f64) -> f64 {
    args.get(i).and_then(JsValue::as_number).unwrap_or(default)
}

/// An optional length: a non-negative number, or None (undefined, -1).
fn opt_len(args: &[JsValue], i: usize) -> Option<usize> {
    args.get(i)
        .and_then(JsValue::as_number)
        .filter(|n| *n >= 0.0)
        .map(|n| n as usize)
}

fn handle_value(state: hash::Hasher) -> JsValue {
    let handle = HashHandle {
        state: RefCell::new(Some(Box::new(state))),
    };
    JsObject::from_proto_and_data(None, handle).into()
}

fn with_hash<R>(v: Option<&JsValue>, f: impl FnOnce(&HashHandle) -> R) -> JsResult<R> {
    let handle = v
        .and_then(JsValue::as_object)
        .and_then(|o| o.downcast_ref::<HashHandle>().map(|h| f(&h)));
    handle.ok_or_else(|| {
        JsNativeError::typ()
            .with_message("not a hash handle")
            .into()
    })
}

fn with_cipher<R>(v: Option<&JsValue>, f: impl FnOnce(&mut cipher::Cipher) -> R) -> JsResult<R> {
    let handle = v.and_then(JsValue::as_object).and_then(|o| {
        o.downcast_ref::<CipherHandle>()
            .map(|h| f(&mut h.state.borrow_mut()))
    });
    handle.ok_or_else(|| {
        JsNativeError::typ()
            .with_message("not a cipher handle")
            .into()
    })
}

/// `hash(alg, outputLength?)` → handle; undefined for an unknown algorithm, false when an
/// output length is given for a fixed-size digest of another size.
fn hash(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let alg = str_arg(args, 0, ctx)?;
    let Some(alg) = hash::lookup(&alg) else {
        return Ok(JsValue::undefined());
    };
    Ok(match hash::Hasher::hash(alg, opt_len(args, 1)) {
        Ok(h) => handle_value(h),
        Err(hash::HashError::Unknown) => JsValue::undefined(),
        Err(hash::HashError::NotXof) => JsValue::from(false),
    })
}

/// `hmac(alg, key)` → handle; undefined for an unknown algorithm, false for an XOF (node
/// creates those and fails in digest).
fn hmac(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let alg = str_arg(args, 0, ctx)?;
    let key = bytes_arg(args, 1, ctx)?;
    let Some(alg) = hash::lookup(&alg) else {
        return Ok(JsValue::undefined());
    };
    Ok(hash::Hasher::hmac(alg, &key).map_or(JsValue::from(false), handle_value))
}

/// `update(handle, data)`: a byte view, or a string hashed as its UTF-8 (lone surrogates as
/// U+FFFD, as Buffer.from makes them), so a string needs no Buffer on the way.
fn update(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    if let Some(text) = args.get(1).and_then(JsValue::as_string) {
        let bytes = utf8_of(&text);
        with_hash(args.first(), |h| {
            if let Some(state) = h.state.borrow_mut().as_mut() {
                state.update(&bytes);
            }
        })?;
        return Ok(JsValue::undefined());
    }
    let data = view(args.get(1), ctx)?;
    with_hash(args.first(), |h| {
        if let Some(state) = h.state.borrow_mut().as_mut() {
            data.with(|b| state.update(b));
        }
    })?;
    Ok(JsValue::undefined())
}

/// `digest(handle, encoding?)` → Buffer, or the digest's text for 'hex', 'base64' and
/// 'base64url' (as Buffer's toString gives them); the handle is spent.
fn digest(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let out = with_hash(args.first(), |h| {
        h.state.borrow_mut().take().map(|s| s.finish())
    })?
    .unwrap_or_default();
    let encoding = args.get(1).and_then(JsValue::as_string);
    match encoding.and_then(|e| binary_text(&out, &e.to_std_string_escaped())) {
        Some(text) => Ok(text.into()),
        None => new_buffer_from_vec(out, ctx),
    }
}

/// `copy(handle, outputLength?)` → a new handle with the same state; false when the length
/// does not suit the digest. A SHAKE copy without a length gets the default one again.
fn copy(_: &JsValue, args: &[JsValue], _ctx: &mut Context) -> JsResult<JsValue> {
    let state = with_hash(args.first(), |h| h.state.borrow().clone())?;
    let Some(mut state) = state else {
        return Ok(JsValue::undefined());
    };
    let want = opt_len(args, 1);
    match &mut *state {
        hash::Hasher::Xof(x, len) => *len = want.unwrap_or(x.default_len()),
        hash::Hasher::Fixed(h) if want.is_some_and(|n| n != h.output_size()) => {
            return Ok(JsValue::from(false))
        }
        _ => {}
    }
    Ok(handle_value(*state))
}

/// `pbkdf2(password, salt, iterations, keylen, alg)` → Buffer; undefined for an unknown
/// digest, false for one PBKDF2 cannot use (the XOFs).
fn pbkdf2(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let password = bytes_arg(args, 0, ctx)?;
    let salt = bytes_arg(args, 1, ctx)?;
    let rounds = num_arg(args, 2, 1.0).clamp(1.0, u32::MAX as f64) as u32;
    let keylen = num_arg(args, 3, 0.0).max(0.0) as usize;
    let Some(alg) = hash::lookup(&str_arg(args, 4, ctx)?) else {
        return Ok(JsValue::undefined());
    };
    let mut out = vec![0u8; keylen];
    if !hash::pbkdf2(alg, &password, &salt, rounds, &mut out) {
        return Ok(JsValue::from(false));
    }
    new_buffer_from_vec(out, ctx)
}

/// `hkdf(alg, ikm, salt, info, length)` → ArrayBuffer; undefined for an unknown digest, null
/// when `length` exceeds 255 × the digest size, false for an XOF.
fn hkdf(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(alg) = hash::lookup(&str_arg(args, 0, ctx)?) else {
        return Ok(JsValue::undefined());
    };
    let ikm = bytes_arg(args, 1, ctx)?;
    let salt = bytes_arg(args, 2, ctx)?;
    let info = bytes_arg(args, 3, ctx)?;
    let len = num_arg(args, 4, 0.0).max(0.0) as usize;
    let size = hash::output_size(alg);
    if size == 0 {
        return Ok(JsValue::from(false));
    }
    if len > 255 * size {
        return Ok(JsValue::null());
    }
    let mut out = vec![0u8; len];
    hash::hkdf(alg, &ikm, &salt, &info, &mut out);
    array_buffer(&out, ctx)
}

fn array_buffer(bytes: &[u8], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(JsArrayBuffer::from_byte_block(AlignedVec::from_slice(64, bytes), ctx)?.into())
}

/// `scrypt(password, salt, N, r, p, maxmem, keylen)` → Buffer, or 1 for invalid parameters
/// and 2 for "memory limit exceeded" (OpenSSL's checks, in its order).
fn scrypt(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let password = bytes_arg(args, 0, ctx)?;
    let salt = bytes_arg(args, 1, ctx)?;
    let n = num_arg(args, 2, 0.0) as u64;
    let r = num_arg(args, 3, 0.0) as u64;
    let p = num_arg(args, 4, 0.0) as u64;
    let maxmem = num_arg(args, 5, 0.0) as u64;
    let keylen = num_arg(args, 6, 0.0).max(0.0) as usize;
    if r == 0 || p == 0 || n < 2 || !n.is_power_of_two() {
        return Ok(JsValue::from(1));
    }
    let too_big = p > ((1 << 30) - 1) / r
        || (16 * r <= 63 && n >= 1u64 << (16 * r))
        || p * 128 * r > i32::MAX as u64
        || n + 2 > (u64::MAX / 128) / r
        || (p * 128 * r).saturating_add(128 * r * (n + 2)) > maxmem;
    if too_big {
        return Ok(JsValue::from(2));
    }
    let mut out = vec![0u8; keylen];
    if keylen > 0 {
        let log_n = n.trailing_zeros() as u8;
        let params = ::scrypt::Params::new(log_n, r as u32, p as u32, 32);
        // The crate allocates V (128·r·N bytes) itself; make sure the wasm heap has room.
        let room = usize::try_from(128 * r * n)
            .ok()
            .is_some_and(|v| Vec::<u8>::new().try_reserve_exact(v).is_ok());
        match params {
            Ok(params) if room => {
                if ::scrypt::scrypt(&password, &salt, &params, &mut out).is_err() {
                    return Ok(JsValue::from(1));
                }
            }
            _ => return Ok(JsValue::from(2)),
        }
    }
    new_buffer_from_vec(out, ctx)
}

/// `cipherInit(name, key, iv, encrypt, authTagLength)` → handle, or an error number
/// (1 unknown cipher, 2 invalid IV, 3 invalid key length, 4 invalid auth tag length, 5 auth tag
/// length required, 6 XTS with duplicated keys).
fn cipher_init(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = str_arg(args, 0, ctx)?;
    let key = bytes_arg(args, 1, ctx)?;
    let iv = match args.get(2) {
        Some(v) if v.is_object() => bytes_arg(args, 2, ctx)?,
        _ => Vec::new(),
    };
    let encrypt = args.get(3).is_some_and(JsValue::to_boolean);
    match cipher::Cipher::new(&name, &key, &iv, encrypt, opt_len(args, 4)) {
        Ok(c) => {
            let handle = CipherHandle {
                state: RefCell::new(Box::new(c)),
            };
            Ok(JsObject::from_proto_and_data(None, handle).into())
        }
        Err(e) => Ok(JsValue::from(e as i32)),
    }
}

/// `cipherUpdate(handle, bytes)` → Buffer, or undefined when the cipher is finished.
fn cipher_update(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let data = view(args.get(1), ctx)?;
    match with_cipher(args.first(), |c| data.with(|b| c.update(b)))? {
        Some(out) => new_buffer_from_vec(out, ctx),
        None => Ok(JsValue::undefined()),
    }
}

/// `cipherFinal(handle)` → Buffer, or an error number (0 invalid state, 1 bad decrypt,
/// 2 wrong final block length, 3 authentication failed, 4 tag not set).
fn cipher_final(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    match with_cipher(args.first(), cipher::Cipher::finish)? {
        Ok(out) => new_buffer_from_vec(out, ctx),
        Err(e) => Ok(JsValue::from(e as i32)),
    }
}

/// `cipherSetAutoPadding(handle, on)` → false once finished.
fn cipher_set_auto_padding(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let on = args.get(1).is_none_or(JsValue::to_boolean);
    Ok(with_cipher(args.first(), |c| c.set_auto_padding(on))?.into())
}

/// `cipherGetAuthTag(handle)` → Buffer, or undefined before an encrypting AEAD's final.
fn cipher_get_auth_tag(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    match with_cipher(args.first(), |c| c.auth_tag())? {
        Some(tag) => new_buffer(&tag, ctx),
        None => Ok(JsValue::undefined()),
    }
}

/// `cipherSetAuthTag(handle, tag)` → true, false (wrong state) or null (invalid length).
fn cipher_set_auth_tag(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let tag = bytes_arg(args, 1, ctx)?;
    Ok(match with_cipher(args.first(), |c| c.set_auth_tag(&tag))? {
        Ok(b) => b.into(),
        Err(()) => JsValue::null(),
    })
}

/// `cipherSetAAD(handle, bytes, plaintextLength)` → false unless an AEAD before its data.
fn cipher_set_aad(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let aad = bytes_arg(args, 1, ctx)?;
    let plaintext_len = opt_len(args, 2);
    Ok(with_cipher(args.first(), |c| c.set_aad(&aad, plaintext_len))?.into())
}

/// `ed25519Public(seed)` → the 32-byte public key of a 32-byte private seed.
fn ed25519_public(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    match ed25519_compact::Seed::from_slice(&bytes_arg(args, 0, ctx)?) {
        Ok(seed) => new_buffer(&ed25519_compact::KeyPair::from_seed(seed).pk[..], ctx),
        Err(_) => Ok(JsValue::undefined()),
    }
}

/// `ed25519Sign(secretKey, message)` → the 64-byte signature (deterministic, as RFC 8032);
/// `secretKey` is the seed followed by its public key, so no point is recomputed.
fn ed25519_sign(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Ok(sk) = ed25519_compact::SecretKey::from_slice(&bytes_arg(args, 0, ctx)?) else {
        return Ok(JsValue::undefined());
    };
    let sig = view(args.get(1), ctx)?.with(|m| sk.sign(m, None));
    new_buffer(&sig[..], ctx)
}

/// `ed25519Verify(publicKey, message, signature)` → whether the signature is valid.
fn ed25519_verify(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let pk = bytes_arg(args, 0, ctx)?;
    let sig = bytes_arg(args, 2, ctx)?;
    let msg = view(args.get(1), ctx)?;
    let ok = match (
        ed25519_compact::PublicKey::from_slice(&pk),
        ed25519_compact::Signature::from_slice(&sig),
    ) {
        (Ok(pk), Ok(sig)) => msg.with(|m| pk.verify(m, &sig).is_ok()),
        _ => false,
    };
    Ok(ok.into())
}

/// A Buffer, or undefined for None.
fn opt_buffer(v: Option<Vec<u8>>, ctx: &mut Context) -> JsResult<JsValue> {
    v.map_or(Ok(JsValue::undefined()), |b| new_buffer_from_vec(b, ctx))
}

fn buffers(items: Vec<Vec<u8>>, ctx: &mut Context) -> JsResult<JsValue> {
    let values = items
        .into_iter()
        .map(|b| new_buffer_from_vec(b, ctx))
        .collect::<JsResult<Vec<_>>>()?;
    Ok(JsArray::from_iter(values, ctx).into())
}

/// `rsaGenerate(bits, e)` → [n, e, d, p, q, dp, dq, qi], or undefined for an unusable e.
fn rsa_generate(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let bits = num_arg(args, 0, 0.0).max(0.0) as u64;
    match rsa::generate(bits, &bytes_arg(args, 1, ctx)?) {
        Some(key) => buffers(key.to_vec(), ctx),
        None => Ok(JsValue::undefined()),
    }
}

/// `rsaPublic(x, n, e)` → xᵉ mod n, or undefined when x ≥ n.
fn rsa_public(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let x = bytes_arg(args, 0, ctx)?;
    let (n, e) = (bytes_arg(args, 1, ctx)?, bytes_arg(args, 2, ctx)?);
    opt_buffer(rsa::public_op(&n, &e, &x), ctx)
}

/// `rsaPrivate(x, n, e, d, p?, q?, dp?, dq?, qi?)` → xᵈ mod n, or undefined when x ≥ n or the
/// key is inconsistent.
fn rsa_private(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let x = bytes_arg(args, 0, ctx)?;
    let mut key = Vec::new();
    for i in 1..args.len().min(9) {
        key.push(opt_bytes(args, i, ctx)?.unwrap_or_default());
    }
    opt_buffer(rsa::private_op(&key, &x), ctx)
}

fn curve_arg(args: &[JsValue], ctx: &mut Context) -> JsResult<Option<ec::Curve>> {
    Ok(ec::Curve::by_name(&str_arg(args, 0, ctx)?))
}

/// `ecGenerate(curve)` → [private scalar, uncompressed point].
fn ec_generate(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    match curve_arg(args, ctx)? {
        Some(c) => {
            let (d, q) = ec::generate(c);
            buffers(vec![d, q], ctx)
        }
        None => Ok(JsValue::undefined()),
    }
}

/// `ecPublic(curve, d)` → the uncompressed public point, or undefined for an invalid scalar.
fn ec_public(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let d = bytes_arg(args, 1, ctx)?;
    let q = curve_arg(args, ctx)?.and_then(|c| ec::public(c, &d));
    opt_buffer(q, ctx)
}

/// `ecPoint(curve, point, compressed)` → the point re-encoded, or undefined if not on the curve.
fn ec_point(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let q = bytes_arg(args, 1, ctx)?;
    let compressed = args.get(2).is_some_and(JsValue::to_boolean);
    let out = curve_arg(args, ctx)?.and_then(|c| ec::point(c, &q, compressed));
    opt_buffer(out, ctx)
}

/// `ecSign(curve, d, digest)` → r‖s.
fn ec_sign(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (d, digest) = (bytes_arg(args, 1, ctx)?, bytes_arg(args, 2, ctx)?);
    let sig = curve_arg(args, ctx)?.and_then(|c| ec::sign(c, &d, &digest));
    opt_buffer(sig, ctx)
}

/// `ecVerify(curve, point, digest, rs)` → whether r‖s signs the digest.
fn ec_verify(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (q, digest) = (bytes_arg(args, 1, ctx)?, bytes_arg(args, 2, ctx)?);
    let rs = bytes_arg(args, 3, ctx)?;
    let ok = curve_arg(args, ctx)?.is_some_and(|c| ec::verify(c, &q, &digest, &rs));
    Ok(ok.into())
}

/// `ecdh(curve, d, point)` → the shared x coordinate, or undefined.
fn ecdh(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (d, q) = (bytes_arg(args, 1, ctx)?, bytes_arg(args, 2, ctx)?);
    let out = curve_arg(args, ctx)?.and_then(|c| ec::ecdh(c, &d, &q));
    opt_buffer(out, ctx)
}

/// `x25519(d, peer?)` → d's public key, or the secret shared with `peer`; undefined if invalid.
fn x25519(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let d = bytes_arg(args, 0, ctx)?;
    let peer = opt_bytes(args, 1, ctx)?;
    opt_buffer(ec::x25519(&d, peer.as_deref()), ctx)
}

/// `randomFill(u8)`: fills the bytes with host randomness.
fn random_fill(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    view(args.first(), ctx)?.with_mut(ctx, host::fill_random)?;
    Ok(JsValue::undefined())
}

/// An optional bytes argument: None unless an object.
fn opt_bytes(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<Option<Vec<u8>>> {
    match args.get(i) {
        Some(v) if v.is_object() => bytes_arg(args, i, ctx).map(Some),
        _ => Ok(None),
    }
}

/// `checkPrime(bytes, checks)` → whether the big-endian number is a probable prime.
fn check_prime(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let n = bytes_arg(args, 0, ctx)?;
    let checks = num_arg(args, 1, 0.0).clamp(0.0, u32::MAX as f64) as u32;
    Ok(prime::check_prime(&n, checks).into())
}

/// `generatePrime(bits, safe, add?, rem?)` → ArrayBuffer, or a `PrimeError` number.
fn generate_prime(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let bits = num_arg(args, 0, 0.0).max(0.0) as u64;
    let safe = args.get(1).is_some_and(JsValue::to_boolean);
    let add = opt_bytes(args, 2, ctx)?;
    let rem = opt_bytes(args, 3, ctx)?;
    match prime::generate_prime(bits, safe, add.as_deref(), rem.as_deref()) {
        Ok(p) => array_buffer(&p, ctx),
        Err(e) => Ok(JsValue::from(e as i32)),
    }
}

/// `dhGroup(name)` → the group's prime, or undefined.
fn dh_group(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    match prime::dh_group(&str_arg(args, 0, ctx)?) {
        Some(p) => new_buffer_from_vec(p, ctx),
        None => Ok(JsValue::undefined()),
    }
}

/// `dhCheck(p, g)` → DH_check's flags.
fn dh_check(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let p = bytes_arg(args, 0, ctx)?;
    let g = bytes_arg(args, 1, ctx)?;
    Ok(JsValue::from(prime::dh_check(&p, &g)))
}

/// `dhGeneratePrime(bits, g)` → a safe prime, or a `DhError` number.
fn dh_generate_prime(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let bits = num_arg(args, 0, 0.0) as i64;
    let g = num_arg(args, 1, 0.0) as i64;
    match prime::dh_generate_prime(bits, g) {
        Ok(p) => new_buffer_from_vec(p, ctx),
        Err(e) => Ok(JsValue::from(e as i32)),
    }
}

/// `dhGenerateKeys(p, g, privateKey?)` → [privateKey, publicKey], or a `DhError` number.
fn dh_generate_keys(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let p = bytes_arg(args, 0, ctx)?;
    let g = bytes_arg(args, 1, ctx)?;
    let private = opt_bytes(args, 2, ctx)?;
    match prime::dh_generate_keys(&p, &g, private.as_deref()) {
        Ok((private, public)) => {
            let items = [
                new_buffer_from_vec(private, ctx)?,
                new_buffer_from_vec(public, ctx)?,
            ];
            Ok(JsArray::from_iter(items, ctx).into())
        }
        Err(e) => Ok(JsValue::from(e as i32)),
    }
}

/// `dhComputeSecret(p, privateKey?, publicKey)` → the padded secret, or a `DhError` number.
fn dh_compute_secret(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let p = bytes_arg(args, 0, ctx)?;
    let private = opt_bytes(args, 1, ctx)?;
    let public = bytes_arg(args, 2, ctx)?;
    match prime::dh_compute_secret(&p, private.as_deref(), &public) {
        Ok(s) => new_buffer_from_vec(s, ctx),
        Err(e) => Ok(JsValue::from(e as i32)),
    }
}

/// The `internalBinding('crypto')` object.
pub fn binding(ctx: &mut Context) -> JsObject {
    let fns: &[crate::node::NativeFn] = &[
        ("hash", hash, 2),
        ("hmac", hmac, 2),
        ("update", update, 2),
        ("digest", digest, 2),
        ("copy", copy, 2),
        ("pbkdf2", pbkdf2, 5),
        ("hkdf", hkdf, 5),
        ("scrypt", scrypt, 7),
        ("cipherInit", cipher_init, 5),
        ("cipherUpdate", cipher_update, 2),
        ("cipherFinal", cipher_final, 1),
        ("cipherSetAutoPadding", cipher_set_auto_padding, 2),
        ("cipherGetAuthTag", cipher_get_auth_tag, 1),
        ("cipherSetAuthTag", cipher_set_auth_tag, 2),
        ("cipherSetAAD", cipher_set_aad, 3),
        ("ed25519Public", ed25519_public, 1),
        ("ed25519Sign", ed25519_sign, 2),
        ("ed25519Verify", ed25519_verify, 3),
        ("rsaGenerate", rsa_generate, 2),
        ("rsaPublic", rsa_public, 3),
        ("rsaPrivate", rsa_private, 9),
        ("ecGenerate", ec_generate, 1),
        ("ecPublic", ec_public, 2),
        ("ecPoint", ec_point, 3),
        ("ecSign", ec_sign, 3),
        ("ecVerify", ec_verify, 4),
        ("ecdh", ecdh, 3),
        ("x25519", x25519, 2),
        ("randomFill", random_fill, 1),
        ("checkPrime", check_prime, 2),
        ("generatePrime", generate_prime, 4),
        ("dhGroup", dh_group, 1),
        ("dhCheck", dh_check, 2),
        ("dhGeneratePrime", dh_generate_prime, 2),
        ("dhGenerateKeys", dh_generate_keys, 3),
        ("dhComputeSecret", dh_compute_secret, 3),
    ];
    crate::node::binding_object(ctx, fns)
}
