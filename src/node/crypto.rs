//! The native half of `crypto` (`internalBinding('crypto')`): hashes (md5, sha1, sha2 family)
//! and HMACs as incremental handles, PBKDF2, and filling buffers with host randomness.
//! Hash/Hmac classes, encodings and webcrypto's surface are `node/js/crypto.js`.

use crate::host;
use crate::node::buffer::{new_buffer, view};
use crate::node::str_arg;
use boa_engine::{object::JsObject, Context, JsData, JsNativeError, JsResult, JsValue};
use boa_gc::{Finalize, Trace};
use digest::Digest;
use hmac::Mac;
use std::cell::RefCell;

/// A hash or HMAC in progress.
#[derive(Clone)]
enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha512_224(sha2::Sha512_224),
    Sha512_256(sha2::Sha512_256),
    HmacMd5(hmac::Hmac<md5::Md5>),
    HmacSha1(hmac::Hmac<sha1::Sha1>),
    HmacSha224(hmac::Hmac<sha2::Sha224>),
    HmacSha256(hmac::Hmac<sha2::Sha256>),
    HmacSha384(hmac::Hmac<sha2::Sha384>),
    HmacSha512(hmac::Hmac<sha2::Sha512>),
    HmacSha512_224(hmac::Hmac<sha2::Sha512_224>),
    HmacSha512_256(hmac::Hmac<sha2::Sha512_256>),
}

#[derive(Trace, Finalize, JsData)]
struct Handle {
    // Boxed: JsData must be at most 8-aligned and the hash states are 16-aligned.
    #[unsafe_ignore_trace]
    state: RefCell<Option<Box<State>>>,
}

/// Canonical algorithm name (node accepts any case, `sha-256`, and `RSA-` prefixes).
fn canonical(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    let lower = lower.strip_prefix("rsa-").unwrap_or(&lower);
    Some(match lower {
        "md5" => "md5",
        "sha1" | "sha-1" => "sha1",
        "sha224" | "sha-224" => "sha224",
        "sha256" | "sha-256" => "sha256",
        "sha384" | "sha-384" => "sha384",
        "sha512" | "sha-512" => "sha512",
        "sha512-224" | "sha-512/224" => "sha512-224",
        "sha512-256" | "sha-512/256" => "sha512-256",
        _ => return None,
    })
}

fn new_hash(alg: &str) -> Option<State> {
    Some(match canonical(alg)? {
        "md5" => State::Md5(md5::Md5::new()),
        "sha1" => State::Sha1(sha1::Sha1::new()),
        "sha224" => State::Sha224(sha2::Sha224::new()),
        "sha256" => State::Sha256(sha2::Sha256::new()),
        "sha384" => State::Sha384(sha2::Sha384::new()),
        "sha512" => State::Sha512(sha2::Sha512::new()),
        "sha512-224" => State::Sha512_224(sha2::Sha512_224::new()),
        _ => State::Sha512_256(sha2::Sha512_256::new()),
    })
}

fn new_hmac(alg: &str, key: &[u8]) -> Option<State> {
    // HMAC accepts keys of any length, so new_from_slice cannot fail.
    Some(match canonical(alg)? {
        "md5" => State::HmacMd5(Mac::new_from_slice(key).ok()?),
        "sha1" => State::HmacSha1(Mac::new_from_slice(key).ok()?),
        "sha224" => State::HmacSha224(Mac::new_from_slice(key).ok()?),
        "sha256" => State::HmacSha256(Mac::new_from_slice(key).ok()?),
        "sha384" => State::HmacSha384(Mac::new_from_slice(key).ok()?),
        "sha512" => State::HmacSha512(Mac::new_from_slice(key).ok()?),
        "sha512-224" => State::HmacSha512_224(Mac::new_from_slice(key).ok()?),
        _ => State::HmacSha512_256(Mac::new_from_slice(key).ok()?),
    })
}

impl State {
    fn update(&mut self, data: &[u8]) {
        match self {
            State::Md5(h) => h.update(data),
            State::Sha1(h) => h.update(data),
            State::Sha224(h) => h.update(data),
            State::Sha256(h) => h.update(data),
            State::Sha384(h) => h.update(data),
            State::Sha512(h) => h.update(data),
            State::Sha512_224(h) => h.update(data),
            State::Sha512_256(h) => h.update(data),
            State::HmacMd5(h) => h.update(data),
            State::HmacSha1(h) => h.update(data),
            State::HmacSha224(h) => h.update(data),
            State::HmacSha256(h) => h.update(data),
            State::HmacSha384(h) => h.update(data),
            State::HmacSha512(h) => h.update(data),
            State::HmacSha512_224(h) => h.update(data),
            State::HmacSha512_256(h) => h.update(data),
        }
    }
    fn finish(self) -> Vec<u8> {
        match self {
            State::Md5(h) => h.finalize().to_vec(),
            State::Sha1(h) => h.finalize().to_vec(),
            State::Sha224(h) => h.finalize().to_vec(),
            State::Sha256(h) => h.finalize().to_vec(),
            State::Sha384(h) => h.finalize().to_vec(),
            State::Sha512(h) => h.finalize().to_vec(),
            State::Sha512_224(h) => h.finalize().to_vec(),
            State::Sha512_256(h) => h.finalize().to_vec(),
            State::HmacMd5(h) => h.finalize().into_bytes().to_vec(),
            State::HmacSha1(h) => h.finalize().into_bytes().to_vec(),
            State::HmacSha224(h) => h.finalize().into_bytes().to_vec(),
            State::HmacSha256(h) => h.finalize().into_bytes().to_vec(),
            State::HmacSha384(h) => h.finalize().into_bytes().to_vec(),
            State::HmacSha512(h) => h.finalize().into_bytes().to_vec(),
            State::HmacSha512_224(h) => h.finalize().into_bytes().to_vec(),
            State::HmacSha512_256(h) => h.finalize().into_bytes().to_vec(),
        }
    }
}

fn handle_value(state: State) -> JsValue {
    let handle = Handle {
        state: RefCell::new(Some(Box::new(state))),
    };
    JsObject::from_proto_and_data(None, handle).into()
}

fn with_handle<R>(v: Option<&JsValue>, f: impl FnOnce(&Handle) -> R) -> JsResult<R> {
    let obj = v
        .and_then(JsValue::as_object)
        .ok_or_else(|| JsNativeError::typ().with_message("not a hash handle"))?;
    let handle = obj
        .downcast_ref::<Handle>()
        .ok_or_else(|| JsNativeError::typ().with_message("not a hash handle"))?;
    Ok(f(&handle))
}

/// `hash(alg)` → handle, or undefined for an unknown algorithm.
fn hash(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let alg = str_arg(args, 0, ctx)?;
    Ok(new_hash(&alg).map_or(JsValue::undefined(), handle_value))
}

/// `hmac(alg, key)` → handle, or undefined for an unknown algorithm.
fn hmac(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let alg = str_arg(args, 0, ctx)?;
    let key = view(args.get(1), ctx)?.with(<[u8]>::to_vec);
    Ok(new_hmac(&alg, &key).map_or(JsValue::undefined(), handle_value))
}

/// `update(handle, bytes)`.
fn update(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let data = view(args.get(1), ctx)?;
    with_handle(args.first(), |h| {
        if let Some(state) = h.state.borrow_mut().as_mut() {
            data.with(|b| state.update(b));
        }
    })?;
    Ok(JsValue::undefined())
}

/// `digest(handle)` → Buffer (the handle is spent).
fn digest(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let out = with_handle(args.first(), |h| {
        h.state.borrow_mut().take().map(|s| s.finish())
    })?;
    new_buffer(&out.unwrap_or_default(), ctx)
}

/// `copy(handle)` → a new handle with the same state.
fn copy(_: &JsValue, args: &[JsValue], _ctx: &mut Context) -> JsResult<JsValue> {
    let state = with_handle(args.first(), |h| h.state.borrow().clone())?;
    Ok(state.map_or(JsValue::undefined(), |s| handle_value(*s)))
}

/// `pbkdf2(password, salt, iterations, keylen, alg)` → Buffer, or undefined for an unknown digest.
fn pbkdf2(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let password = view(args.first(), ctx)?.with(<[u8]>::to_vec);
    let salt = view(args.get(1), ctx)?.with(<[u8]>::to_vec);
    let rounds = args
        .get(2)
        .and_then(JsValue::as_number)
        .unwrap_or(1.0)
        .max(1.0) as u32;
    let keylen = args
        .get(3)
        .and_then(JsValue::as_number)
        .unwrap_or(0.0)
        .max(0.0) as usize;
    let alg = str_arg(args, 4, ctx)?;
    let mut out = vec![0u8; keylen];
    let ok = match canonical(&alg) {
        Some("md5") => {
            pbkdf2::pbkdf2::<hmac::Hmac<md5::Md5>>(&password, &salt, rounds, &mut out).is_ok()
        }
        Some("sha1") => {
            pbkdf2::pbkdf2::<hmac::Hmac<sha1::Sha1>>(&password, &salt, rounds, &mut out).is_ok()
        }
        Some("sha224") => {
            pbkdf2::pbkdf2::<hmac::Hmac<sha2::Sha224>>(&password, &salt, rounds, &mut out).is_ok()
        }
        Some("sha256") => {
            pbkdf2::pbkdf2::<hmac::Hmac<sha2::Sha256>>(&password, &salt, rounds, &mut out).is_ok()
        }
        Some("sha384") => {
            pbkdf2::pbkdf2::<hmac::Hmac<sha2::Sha384>>(&password, &salt, rounds, &mut out).is_ok()
        }
        Some("sha512") => {
            pbkdf2::pbkdf2::<hmac::Hmac<sha2::Sha512>>(&password, &salt, rounds, &mut out).is_ok()
        }
        _ => false,
    };
    if !ok {
        return Ok(JsValue::undefined());
    }
    new_buffer(&out, ctx)
}

/// `randomFill(u8)`: fills the bytes with host randomness.
fn random_fill(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    view(args.first(), ctx)?.with_mut(host::fill_random);
    Ok(JsValue::undefined())
}

/// The `internalBinding('crypto')` object.
pub fn binding(ctx: &mut Context) -> JsObject {
    let fns: &[crate::node::NativeFn] = &[
        ("hash", hash, 1),
        ("hmac", hmac, 2),
        ("update", update, 2),
        ("digest", digest, 1),
        ("copy", copy, 1),
        ("pbkdf2", pbkdf2, 5),
        ("randomFill", random_fill, 1),
    ];
    crate::node::binding_object(ctx, fns)
}
