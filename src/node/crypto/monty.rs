//! Modular exponentiation by Montgomery multiplication on 32-bit limbs (wasm32 multiplies
//! 32×32→64 bits natively), without allocations in the inner loop: about twice num-bigint's
//! `modpow`, which RSA signing and prime generation spend nearly all their time in. Not
//! constant-time (as num-bigint's): RSA private operations are blinded by their caller.

use num_bigint::BigUint;

/// Arithmetic modulo an odd modulus n (> 1).
pub(crate) struct Monty {
    n: Vec<u32>,
    /// −n⁻¹ mod 2³².
    n0inv: u32,
    /// R² mod n, R = 2^(32·limbs), to enter the Montgomery domain.
    rr: Vec<u32>,
}

fn limbs(x: &BigUint, len: usize) -> Vec<u32> {
    let mut v = x.to_u32_digits();
    v.resize(len, 0);
    v
}

impl Monty {
    /// None for an even modulus or one below 3.
    pub(crate) fn new(n: &BigUint) -> Option<Monty> {
        if !n.bit(0) || n.bits() < 2 {
            return None;
        }
        let len = n.to_u32_digits().len();
        let nl = limbs(n, len);
        // Newton's iteration for n0⁻¹ mod 2³² (each step doubles the correct bits).
        let mut inv: u32 = 1;
        for _ in 0..5 {
            inv = inv.wrapping_mul(2u32.wrapping_sub(nl[0].wrapping_mul(inv)));
        }
        let rr = (BigUint::from(1u32) << (64 * len)) % n;
        Some(Monty {
            rr: limbs(&rr, len),
            n: nl,
            n0inv: inv.wrapping_neg(),
        })
    }

    /// out = a·b·R⁻¹ mod n for a, b < n (CIOS); `t` is scratch of len + 2 limbs.
    fn mul(&self, a: &[u32], b: &[u32], out: &mut [u32], t: &mut [u32]) {
        let s = self.n.len();
        t.fill(0);
        for &bi in b {
            let mut c = 0u64;
            for j in 0..s {
                let x = t[j] as u64 + a[j] as u64 * bi as u64 + c;
                t[j] = x as u32;
                c = x >> 32;
            }
            let x = t[s] as u64 + c;
            t[s] = x as u32;
            t[s + 1] = (x >> 32) as u32;
            let m = t[0].wrapping_mul(self.n0inv);
            let mut c = (t[0] as u64 + m as u64 * self.n[0] as u64) >> 32;
            for j in 1..s {
                let x = t[j] as u64 + m as u64 * self.n[j] as u64 + c;
                t[j - 1] = x as u32;
                c = x >> 32;
            }
            let x = t[s] as u64 + c;
            t[s - 1] = x as u32;
            t[s] = t[s + 1] + (x >> 32) as u32;
        }
        out.copy_from_slice(&t[..s]);
        if t[s] != 0 || !lt(out, &self.n) {
            sub_in_place(out, &self.n);
        }
    }

    /// baseᵉˣᵖ mod n, with a fixed 4-bit window.
    pub(crate) fn modpow(&self, base: &BigUint, exp: &BigUint) -> BigUint {
        let s = self.n.len();
        let n = BigUint::from_slice(&self.n);
        let mut t = vec![0u32; s + 2];
        let mut one = vec![0u32; s];
        one[0] = 1;
        // table[i] = baseⁱ·R mod n
        let mut table = vec![vec![0u32; s]; 16];
        self.mul(&one, &self.rr, &mut table[0], &mut t);
        let b = limbs(&(base % &n), s);
        let mut cur = vec![0u32; s];
        self.mul(&b, &self.rr, &mut cur, &mut t);
        table[1].copy_from_slice(&cur);
        for i in 2..16 {
            let (lo, hi) = table.split_at_mut(i);
            self.mul(&lo[i - 1], &lo[1], &mut hi[0], &mut t);
        }
        let mut z = table[0].clone();
        let mut tmp = vec![0u32; s];
        let bits = exp.bits();
        let windows = bits.div_ceil(4);
        for w in (0..windows).rev() {
            for _ in 0..4 {
                self.mul(&z, &z, &mut tmp, &mut t);
                std::mem::swap(&mut z, &mut tmp);
            }
            let digit = (0..4).fold(0usize, |d, k| d | (usize::from(exp.bit(w * 4 + k)) << k));
            if digit != 0 {
                self.mul(&z, &table[digit], &mut tmp, &mut t);
                std::mem::swap(&mut z, &mut tmp);
            }
        }
        self.mul(&z, &one, &mut tmp, &mut t);
        BigUint::from_slice(&tmp)
    }
}

/// a < b, both little-endian of one length.
fn lt(a: &[u32], b: &[u32]) -> bool {
    for (x, y) in a.iter().rev().zip(b.iter().rev()) {
        if x != y {
            return x < y;
        }
    }
    false
}

/// a −= b (mod 2^(32·len)).
fn sub_in_place(a: &mut [u32], b: &[u32]) {
    let mut borrow = 0u64;
    for (x, &y) in a.iter_mut().zip(b) {
        let d = (*x as u64).wrapping_sub(y as u64).wrapping_sub(borrow);
        *x = d as u32;
        borrow = (d >> 63) & 1;
    }
}

#[cfg(test)]
mod tests {
    use super::Monty;
    use num_bigint::BigUint;

    /// Deterministic pseudo-random numbers of `limbs` 32-bit limbs.
    fn numbers(seed: u64, limbs: usize) -> impl Iterator<Item = BigUint> {
        let mut state = seed;
        std::iter::repeat_with(move || {
            let digits: Vec<u32> = (0..limbs)
                .map(|_| {
                    state = state
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    (state >> 32) as u32
                })
                .collect();
            BigUint::from_slice(&digits)
        })
    }

    #[test]
    fn modpow_matches_num_bigint() {
        for limbs in [1, 2, 3, 8, 17, 32] {
            let mut it = numbers(limbs as u64, limbs);
            for _ in 0..4 {
                let m = it.next().unwrap() | BigUint::from(1u32);
                let (b, e) = (it.next().unwrap(), it.next().unwrap());
                let Some(monty) = Monty::new(&m) else {
                    assert!(m.bits() < 2);
                    continue;
                };
                assert_eq!(monty.modpow(&b, &e), b.modpow(&e, &m), "{b} ^ {e} mod {m}");
                // A base above the modulus and the smallest exponents.
                let big = &b * &m + 5u32;
                assert_eq!(monty.modpow(&big, &e), big.modpow(&e, &m));
                for e in [0u32, 1, 2, 65537] {
                    let e = BigUint::from(e);
                    assert_eq!(monty.modpow(&b, &e), b.modpow(&e, &m));
                }
            }
        }
    }

    #[test]
    fn rejects_even_and_tiny_moduli() {
        assert!(Monty::new(&BigUint::from(10u32)).is_none());
        assert!(Monty::new(&BigUint::from(1u32)).is_none());
        assert!(Monty::new(&BigUint::from(3u32)).is_some());
    }
}
