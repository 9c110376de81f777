//! Elliptic-curve keys for `crypto`: key generation, public points and their SEC1 forms, ECDSA
//! over a digest (r‖s, OpenSSL's semantics: any digest length, high-S accepted) and ECDH, on
//! P-256, P-384 and secp256k1 (RustCrypto, constant-time). X25519 rides on ed25519-compact.
//! Every function returns None for input OpenSSL would reject (bad scalar, point off the curve).

use crate::host;

/// The curves rjs has, by OpenSSL's name.
#[derive(Clone, Copy)]
pub(crate) enum Curve {
    P256,
    P384,
    K256,
}

impl Curve {
    pub(crate) fn by_name(name: &str) -> Option<Curve> {
        match name {
            "prime256v1" => Some(Curve::P256),
            "secp384r1" => Some(Curve::P384),
            "secp256k1" => Some(Curve::K256),
            _ => None,
        }
    }
}

/// One curve's operations, over the curve crate's concrete types.
macro_rules! curve_ops {
    ($m:ident, $c:ty) => {
        mod $m {
            use ecdsa::signature::hazmat::{PrehashSigner, PrehashVerifier};
            use elliptic_curve::sec1::ToEncodedPoint;
            use elliptic_curve::{FieldBytes, PublicKey, SecretKey};

            type C = $c;
            type Signature = ecdsa::Signature<C>;
            const SIZE: usize = core::mem::size_of::<FieldBytes<C>>();

            /// A private scalar from big-endian bytes (shorter input is left-padded).
            fn secret(d: &[u8]) -> Option<SecretKey<C>> {
                let d = super::left_pad(d, SIZE)?;
                SecretKey::<C>::from_slice(&d).ok()
            }

            fn encode(pk: &PublicKey<C>, compressed: bool) -> Vec<u8> {
                pk.to_encoded_point(compressed).as_bytes().to_vec()
            }

            pub fn generate() -> (Vec<u8>, Vec<u8>) {
                loop {
                    let mut d = vec![0u8; SIZE];
                    super::host::fill_random(&mut d);
                    if let Some(sk) = secret(&d) {
                        return (d, encode(&sk.public_key(), false));
                    }
                }
            }

            pub fn public(d: &[u8]) -> Option<Vec<u8>> {
                Some(encode(&secret(d)?.public_key(), false))
            }

            pub fn point(q: &[u8], compressed: bool) -> Option<Vec<u8>> {
                Some(encode(&PublicKey::<C>::from_sec1_bytes(q).ok()?, compressed))
            }

            pub fn sign(d: &[u8], digest: &[u8]) -> Option<Vec<u8>> {
                let key = ecdsa::SigningKey::<C>::from(secret(d)?);
                let digest = super::left_pad(digest, SIZE).unwrap_or_else(|| digest.to_vec());
                let sig: Signature = key.sign_prehash(&digest).ok()?;
                Some(sig.to_bytes().to_vec())
            }

            pub fn verify(q: &[u8], digest: &[u8], rs: &[u8]) -> bool {
                let (Ok(key), Ok(sig)) = (
                    ecdsa::VerifyingKey::<C>::from_sec1_bytes(q),
                    Signature::from_slice(rs),
                ) else {
                    return false;
                };
                // OpenSSL accepts either s of the pair (s, n - s).
                let sig = sig.normalize_s().unwrap_or(sig);
                let digest = super::left_pad(digest, SIZE).unwrap_or_else(|| digest.to_vec());
                key.verify_prehash(&digest, &sig).is_ok()
            }

            pub fn ecdh(d: &[u8], q: &[u8]) -> Option<Vec<u8>> {
                let sk = secret(d)?;
                let pk = PublicKey::<C>::from_sec1_bytes(q).ok()?;
                let shared = (pk.to_projective() * *sk.to_nonzero_scalar()).to_affine();
                let point = shared.to_encoded_point(false);
                Some(point.x()?.to_vec())
            }
        }
    };
}

curve_ops!(p256_ops, p256::NistP256);
curve_ops!(p384_ops, p384::NistP384);
curve_ops!(k256_ops, k256::Secp256k1);

/// `bytes` left-padded with zeros to `size`; None when longer.
fn left_pad(bytes: &[u8], size: usize) -> Option<Vec<u8>> {
    let pad = size.checked_sub(bytes.len())?;
    let mut out = vec![0u8; pad];
    out.extend_from_slice(bytes);
    Some(out)
}

macro_rules! dispatch {
    ($curve:expr, $f:ident($($a:expr),*)) => {
        match $curve {
            Curve::P256 => p256_ops::$f($($a),*),
            Curve::P384 => p384_ops::$f($($a),*),
            Curve::K256 => k256_ops::$f($($a),*),
        }
    };
}

/// A new key pair: (private scalar, uncompressed public point).
pub(crate) fn generate(c: Curve) -> (Vec<u8>, Vec<u8>) {
    dispatch!(c, generate())
}

/// The uncompressed public point of a private scalar.
pub(crate) fn public(c: Curve, d: &[u8]) -> Option<Vec<u8>> {
    dispatch!(c, public(d))
}

/// A SEC1 point (compressed or not) checked and re-encoded.
pub(crate) fn point(c: Curve, q: &[u8], compressed: bool) -> Option<Vec<u8>> {
    dispatch!(c, point(q, compressed))
}

/// ECDSA over a digest: r‖s, each the field size.
pub(crate) fn sign(c: Curve, d: &[u8], digest: &[u8]) -> Option<Vec<u8>> {
    dispatch!(c, sign(d, digest))
}

pub(crate) fn verify(c: Curve, q: &[u8], digest: &[u8], rs: &[u8]) -> bool {
    dispatch!(c, verify(q, digest, rs))
}

/// ECDH: the shared point's x coordinate.
pub(crate) fn ecdh(c: Curve, d: &[u8], q: &[u8]) -> Option<Vec<u8>> {
    dispatch!(c, ecdh(d, q))
}

/// X25519: the public key of a 32-byte private key, or the shared secret with a peer's
/// public key (None for a low-order peer key, whose secret would be all zeros).
pub(crate) fn x25519(d: &[u8], peer: Option<&[u8]>) -> Option<Vec<u8>> {
    use ed25519_compact::x25519::{PublicKey, SecretKey};
    let sk = SecretKey::from_slice(d).ok()?;
    let out = match peer {
        None => sk.recover_public_key().ok()?.to_vec(),
        Some(p) => PublicKey::from_slice(p).ok()?.dh(&sk).ok()?.to_vec(),
    };
    Some(out)
}
