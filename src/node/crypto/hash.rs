//! Digests for `crypto`: the algorithm table (OpenSSL's names and aliases as node accepts
//! them), incremental hash/HMAC/SHAKE states behind one trait object, and the PBKDF2 and HKDF
//! derivations built on them.

use digest::{DynDigest, ExtendableOutput, Update, XofReader};

/// A digest algorithm node knows by name.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Alg {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
    Sha512_224,
    Sha512_256,
    Sha3_224,
    Sha3_256,
    Sha3_384,
    Sha3_512,
    Shake128,
    Shake256,
    Ripemd160,
    Blake2b512,
    Blake2s256,
    Sm3,
    Md5Sha1,
}

/// The algorithm for a name, case-insensitively, with OpenSSL's aliases.
pub(crate) fn lookup(name: &str) -> Option<Alg> {
    let lower = name.to_ascii_lowercase();
    let rsa = lower.starts_with("rsa-");
    let n = lower.strip_prefix("rsa-").unwrap_or(&lower);
    let n = n
        .strip_prefix("id-rsassa-pkcs1-v1_5-with-")
        .or_else(|| n.strip_suffix("withrsaencryption"))
        .or_else(|| n.strip_suffix("withrsa"))
        .unwrap_or(n);
    Some(match n {
        "md5" | "ssl3-md5" => Alg::Md5,
        "sha1" | "sha-1" | "ssl3-sha1" => Alg::Sha1,
        "sha1-2" if rsa => Alg::Sha1,
        "sha224" | "sha-224" | "sha2-224" => Alg::Sha224,
        "sha256" | "sha-256" | "sha2-256" => Alg::Sha256,
        "sha384" | "sha-384" | "sha2-384" => Alg::Sha384,
        "sha512" | "sha-512" | "sha2-512" => Alg::Sha512,
        "sha512-224" | "sha-512/224" | "sha2-512/224" => Alg::Sha512_224,
        "sha512/224" if rsa => Alg::Sha512_224,
        "sha512-256" | "sha-512/256" | "sha2-512/256" => Alg::Sha512_256,
        "sha512/256" if rsa => Alg::Sha512_256,
        "sha3-224" => Alg::Sha3_224,
        "sha3-256" => Alg::Sha3_256,
        "sha3-384" => Alg::Sha3_384,
        "sha3-512" => Alg::Sha3_512,
        "shake128" | "shake-128" => Alg::Shake128,
        "shake256" | "shake-256" => Alg::Shake256,
        "ripemd160" | "ripemd" | "rmd160" | "ripemd-160" => Alg::Ripemd160,
        "blake2b512" => Alg::Blake2b512,
        "blake2s256" => Alg::Blake2s256,
        "sm3" => Alg::Sm3,
        "md5-sha1" => Alg::Md5Sha1,
        _ => return None,
    })
}

impl Alg {
    /// A fresh fixed-output hasher (None for the SHAKE XOFs).
    pub(crate) fn fixed(self) -> Option<Box<dyn DynDigest>> {
        Some(match self {
            Alg::Md5 => Box::new(md5::Md5::default()),
            Alg::Sha1 => Box::new(sha1::Sha1::default()),
            Alg::Sha224 => Box::new(sha2::Sha224::default()),
            Alg::Sha256 => Box::new(sha2::Sha256::default()),
            Alg::Sha384 => Box::new(sha2::Sha384::default()),
            Alg::Sha512 => Box::new(sha2::Sha512::default()),
            Alg::Sha512_224 => Box::new(sha2::Sha512_224::default()),
            Alg::Sha512_256 => Box::new(sha2::Sha512_256::default()),
            Alg::Sha3_224 => Box::new(sha3::Sha3_224::default()),
            Alg::Sha3_256 => Box::new(sha3::Sha3_256::default()),
            Alg::Sha3_384 => Box::new(sha3::Sha3_384::default()),
            Alg::Sha3_512 => Box::new(sha3::Sha3_512::default()),
            Alg::Ripemd160 => Box::new(ripemd::Ripemd160::default()),
            Alg::Blake2b512 => Box::new(blake2::Blake2b512::default()),
            Alg::Blake2s256 => Box::new(blake2::Blake2s256::default()),
            Alg::Sm3 => Box::new(sm3::Sm3::default()),
            Alg::Md5Sha1 => Box::new(Md5Sha1::default()),
            Alg::Shake128 | Alg::Shake256 => return None,
        })
    }

    /// The HMAC block size in bytes.
    fn block_size(self) -> usize {
        match self {
            Alg::Sha384 | Alg::Sha512 | Alg::Sha512_224 | Alg::Sha512_256 | Alg::Blake2b512 => 128,
            Alg::Sha3_224 => 144,
            Alg::Sha3_256 => 136,
            Alg::Sha3_384 => 104,
            Alg::Sha3_512 => 72,
            Alg::Shake128 => 168,
            Alg::Shake256 => 136,
            _ => 64,
        }
    }
}

/// SSL 3's md5-sha1: both digests side by side (36 bytes).
#[derive(Clone, Default)]
struct Md5Sha1(md5::Md5, sha1::Sha1);

impl DynDigest for Md5Sha1 {
    fn update(&mut self, data: &[u8]) {
        Update::update(&mut self.0, data);
        Update::update(&mut self.1, data);
    }
    fn finalize_into(mut self, buf: &mut [u8]) -> Result<(), digest::InvalidBufferSize> {
        self.finalize_into_reset(buf)
    }
    fn finalize_into_reset(&mut self, out: &mut [u8]) -> Result<(), digest::InvalidBufferSize> {
        if out.len() != 36 {
            return Err(digest::InvalidBufferSize);
        }
        let (a, b) = out.split_at_mut(16);
        DynDigest::finalize_into_reset(&mut self.0, a)?;
        DynDigest::finalize_into_reset(&mut self.1, b)
    }
    fn reset(&mut self) {
        *self = Self::default();
    }
    fn output_size(&self) -> usize {
        36
    }
    fn box_clone(&self) -> Box<dyn DynDigest> {
        Box::new(self.clone())
    }
}

#[derive(Clone)]
pub(crate) enum Xof {
    S128(sha3::Shake128),
    S256(sha3::Shake256),
}

impl Xof {
    /// Node's output length when `outputLength` is not given.
    pub(crate) fn default_len(&self) -> usize {
        match self {
            Xof::S128(_) => 16,
            Xof::S256(_) => 32,
        }
    }
}

/// A hash, HMAC or SHAKE computation in progress.
pub(crate) enum Hasher {
    Fixed(Box<dyn DynDigest>),
    Xof(Box<Xof>, usize),
    Hmac {
        inner: Box<dyn DynDigest>,
        outer: Box<dyn DynDigest>,
    },
}

impl Clone for Hasher {
    fn clone(&self) -> Self {
        match self {
            Hasher::Fixed(h) => Hasher::Fixed(h.box_clone()),
            Hasher::Xof(x, n) => Hasher::Xof(x.clone(), *n),
            Hasher::Hmac { inner, outer } => Hasher::Hmac {
                inner: inner.box_clone(),
                outer: outer.box_clone(),
            },
        }
    }
}

/// Why a hash could not be created.
pub(crate) enum HashError {
    Unknown,
    /// `outputLength` given for a fixed-size digest with a different size.
    NotXof,
}

impl Hasher {
    /// A hash of `alg`; `xof_len` is `options.outputLength` when given.
    pub(crate) fn hash(alg: Alg, xof_len: Option<usize>) -> Result<Hasher, HashError> {
        match alg {
            Alg::Shake128 => Ok(Hasher::Xof(
                Box::new(Xof::S128(Default::default())),
                xof_len.unwrap_or(16),
            )),
            Alg::Shake256 => Ok(Hasher::Xof(
                Box::new(Xof::S256(Default::default())),
                xof_len.unwrap_or(32),
            )),
            _ => {
                let h = alg.fixed().ok_or(HashError::Unknown)?;
                match xof_len {
                    Some(n) if n != h.output_size() => Err(HashError::NotXof),
                    _ => Ok(Hasher::Fixed(h)),
                }
            }
        }
    }

    /// An HMAC keyed with `key` (None for the XOFs, which have no HMAC).
    pub(crate) fn hmac(alg: Alg, key: &[u8]) -> Option<Hasher> {
        let mut inner = alg.fixed()?;
        let block = alg.block_size();
        let mut k = if key.len() > block {
            inner.update(key);
            inner.finalize_reset().into_vec()
        } else {
            key.to_vec()
        };
        k.resize(block, 0);
        let mut outer = inner.box_clone();
        let ipad: Vec<u8> = k.iter().map(|b| b ^ 0x36).collect();
        let opad: Vec<u8> = k.iter().map(|b| b ^ 0x5c).collect();
        inner.update(&ipad);
        outer.update(&opad);
        Some(Hasher::Hmac { inner, outer })
    }

    pub(crate) fn update(&mut self, data: &[u8]) {
        match self {
            Hasher::Fixed(h) => h.update(data),
            Hasher::Xof(x, _) => match x.as_mut() {
                Xof::S128(h) => Update::update(h, data),
                Xof::S256(h) => Update::update(h, data),
            },
            Hasher::Hmac { inner, .. } => inner.update(data),
        }
    }

    pub(crate) fn finish(self) -> Vec<u8> {
        match self {
            Hasher::Fixed(h) => h.finalize().into_vec(),
            Hasher::Xof(x, n) => {
                let mut out = vec![0u8; n];
                match *x {
                    Xof::S128(h) => h.finalize_xof().read(&mut out),
                    Xof::S256(h) => h.finalize_xof().read(&mut out),
                }
                out
            }
            Hasher::Hmac { inner, mut outer } => {
                outer.update(&inner.finalize());
                outer.finalize().into_vec()
            }
        }
    }
}

/// PBKDF2-HMAC with any fixed-output digest. The common ones go through the `pbkdf2` crate
/// (monomorphic, no per-round allocation); the rest through the boxed HMAC.
pub(crate) fn pbkdf2(alg: Alg, password: &[u8], salt: &[u8], rounds: u32, out: &mut [u8]) -> bool {
    use hmac::Hmac;
    use pbkdf2::pbkdf2 as p;
    let r = match alg {
        Alg::Md5 => p::<Hmac<md5::Md5>>(password, salt, rounds, out),
        Alg::Sha1 => p::<Hmac<sha1::Sha1>>(password, salt, rounds, out),
        Alg::Sha224 => p::<Hmac<sha2::Sha224>>(password, salt, rounds, out),
        Alg::Sha256 => p::<Hmac<sha2::Sha256>>(password, salt, rounds, out),
        Alg::Sha384 => p::<Hmac<sha2::Sha384>>(password, salt, rounds, out),
        Alg::Sha512 => p::<Hmac<sha2::Sha512>>(password, salt, rounds, out),
        _ => {
            let Some(mac) = Hasher::hmac(alg, password) else {
                return false;
            };
            let mut block_index = 1u32;
            for chunk in out.chunks_mut(alg.fixed().map_or(1, |h| h.output_size())) {
                let mut m = mac.clone();
                m.update(salt);
                m.update(&block_index.to_be_bytes());
                let mut u = m.finish();
                let mut t = u.clone();
                for _ in 1..rounds {
                    let mut m = mac.clone();
                    m.update(&u);
                    u = m.finish();
                    t.iter_mut().zip(&u).for_each(|(a, b)| *a ^= b);
                }
                chunk.copy_from_slice(&t[..chunk.len()]);
                block_index = block_index.wrapping_add(1);
            }
            Ok(())
        }
    };
    r.is_ok()
}

/// The digest's output size (0 for the XOFs).
pub(crate) fn output_size(alg: Alg) -> usize {
    alg.fixed().map_or(0, |h| h.output_size())
}

/// HKDF (RFC 5869) extract-and-expand; false for an XOF digest. `out.len()` must be at most
/// 255 × the digest size (the caller checks).
pub(crate) fn hkdf(alg: Alg, ikm: &[u8], salt: &[u8], info: &[u8], out: &mut [u8]) -> bool {
    let hash_len = output_size(alg);
    if hash_len == 0 {
        return false;
    }
    // An absent salt is a string of hash_len zeros; HMAC pads short keys with zeros anyway.
    let Some(mut extract) = Hasher::hmac(alg, salt) else {
        return false;
    };
    extract.update(ikm);
    let prk = extract.finish();
    let Some(expand) = Hasher::hmac(alg, &prk) else {
        return false;
    };
    let mut prev: Vec<u8> = Vec::new();
    for (i, chunk) in out.chunks_mut(hash_len).enumerate() {
        let mut m = expand.clone();
        m.update(&prev);
        m.update(info);
        m.update(&[(i + 1) as u8]);
        prev = m.finish();
        chunk.copy_from_slice(&prev[..chunk.len()]);
    }
    true
}
