//! Elliptic-curve keys for `crypto`: key generation, public points and their SEC1 forms, ECDSA
//! over a digest (r‖s, OpenSSL's semantics: any digest length, high-S accepted) and ECDH, on
//! P-256, P-384, P-521 and secp256k1 (RustCrypto, constant-time). X25519 rides on ed25519-compact.
//! Every function returns None for input OpenSSL would reject (bad scalar, point off the curve).

use crate::host;

/// The curves rjs has, by OpenSSL's name.
#[derive(Clone, Copy)]
pub(crate) enum Curve {
    P256,
    P384,
    P521,
    K256,
}

impl Curve {
    pub(crate) fn by_name(name: &str) -> Option<Curve> {
        match name {
            "prime256v1" => Some(Curve::P256),
            "secp384r1" => Some(Curve::P384),
            "secp521r1" => Some(Curve::P521),
            "secp256k1" => Some(Curve::K256),
            _ => None,
        }
    }
}

/// One curve's operations, over the curve crate's concrete types (`$sk`/`$vk`: its ECDSA key
/// types; P-521's crate wraps the generic ones to give them its prehash signer).
macro_rules! curve_ops {
    ($m:ident, $c:ty, $sk:ty, $vk:ty) => {
        mod $m {
            use ecdsa::signature::hazmat::{PrehashVerifier, RandomizedPrehashSigner};
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
                let key = <$sk>::from_bytes(&secret(d)?.to_bytes()).ok()?;
                let digest = super::left_pad(digest, SIZE).unwrap_or_else(|| digest.to_vec());
                let sig: Signature = key
                    .sign_prehash_with_rng(&mut super::HostRng, &digest)
                    .ok()?;
                Some(sig.to_bytes().to_vec())
            }

            pub fn verify(q: &[u8], digest: &[u8], rs: &[u8]) -> bool {
                let (Ok(key), Ok(sig)) = (
                    <$vk>::from_sec1_bytes(q),
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

curve_ops!(
    p256_ops,
    p256::NistP256,
    ecdsa::SigningKey<p256::NistP256>,
    ecdsa::VerifyingKey<p256::NistP256>
);
curve_ops!(
    p384_ops,
    p384::NistP384,
    ecdsa::SigningKey<p384::NistP384>,
    ecdsa::VerifyingKey<p384::NistP384>
);
curve_ops!(
    p521_ops,
    p521::NistP521,
    p521::ecdsa::SigningKey,
    p521::ecdsa::VerifyingKey
);
curve_ops!(
    k256_ops,
    k256::Secp256k1,
    ecdsa::SigningKey<k256::Secp256k1>,
    ecdsa::VerifyingKey<k256::Secp256k1>
);

/// The host's randomness for ECDSA nonces (hedged with the key and digest by the signers).
struct HostRng;

impl elliptic_curve::rand_core::RngCore for HostRng {
    fn next_u32(&mut self) -> u32 {
        let mut b = [0u8; 4];
        host::fill_random(&mut b);
        u32::from_le_bytes(b)
    }
    fn next_u64(&mut self) -> u64 {
        let mut b = [0u8; 8];
        host::fill_random(&mut b);
        u64::from_le_bytes(b)
    }
    fn fill_bytes(&mut self, dest: &mut [u8]) {
        host::fill_random(dest);
    }
    fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), elliptic_curve::rand_core::Error> {
        host::fill_random(dest);
        Ok(())
    }
}

impl elliptic_curve::rand_core::CryptoRng for HostRng {}

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
            Curve::P521 => p521_ops::$f($($a),*),
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

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::{Digest, Sha256};

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    /// node's webcrypto vector (test/fixtures/crypto/ecdsa.js, P-256 with SHA-256).
    #[test]
    fn verifies_node_vector() {
        let q = hex("04b1d1e7da708dfadf90bc013a4009184bdb3f9065078f5598f6ad263865a387e249ebf1a514ad8c943635a66d8acd64ebf2c876e55448813f10026a5e1f0a9817");
        let msg = hex("5f4dba4f320c0ce876725afce5fbd25bf83e5a7125a08cafe73c3ebac421779df9d55d180c3ae9942645e1d82fee8c9d294b3cb1a08a9931201b3c0e81fc47cacf8315a2af66324113c3b66230c34608c4f4593634ce02b267362277f0a840ca74bc3d1a6236952c5ed7aaf8a8fecbddfa7584e6978cea5d2a5b9fb7f1b48c8b0be58a305202754d8376107374793cf026aaee5300727d836cd71e71b345ddb2e44446ffc5b901635413890d910ea380984a90191031323f16dbcc9d6be168b84885384ca03e12600ac1c248028af3726cc93463882ea8c02aab");
        let sig = hex("15f4adec59122298cd1642ee9104748c705dc6a3f70ed8222a52ee0420a35ce4c8293db29689acf24f6009b98df0cb8ec1aab17f8ad448a8c0e86843dfa824a3");
        let digest = Sha256::digest(&msg);
        assert!(verify(Curve::P256, &q, &digest, &sig));
        let mut bad = sig.clone();
        bad[5] ^= 1;
        assert!(!verify(Curve::P256, &q, &digest, &bad));
    }

    #[test]
    fn sign_verify_ecdh_round_trips() {
        for c in [Curve::P256, Curve::P384, Curve::P521, Curve::K256] {
            let (d1, q1) = generate(c);
            let (d2, q2) = generate(c);
            assert_eq!(public(c, &d1).as_deref(), Some(&q1[..]));
            let digest = [7u8; 20]; // shorter than the field, as SHA-1 on P-384
            let sig = sign(c, &d1, &digest).unwrap();
            assert!(verify(c, &q1, &digest, &sig));
            assert!(!verify(c, &q2, &digest, &sig));
            assert_eq!(ecdh(c, &d1, &q2), ecdh(c, &d2, &q1));
            let compressed = point(c, &q1, true).unwrap();
            assert_eq!(point(c, &compressed, false).as_deref(), Some(&q1[..]));
        }
        assert!(point(Curve::P256, &[4u8; 65], false).is_none());
    }
}
