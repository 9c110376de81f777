//! RSA arithmetic for `crypto`: key generation (two primes, d = e⁻¹ mod lcm(p−1, q−1), as
//! OpenSSL 3) and the raw public and private operations; padding schemes and key encodings
//! are `node/js/crypto.js`. The private operation is blinded and uses the CRT when the primes
//! are known.

use super::monty::Monty;
use super::prime;
use num_bigint::BigUint;
use num_integer::Integer;
use num_traits::{One, Zero};

/// A private key's numbers, big-endian: n, e, d, p, q, dp, dq, qi.
pub(crate) type PrivateKey = [Vec<u8>; 8];

/// A new key of `bits` bits with public exponent `e` (odd, > 1), or None if `e` is unusable.
pub(crate) fn generate(bits: u64, e: &[u8]) -> Option<PrivateKey> {
    let e = BigUint::from_bytes_be(e);
    if e <= BigUint::one() || !e.bit(0) || bits < 16 {
        return None;
    }
    let one = BigUint::one();
    let prime_for = |size: u64| loop {
        let p = BigUint::from_bytes_be(&prime::generate_prime(size, false, None, None).ok()?);
        if (&p - &one).gcd(&e).is_one() {
            return Some(p);
        }
    };
    loop {
        let p = prime_for(bits.div_ceil(2))?;
        let q = prime_for(bits / 2)?;
        let n = &p * &q;
        if p == q || n.bits() != bits {
            continue;
        }
        let lambda = (&p - &one).lcm(&(&q - &one));
        let Some(d) = e.modinv(&lambda) else {
            continue;
        };
        // SP 800-56B: d must exceed 2^(bits/2).
        if d.bits() <= bits / 2 {
            continue;
        }
        let (p, q) = if p > q { (p, q) } else { (q, p) };
        let dp = &d % (&p - &one);
        let dq = &d % (&q - &one);
        let qi = q.modinv(&p)?;
        return Some([n, e, d, p, q, dp, dq, qi].map(|x| x.to_bytes_be()));
    }
}

/// bᵉ mod m, by Montgomery multiplication for the (odd) moduli RSA uses.
fn modpow(b: &BigUint, e: &BigUint, m: &BigUint) -> BigUint {
    match Monty::new(m) {
        Some(monty) => monty.modpow(b, e),
        None => b.modpow(e, m),
    }
}

/// `x` as exactly `len` big-endian bytes.
fn fixed(x: &BigUint, len: usize) -> Vec<u8> {
    let bytes = x.to_bytes_be();
    let mut out = vec![0u8; len.saturating_sub(bytes.len())];
    out.extend_from_slice(&bytes);
    out
}

fn byte_len(n: &BigUint) -> usize {
    n.bits().div_ceil(8) as usize
}

/// xᵉ mod n, as many bytes as n; None when x ≥ n.
pub(crate) fn public_op(n: &[u8], e: &[u8], x: &[u8]) -> Option<Vec<u8>> {
    let n = BigUint::from_bytes_be(n);
    let x = BigUint::from_bytes_be(x);
    if x >= n || n.is_zero() {
        return None;
    }
    Some(fixed(
        &x.modpow(&BigUint::from_bytes_be(e), &n),
        byte_len(&n),
    ))
}

/// xᵈ mod n for the key's numbers (n, e, d, then optionally p, q, dp, dq, qi), blinded; None
/// when x ≥ n or the key's numbers are inconsistent.
pub(crate) fn private_op(key: &[Vec<u8>], x: &[u8]) -> Option<Vec<u8>> {
    let num = |i: usize| key.get(i).map(|b| BigUint::from_bytes_be(b));
    let (n, e, d) = (num(0)?, num(1)?, num(2)?);
    let x = BigUint::from_bytes_be(x);
    if x >= n || n.is_zero() {
        return None;
    }
    // Blinding: work on x·rᵉ, then divide the result by r.
    let (r, r_inv) = loop {
        let r = prime::random_below(&n);
        if let Some(inv) = r.modinv(&n) {
            break (r, inv);
        }
    };
    let blinded = (&x * r.modpow(&e, &n)) % &n;
    let m = match (num(3), num(4), num(5), num(6), num(7)) {
        (Some(p), Some(q), Some(dp), Some(dq), Some(qi)) if !p.is_zero() && !q.is_zero() => {
            let m1 = modpow(&blinded, &dp, &p);
            let m2 = modpow(&blinded, &dq, &q);
            let h = (&qi * ((&m1 + &p) - (&m2 % &p))) % &p;
            m2 + h * q
        }
        _ => modpow(&blinded, &d, &n),
    };
    let m = (m * r_inv) % &n;
    // A fault (or wrong CRT numbers) would leak the key through the result: check it.
    if m.modpow(&e, &n) != x {
        return None;
    }
    Some(fixed(&m, byte_len(&n)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_generation_and_operations() {
        let key = generate(512, &[1, 0, 1]).unwrap();
        let n = BigUint::from_bytes_be(&key[0]);
        assert_eq!(n.bits(), 512);
        let x = [0x42u8; 40];
        let signed = private_op(&key, &x).unwrap();
        assert_eq!(signed.len(), 64);
        let back = public_op(&key[0], &key[1], &signed).unwrap();
        assert_eq!(&back[24..], &x[..]);
        // Without the CRT numbers, and with inconsistent ones.
        assert_eq!(private_op(&key[..3], &x), Some(signed));
        let mut broken = key.to_vec();
        broken[5][0] ^= 1;
        assert_eq!(private_op(&broken, &x), None);
        assert_eq!(public_op(&key[0], &key[1], &key[0]), None);
        assert!(generate(512, &[2]).is_none());
    }
}
