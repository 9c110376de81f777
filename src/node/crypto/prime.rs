//! Big-number work for `crypto`: primality tests and prime generation (checkPrime,
//! generatePrime) and finite-field Diffie-Hellman (node's MODP groups, DH_check, key
//! generation and shared secrets), following OpenSSL 3's algorithms and limits.

use super::monty::Monty;
use crate::host;
use num_bigint::BigUint;
use num_traits::{One, ToPrimitive, Zero};

/// OpenSSL's DH limits (DH_MIN_MODULUS_BITS, OPENSSL_DH_MAX_MODULUS_BITS).
const DH_MIN_BITS: u64 = 512;
const DH_MAX_BITS: u64 = 10000;

/// The odd primes below 2^14 (OpenSSL's trial-division table, without 2).
fn small_primes() -> Vec<u64> {
    const N: usize = 1 << 14;
    let mut sieve = vec![true; N];
    let mut out = Vec::new();
    for i in 2..N {
        if sieve[i] {
            if i > 2 {
                out.push(i as u64);
            }
            (i * i..N).step_by(i).for_each(|j| sieve[j] = false);
        }
    }
    out
}

/// OpenSSL's calc_trial_divisions: how many small primes candidates are sieved with.
fn trial_divisions(bits: u64) -> usize {
    match bits {
        0..=512 => 64,
        513..=1024 => 128,
        1025..=2048 => 384,
        2049..=4096 => 1024,
        _ => 1800,
    }
}

/// Miller-Rabin rounds giving a false-positive rate below 2^-80 for random input
/// (OpenSSL 1.1's BN_prime_checks_for_size table).
fn default_rounds(bits: u64) -> u32 {
    match bits {
        3747.. => 3,
        1345.. => 4,
        476.. => 5,
        400.. => 6,
        347.. => 7,
        308.. => 8,
        55.. => 27,
        _ => 34,
    }
}

/// A random number below 2^bits.
fn random_bits(bits: u64) -> BigUint {
    let mut bytes = vec![0u8; bits.div_ceil(8) as usize];
    host::fill_random(&mut bytes);
    if !bits.is_multiple_of(8) {
        bytes[0] &= (1u8 << (bits % 8)) - 1;
    }
    BigUint::from_bytes_be(&bytes)
}

/// A random number in [0, bound) (bound > 0).
pub(crate) fn random_below(bound: &BigUint) -> BigUint {
    loop {
        let r = random_bits(bound.bits());
        if &r < bound {
            return r;
        }
    }
}

/// Whether `n` is a probable prime: trial division (optional), Miller-Rabin to base 2, then
/// `rounds` random bases.
pub(crate) fn is_prime(n: &BigUint, rounds: u32, trial: bool) -> bool {
    let two = BigUint::from(2u32);
    if n < &two {
        return false;
    }
    if n == &two || n == &BigUint::from(3u32) {
        return true;
    }
    if !n.bit(0) {
        return false;
    }
    if trial {
        for p in small_primes().into_iter().take(trial_divisions(n.bits())) {
            if (n % p).is_zero() {
                return *n == BigUint::from(p);
            }
        }
    }
    let n1 = n - 1u32;
    let s = n1.trailing_zeros().unwrap_or(0);
    let d = &n1 >> s;
    let monty = Monty::new(n);
    let witness = |a: &BigUint| {
        let mut x = match &monty {
            Some(m) => m.modpow(a, &d),
            None => a.modpow(&d, n),
        };
        if x.is_one() || x == n1 {
            return true;
        }
        for _ in 1..s {
            x = x.modpow(&two, n);
            if x == n1 {
                return true;
            }
        }
        false
    };
    if n > &BigUint::from(4u32) && !witness(&two) {
        return false;
    }
    let span = n - 3u32;
    (0..rounds).all(|_| span.is_zero() || witness(&(random_below(&span) + 2u32)))
}

/// `checkPrime`: `checks` rounds (0 = enough for random input), as BN_is_prime_ex.
pub(crate) fn check_prime(bytes: &[u8], checks: u32) -> bool {
    let n = BigUint::from_bytes_be(bytes);
    let rounds = if checks == 0 {
        default_rounds(n.bits())
    } else {
        checks
    };
    is_prime(&n, rounds, false)
}

/// Why a prime could not be generated (node's error for each, in crypto.js).
#[derive(Debug, Clone, Copy)]
pub(crate) enum PrimeError {
    BitsTooSmall = 1,
    DivByZero = 2,
    InvalidAdd = 3,
    InvalidRem = 4,
}

fn word(n: &BigUint) -> u64 {
    n.to_u64().unwrap_or(u64::MAX)
}

/// OpenSSL's probable_prime / bn_probable_prime_dh: a random candidate of `bits` bits (of
/// the form add·k + rem when `add` is given), stepped past small-prime factors.
fn candidate(
    bits: u64,
    safe: bool,
    add: Option<(&BigUint, Option<&BigUint>)>,
    primes: &[u64],
) -> BigUint {
    let step = match add {
        Some((a, _)) => word(a),
        None if safe => 4,
        None => 2,
    };
    let maxdelta = (u64::MAX - primes[primes.len() - 1]).min(u64::MAX - step);
    'again: loop {
        let mut rnd = random_bits(bits);
        rnd.set_bit(bits - 1, true);
        match add {
            None => {
                if bits >= 2 {
                    rnd.set_bit(bits - 2, true);
                }
                rnd.set_bit(0, true);
                if safe {
                    rnd.set_bit(1, true);
                }
            }
            Some((a, rem)) => {
                rnd -= &rnd % a;
                rnd += rem
                    .cloned()
                    .unwrap_or_else(|| BigUint::from(if safe { 3u32 } else { 1 }));
                if rnd.bits() < bits || word(&rnd) < if safe { 5 } else { 3 } {
                    rnd += a;
                }
            }
        }
        let mods: Vec<u64> = primes.iter().map(|&p| word(&(&rnd % p))).collect();
        let mut delta = 0u64;
        'sieve: loop {
            for (i, &p) in primes.iter().enumerate() {
                if bits <= 31 && delta <= 0x7fff_ffff && p * p > word(&rnd) + delta {
                    break;
                }
                let m = (mods[i] + delta) % p;
                if if safe { m <= 1 } else { m == 0 } {
                    delta += step;
                    if delta > maxdelta {
                        continue 'again;
                    }
                    continue 'sieve;
                }
            }
            break;
        }
        rnd += delta;
        if add.is_none() && rnd.bits() != bits {
            continue;
        }
        return rnd;
    }
}

/// `generatePrime` as BN_generate_prime_ex with node's checks of add and rem. Like OpenSSL,
/// it searches forever when add and rem allow no prime of the size.
pub(crate) fn generate_prime(
    bits: u64,
    safe: bool,
    add: Option<&[u8]>,
    rem: Option<&[u8]>,
) -> Result<Vec<u8>, PrimeError> {
    let add = add.map(BigUint::from_bytes_be);
    let rem = rem.map(BigUint::from_bytes_be);
    if let Some(a) = &add {
        if a.bits() > bits {
            return Err(PrimeError::InvalidAdd);
        }
        if rem.as_ref().is_some_and(|r| a <= r) {
            return Err(PrimeError::InvalidRem);
        }
    }
    if bits < 2 || (add.is_none() && safe && bits < 6 && bits != 3) {
        return Err(PrimeError::BitsTooSmall);
    }
    if add.as_ref().is_some_and(Zero::is_zero) {
        return Err(PrimeError::DivByZero);
    }
    let primes = small_primes();
    let primes = &primes[..trial_divisions(bits) - 1];
    let rounds = default_rounds(bits);
    let add = add.as_ref().map(|a| (a, rem.as_ref()));
    loop {
        let p = candidate(bits, safe, add, primes);
        let ok = if safe {
            let q = &p >> 1u32;
            is_prime(&p, 1, false)
                && is_prime(&q, 1, false)
                && is_prime(&p, rounds, false)
                && is_prime(&q, rounds, false)
        } else {
            is_prime(&p, rounds, false)
        };
        if ok {
            return Ok(p.to_bytes_be());
        }
    }
}

/// node's DiffieHellman groups (RFC 2409 and RFC 3526 MODP primes, generator 2).
const GROUPS: &[(&str, &str)] = &[
    (
        "modp1",
        concat!(
            "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD",
            "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A63A3620FFFFFFFFFFFFFFFF",
        ),
    ),
    (
        "modp2",
        concat!(
            "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD",
            "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED",
            "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE65381FFFFFFFFFFFFFFFF",
        ),
    ),
    (
        "modp5",
        concat!(
            "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD",
            "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED",
            "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F",
            "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA237327FFFFFFFFFFFFFFFF",
        ),
    ),
    (
        "modp14",
        concat!(
            "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD",
            "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED",
            "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F",
            "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B",
            "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510",
            "15728E5A8AACAA68FFFFFFFFFFFFFFFF",
        ),
    ),
    (
        "modp15",
        concat!(
            "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD",
            "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED",
            "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F",
            "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B",
            "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510",
            "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7",
            "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C",
            "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF",
        ),
    ),
    (
        "modp16",
        concat!(
            "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD",
            "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED",
            "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F",
            "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B",
            "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510",
            "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7",
            "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C",
            "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A92108011A723C12A787E6D7",
            "88719A10BDBA5B2699C327186AF4E23C1A946834B6150BDA2583E9CA2AD44CE8DBBBC2DB04DE8EF92E8EFC141FBECAA6",
            "287C59474E6BC05D99B2964FA090C3A2233BA186515BE7ED1F612970CEE2D7AFB81BDD762170481CD0069127D5B05AA9",
            "93B4EA988D8FDDC186FFB7DC90A6C08F4DF435C934063199FFFFFFFFFFFFFFFF",
        ),
    ),
    (
        "modp17",
        concat!(
            "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD",
            "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED",
            "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F",
            "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B",
            "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510",
            "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7",
            "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C",
            "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A92108011A723C12A787E6D7",
            "88719A10BDBA5B2699C327186AF4E23C1A946834B6150BDA2583E9CA2AD44CE8DBBBC2DB04DE8EF92E8EFC141FBECAA6",
            "287C59474E6BC05D99B2964FA090C3A2233BA186515BE7ED1F612970CEE2D7AFB81BDD762170481CD0069127D5B05AA9",
            "93B4EA988D8FDDC186FFB7DC90A6C08F4DF435C93402849236C3FAB4D27C7026C1D4DCB2602646DEC9751E763DBA37BD",
            "F8FF9406AD9E530EE5DB382F413001AEB06A53ED9027D831179727B0865A8918DA3EDBEBCF9B14ED44CE6CBACED4BB1B",
            "DB7F1447E6CC254B332051512BD7AF426FB8F401378CD2BF5983CA01C64B92ECF032EA15D1721D03F482D7CE6E74FEF6",
            "D55E702F46980C82B5A84031900B1C9E59E7C97FBEC7E8F323A97A7E36CC88BE0F1D45B7FF585AC54BD407B22B4154AA",
            "CC8F6D7EBF48E1D814CC5ED20F8037E0A79715EEF29BE32806A1D58BB7C5DA76F550AA3D8A1FBFF0EB19CCB1A313D55C",
            "DA56C9EC2EF29632387FE8D76E3C0468043E8F663F4860EE12BF2D5B0B7474D6E694F91E6DCC4024FFFFFFFFFFFFFFFF",
        ),
    ),
    (
        "modp18",
        concat!(
            "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD",
            "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED",
            "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F",
            "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B",
            "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510",
            "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7",
            "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C",
            "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A92108011A723C12A787E6D7",
            "88719A10BDBA5B2699C327186AF4E23C1A946834B6150BDA2583E9CA2AD44CE8DBBBC2DB04DE8EF92E8EFC141FBECAA6",
            "287C59474E6BC05D99B2964FA090C3A2233BA186515BE7ED1F612970CEE2D7AFB81BDD762170481CD0069127D5B05AA9",
            "93B4EA988D8FDDC186FFB7DC90A6C08F4DF435C93402849236C3FAB4D27C7026C1D4DCB2602646DEC9751E763DBA37BD",
            "F8FF9406AD9E530EE5DB382F413001AEB06A53ED9027D831179727B0865A8918DA3EDBEBCF9B14ED44CE6CBACED4BB1B",
            "DB7F1447E6CC254B332051512BD7AF426FB8F401378CD2BF5983CA01C64B92ECF032EA15D1721D03F482D7CE6E74FEF6",
            "D55E702F46980C82B5A84031900B1C9E59E7C97FBEC7E8F323A97A7E36CC88BE0F1D45B7FF585AC54BD407B22B4154AA",
            "CC8F6D7EBF48E1D814CC5ED20F8037E0A79715EEF29BE32806A1D58BB7C5DA76F550AA3D8A1FBFF0EB19CCB1A313D55C",
            "DA56C9EC2EF29632387FE8D76E3C0468043E8F663F4860EE12BF2D5B0B7474D6E694F91E6DBE115974A3926F12FEE5E4",
            "38777CB6A932DF8CD8BEC4D073B931BA3BC832B68D9DD300741FA7BF8AFC47ED2576F6936BA424663AAB639C5AE4F568",
            "3423B4742BF1C978238F16CBE39D652DE3FDB8BEFC848AD922222E04A4037C0713EB57A81A23F0C73473FC646CEA306B",
            "4BCBC8862F8385DDFA9D4B7FA2C087E879683303ED5BDD3A062B3CF5B3A278A66D2A13F83F44F82DDF310EE074AB6A36",
            "4597E899A0255DC164F31CC50846851DF9AB48195DED7EA1B1D510BD7EE74D73FAF36BC31ECFA268359046F4EB879F92",
            "4009438B481C6CD7889A002ED5EE382BC9190DA6FC026E479558E4475677E9AA9E3050E2765694DFC81F56E880B96E71",
            "60C980DD98EDD3DFFFFFFFFFFFFFFFFF",
        ),
    ),
];

/// The prime of one of node's DiffieHellman groups.
pub(crate) fn dh_group(name: &str) -> Option<Vec<u8>> {
    let hex = GROUPS.iter().find(|(n, _)| *n == name)?.1;
    BigUint::parse_bytes(hex.as_bytes(), 16).map(|p| p.to_bytes_be())
}

/// The private-key size OpenSSL uses for a named safe-prime group (generator 2), if `p` is one.
fn named_group_key_bits(p: &BigUint, g: &BigUint) -> Option<u64> {
    if *g != BigUint::from(2u32) || !is_known_group(p) {
        return None;
    }
    match p.bits() {
        1536 => Some(200),
        2048 => Some(225),
        3072 => Some(275),
        4096 => Some(325),
        6144 => Some(375),
        8192 => Some(400),
        _ => None,
    }
}

fn is_known_group(p: &BigUint) -> bool {
    GROUPS
        .iter()
        .any(|(_, hex)| BigUint::parse_bytes(hex.as_bytes(), 16).as_ref() == Some(p))
}

/// DH_check's flags for (p, g): 1 p not prime, 2 p not a safe prime, 8 unsuitable generator,
/// 0x80 modulus too small, 0x100 too large. The groups above are known safe primes.
pub(crate) fn dh_check(p: &[u8], g: &[u8]) -> u32 {
    let p = BigUint::from_bytes_be(p);
    let g = BigUint::from_bytes_be(g);
    let mut flags = 0;
    if !p.bit(0) {
        flags |= 1;
    }
    if g.is_zero() || g.is_one() || p.is_zero() || g >= &p - 1u32 {
        flags |= 8;
    }
    if p.bits() < DH_MIN_BITS {
        flags |= 0x80;
    }
    if p.bits() > DH_MAX_BITS {
        return flags | 0x100;
    }
    if is_known_group(&p) {
        return flags;
    }
    let rounds = default_rounds(p.bits());
    if !is_prime(&p, rounds, true) {
        flags |= 1;
    } else if !is_prime(&(&p >> 1u32), rounds, true) {
        flags |= 2;
    }
    flags
}

/// Why DH parameters or keys could not be made (node's error for each, in crypto.js).
#[derive(Debug, Clone, Copy)]
pub(crate) enum DhError {
    ModulusTooSmall = 1,
    ModulusTooLarge = 2,
    BadGenerator = 3,
    KeyTooSmall = 4,
    KeyTooLarge = 5,
    InvalidKey = 6,
}

/// DH_generate_parameters_ex: a safe prime of `bits` bits suiting generator `g`.
pub(crate) fn dh_generate_prime(bits: i64, g: i64) -> Result<Vec<u8>, DhError> {
    if bits > DH_MAX_BITS as i64 {
        return Err(DhError::ModulusTooLarge);
    }
    if bits < DH_MIN_BITS as i64 {
        return Err(DhError::ModulusTooSmall);
    }
    if g <= 1 {
        return Err(DhError::BadGenerator);
    }
    let (add, rem): (&[u8], &[u8]) = match g {
        2 => (&[24], &[23]),
        5 => (&[60], &[59]),
        _ => (&[12], &[11]),
    };
    generate_prime(bits as u64, true, Some(add), Some(rem)).map_err(|_| DhError::BadGenerator)
}

fn dh_size_check(p: &BigUint) -> Result<(), DhError> {
    if p.bits() > DH_MAX_BITS {
        return Err(DhError::ModulusTooLarge);
    }
    if p.bits() < DH_MIN_BITS {
        return Err(DhError::ModulusTooSmall);
    }
    Ok(())
}

/// DH_generate_key: (private, public), keeping a private key already set.
pub(crate) fn dh_generate_keys(
    p: &[u8],
    g: &[u8],
    private: Option<&[u8]>,
) -> Result<(Vec<u8>, Vec<u8>), DhError> {
    let p = BigUint::from_bytes_be(p);
    let g = BigUint::from_bytes_be(g);
    dh_size_check(&p)?;
    let private = match private {
        Some(k) => BigUint::from_bytes_be(k),
        None => match named_group_key_bits(&p, &g) {
            Some(n) => random_below(&((BigUint::one() << n) - 1u32)) + 1u32,
            None => {
                let mut k = random_bits(p.bits() - 1);
                k.set_bit(p.bits() - 2, true);
                k
            }
        },
    };
    let public = g.modpow(&private, &p);
    Ok((private.to_bytes_be(), public.to_bytes_be()))
}

/// DH_compute_key, zero-padded to the prime's size (all zeros for a too-small modulus, as
/// OpenSSL's 0-byte result padded by node).
pub(crate) fn dh_compute_secret(
    p: &[u8],
    private: Option<&[u8]>,
    public: &[u8],
) -> Result<Vec<u8>, DhError> {
    let p = BigUint::from_bytes_be(p);
    let size = p.bits().div_ceil(8) as usize;
    let public = BigUint::from_bytes_be(public);
    if p.bits() < DH_MIN_BITS {
        return Ok(vec![0; size]);
    }
    let pm1 = if p.is_zero() {
        BigUint::zero()
    } else {
        &p - 1u32
    };
    let ok =
        p.bits() <= DH_MAX_BITS && private.is_some() && public > BigUint::one() && public < pm1;
    let Some(private) = private.filter(|_| ok) else {
        return Err(if public <= BigUint::one() {
            DhError::KeyTooSmall
        } else if public >= pm1 {
            DhError::KeyTooLarge
        } else {
            DhError::InvalidKey
        });
    };
    let secret = public
        .modpow(&BigUint::from_bytes_be(private), &p)
        .to_bytes_be();
    let mut out = vec![0; size.saturating_sub(secret.len())];
    out.extend_from_slice(&secret);
    Ok(out)
}
