//! Triple DES (EDE with two or three keys) for node's des-ede* ciphers (des-ede3-cbc, des3, ...):
//! the FIPS 46-3 block cipher, table-driven over u64 bit permutations, and its ECB, CBC, CFB,
//! CFB8, CFB1 and OFB modes streamed as OpenSSL's EVP layer streams them (8-byte blocks, the last
//! block held back while decrypting with padding). Legacy code reaches for 3DES; speed is not
//! the point here, so the cipher is the textbook one (not constant-time table lookups).

use super::cipher::{cfb1_byte, FinalError};

const IP: [u8; 64] = [
    58, 50, 42, 34, 26, 18, 10, 2, 60, 52, 44, 36, 28, 20, 12, 4, 62, 54, 46, 38, 30, 22, 14, 6,
    64, 56, 48, 40, 32, 24, 16, 8, 57, 49, 41, 33, 25, 17, 9, 1, 59, 51, 43, 35, 27, 19, 11, 3, 61,
    53, 45, 37, 29, 21, 13, 5, 63, 55, 47, 39, 31, 23, 15, 7,
];
const FP: [u8; 64] = [
    40, 8, 48, 16, 56, 24, 64, 32, 39, 7, 47, 15, 55, 23, 63, 31, 38, 6, 46, 14, 54, 22, 62, 30,
    37, 5, 45, 13, 53, 21, 61, 29, 36, 4, 44, 12, 52, 20, 60, 28, 35, 3, 43, 11, 51, 19, 59, 27,
    34, 2, 42, 10, 50, 18, 58, 26, 33, 1, 41, 9, 49, 17, 57, 25,
];
const E: [u8; 48] = [
    32, 1, 2, 3, 4, 5, 4, 5, 6, 7, 8, 9, 8, 9, 10, 11, 12, 13, 12, 13, 14, 15, 16, 17, 16, 17, 18,
    19, 20, 21, 20, 21, 22, 23, 24, 25, 24, 25, 26, 27, 28, 29, 28, 29, 30, 31, 32, 1,
];
const P: [u8; 32] = [
    16, 7, 20, 21, 29, 12, 28, 17, 1, 15, 23, 26, 5, 18, 31, 10, 2, 8, 24, 14, 32, 27, 3, 9, 19,
    13, 30, 6, 22, 11, 4, 25,
];
const PC1: [u8; 56] = [
    57, 49, 41, 33, 25, 17, 9, 1, 58, 50, 42, 34, 26, 18, 10, 2, 59, 51, 43, 35, 27, 19, 11, 3, 60,
    52, 44, 36, 63, 55, 47, 39, 31, 23, 15, 7, 62, 54, 46, 38, 30, 22, 14, 6, 61, 53, 45, 37, 29,
    21, 13, 5, 28, 20, 12, 4,
];
const PC2: [u8; 48] = [
    14, 17, 11, 24, 1, 5, 3, 28, 15, 6, 21, 10, 23, 19, 12, 4, 26, 8, 16, 7, 27, 20, 13, 2, 41, 52,
    31, 37, 47, 55, 30, 40, 51, 45, 33, 48, 44, 49, 39, 56, 34, 53, 46, 42, 50, 36, 29, 32,
];
const SHIFTS: [u32; 16] = [1, 1, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 1];
/// The eight S-boxes, each 4 rows of 16.
const S: [[u8; 64]; 8] = [
    [
        14, 4, 13, 1, 2, 15, 11, 8, 3, 10, 6, 12, 5, 9, 0, 7, 0, 15, 7, 4, 14, 2, 13, 1, 10, 6, 12,
        11, 9, 5, 3, 8, 4, 1, 14, 8, 13, 6, 2, 11, 15, 12, 9, 7, 3, 10, 5, 0, 15, 12, 8, 2, 4, 9,
        1, 7, 5, 11, 3, 14, 10, 0, 6, 13,
    ],
    [
        15, 1, 8, 14, 6, 11, 3, 4, 9, 7, 2, 13, 12, 0, 5, 10, 3, 13, 4, 7, 15, 2, 8, 14, 12, 0, 1,
        10, 6, 9, 11, 5, 0, 14, 7, 11, 10, 4, 13, 1, 5, 8, 12, 6, 9, 3, 2, 15, 13, 8, 10, 1, 3, 15,
        4, 2, 11, 6, 7, 12, 0, 5, 14, 9,
    ],
    [
        10, 0, 9, 14, 6, 3, 15, 5, 1, 13, 12, 7, 11, 4, 2, 8, 13, 7, 0, 9, 3, 4, 6, 10, 2, 8, 5,
        14, 12, 11, 15, 1, 13, 6, 4, 9, 8, 15, 3, 0, 11, 1, 2, 12, 5, 10, 14, 7, 1, 10, 13, 0, 6,
        9, 8, 7, 4, 15, 14, 3, 11, 5, 2, 12,
    ],
    [
        7, 13, 14, 3, 0, 6, 9, 10, 1, 2, 8, 5, 11, 12, 4, 15, 13, 8, 11, 5, 6, 15, 0, 3, 4, 7, 2,
        12, 1, 10, 14, 9, 10, 6, 9, 0, 12, 11, 7, 13, 15, 1, 3, 14, 5, 2, 8, 4, 3, 15, 0, 6, 10, 1,
        13, 8, 9, 4, 5, 11, 12, 7, 2, 14,
    ],
    [
        2, 12, 4, 1, 7, 10, 11, 6, 8, 5, 3, 15, 13, 0, 14, 9, 14, 11, 2, 12, 4, 7, 13, 1, 5, 0, 15,
        10, 3, 9, 8, 6, 4, 2, 1, 11, 10, 13, 7, 8, 15, 9, 12, 5, 6, 3, 0, 14, 11, 8, 12, 7, 1, 14,
        2, 13, 6, 15, 0, 9, 10, 4, 5, 3,
    ],
    [
        12, 1, 10, 15, 9, 2, 6, 8, 0, 13, 3, 4, 14, 7, 5, 11, 10, 15, 4, 2, 7, 12, 9, 5, 6, 1, 13,
        14, 0, 11, 3, 8, 9, 14, 15, 5, 2, 8, 12, 3, 7, 0, 4, 10, 1, 13, 11, 6, 4, 3, 2, 12, 9, 5,
        15, 10, 11, 14, 1, 7, 6, 0, 8, 13,
    ],
    [
        4, 11, 2, 14, 15, 0, 8, 13, 3, 12, 9, 7, 5, 10, 6, 1, 13, 0, 11, 7, 4, 9, 1, 10, 14, 3, 5,
        12, 2, 15, 8, 6, 1, 4, 11, 13, 12, 3, 7, 14, 10, 15, 6, 8, 0, 5, 9, 2, 6, 11, 13, 8, 1, 4,
        10, 7, 9, 5, 0, 15, 14, 2, 3, 12,
    ],
    [
        13, 2, 8, 4, 6, 15, 11, 1, 10, 9, 3, 14, 5, 0, 12, 7, 1, 15, 13, 8, 10, 3, 7, 4, 12, 5, 6,
        11, 0, 14, 9, 2, 7, 11, 4, 1, 9, 12, 14, 2, 0, 6, 10, 13, 15, 3, 5, 8, 2, 1, 14, 7, 4, 10,
        8, 13, 15, 12, 9, 0, 3, 5, 6, 11,
    ],
];

/// The bits of the `width`-bit `input` picked by `table` (1-based, most significant first).
fn permute(input: u64, width: u32, table: &[u8]) -> u64 {
    table.iter().fold(0, |out, &pos| {
        (out << 1) | ((input >> (width - u32::from(pos))) & 1)
    })
}

/// DES's round function.
fn feistel(r: u32, subkey: u64) -> u32 {
    let x = permute(u64::from(r), 32, &E) ^ subkey;
    let s = S.iter().enumerate().fold(0u64, |out, (i, sbox)| {
        let six = (x >> (42 - 6 * i)) & 0x3f;
        let row = ((six >> 4) & 2) | (six & 1);
        let col = (six >> 1) & 0xf;
        (out << 4) | u64::from(sbox[(row * 16 + col) as usize])
    });
    permute(s, 32, &P) as u32
}

struct Des {
    subkeys: [u64; 16],
}

impl Des {
    fn new(key: &[u8]) -> Des {
        let k = u64::from_be_bytes(key.try_into().unwrap_or([0; 8]));
        let cd = permute(k, 64, &PC1);
        let (mut c, mut d) = ((cd >> 28) as u32, (cd & 0x0fff_ffff) as u32);
        let rot = |v: u32, n: u32| ((v << n) | (v >> (28 - n))) & 0x0fff_ffff;
        let mut subkeys = [0u64; 16];
        for (sk, &n) in subkeys.iter_mut().zip(&SHIFTS) {
            c = rot(c, n);
            d = rot(d, n);
            *sk = permute((u64::from(c) << 28) | u64::from(d), 56, &PC2);
        }
        Des { subkeys }
    }

    fn crypt(&self, block: u64, decrypt: bool) -> u64 {
        let ip = permute(block, 64, &IP);
        let (mut l, mut r) = ((ip >> 32) as u32, ip as u32);
        for i in 0..16 {
            let k = self.subkeys[if decrypt { 15 - i } else { i }];
            (l, r) = (r, l ^ feistel(r, k));
        }
        permute((u64::from(r) << 32) | u64::from(l), 64, &FP)
    }
}

/// EDE: encrypt with k1, decrypt with k2, encrypt with k3 (k3 = k1 for a 16-byte key).
struct Des3([Des; 3]);

impl Des3 {
    fn new(key: &[u8]) -> Des3 {
        let k3 = if key.len() == 24 {
            &key[16..24]
        } else {
            &key[..8]
        };
        Des3([Des::new(&key[..8]), Des::new(&key[8..16]), Des::new(k3)])
    }

    fn enc(&self, b: &mut [u8; 8]) {
        let [k1, k2, k3] = &self.0;
        let x = k3.crypt(
            k2.crypt(k1.crypt(u64::from_be_bytes(*b), false), true),
            false,
        );
        *b = x.to_be_bytes();
    }

    fn dec(&self, b: &mut [u8; 8]) {
        let [k1, k2, k3] = &self.0;
        let x = k1.crypt(
            k2.crypt(k3.crypt(u64::from_be_bytes(*b), true), false),
            true,
        );
        *b = x.to_be_bytes();
    }
}

#[derive(Clone, Copy, PartialEq)]
pub(crate) enum DesMode {
    Ecb,
    Cbc,
    Cfb,
    Cfb8,
    Cfb1,
    Ofb,
}

/// Parses a 3DES cipher name (lower case) into its mode and key length.
pub(crate) fn spec(name: &str) -> Option<(DesMode, usize)> {
    let name = if name == "des3" { "des-ede3-cbc" } else { name };
    let rest = name.strip_prefix("des-ede")?;
    let (key_len, mode) = match rest.strip_prefix('3') {
        Some(m) => (24, m),
        None => (16, rest),
    };
    let mode = match mode {
        "" | "-ecb" => DesMode::Ecb,
        "-cbc" => DesMode::Cbc,
        "-cfb" => DesMode::Cfb,
        "-cfb8" if key_len == 24 => DesMode::Cfb8,
        "-cfb1" if key_len == 24 => DesMode::Cfb1,
        "-ofb" => DesMode::Ofb,
        _ => return None,
    };
    Some((mode, key_len))
}

fn block_of(s: &[u8]) -> [u8; 8] {
    let mut b = [0u8; 8];
    b.copy_from_slice(&s[..8]);
    b
}

fn xor_in(dst: &mut [u8; 8], src: &[u8; 8]) {
    dst.iter_mut().zip(src).for_each(|(a, b)| *a ^= b);
}

/// A 3DES cipher in progress.
pub(crate) struct DesEngine {
    des: Des3,
    mode: DesMode,
    /// CBC's chaining block, or the CFB/OFB shift register.
    reg: [u8; 8],
    /// ECB/CBC: input not yet a whole block (or held back). CFB/OFB: unused.
    buf: Vec<u8>,
    /// CFB/OFB: the current keystream block and how much of it is used.
    ks: [u8; 8],
    pos: usize,
}

impl DesEngine {
    pub(crate) fn new(mode: DesMode, key: &[u8], iv: &[u8]) -> DesEngine {
        let mut reg = [0u8; 8];
        if iv.len() == 8 {
            reg.copy_from_slice(iv);
        }
        DesEngine {
            des: Des3::new(key),
            mode,
            reg,
            buf: Vec::new(),
            ks: [0; 8],
            pos: 8,
        }
    }

    fn block(&mut self, b: &mut [u8; 8], encrypt: bool) {
        let cbc = self.mode == DesMode::Cbc;
        if encrypt {
            if cbc {
                xor_in(b, &self.reg);
            }
            self.des.enc(b);
            if cbc {
                self.reg = *b;
            }
        } else {
            let c = *b;
            self.des.dec(b);
            if cbc {
                xor_in(b, &self.reg);
                self.reg = c;
            }
        }
    }

    fn stream(&mut self, data: &mut [u8], encrypt: bool) {
        for byte in data {
            if self.mode == DesMode::Cfb1 {
                let des = &self.des;
                *byte = cfb1_byte(*byte, encrypt, &mut self.reg, |r| {
                    let mut k = block_of(r);
                    des.enc(&mut k);
                    k[0]
                });
                continue;
            }
            if self.mode == DesMode::Cfb8 {
                let mut ks = self.reg;
                self.des.enc(&mut ks);
                let c = if encrypt { *byte ^ ks[0] } else { *byte };
                *byte ^= ks[0];
                self.reg.copy_within(1.., 0);
                self.reg[7] = c;
                continue;
            }
            if self.pos == 8 {
                self.ks = self.reg;
                self.des.enc(&mut self.ks);
                if self.mode == DesMode::Ofb {
                    self.reg = self.ks;
                }
                self.pos = 0;
            }
            let c = if encrypt {
                *byte ^ self.ks[self.pos]
            } else {
                *byte
            };
            *byte ^= self.ks[self.pos];
            if self.mode == DesMode::Cfb {
                self.reg[self.pos] = c;
            }
            self.pos += 1;
        }
    }

    pub(crate) fn update(&mut self, input: &[u8], encrypt: bool, padding: bool) -> Vec<u8> {
        if !matches!(self.mode, DesMode::Ecb | DesMode::Cbc) {
            let mut out = input.to_vec();
            self.stream(&mut out, encrypt);
            return out;
        }
        self.buf.extend_from_slice(input);
        let len = self.buf.len();
        let keep = if !encrypt && padding && len.is_multiple_of(8) {
            len.min(8)
        } else {
            len % 8
        };
        let mut out: Vec<u8> = self.buf.drain(..len - keep).collect();
        for chunk in out.chunks_exact_mut(8) {
            let mut b = block_of(chunk);
            self.block(&mut b, encrypt);
            chunk.copy_from_slice(&b);
        }
        out
    }

    pub(crate) fn finish(mut self, encrypt: bool, padding: bool) -> Result<Vec<u8>, FinalError> {
        if !matches!(self.mode, DesMode::Ecb | DesMode::Cbc) {
            return Ok(Vec::new());
        }
        let mut buf = std::mem::take(&mut self.buf);
        if !padding {
            // A block held back before padding was switched off is still to be decrypted.
            if !buf.len().is_multiple_of(8) {
                return Err(FinalError::WrongFinalBlockLength);
            }
            for chunk in buf.chunks_exact_mut(8) {
                let mut b = block_of(chunk);
                self.block(&mut b, encrypt);
                chunk.copy_from_slice(&b);
            }
            return Ok(buf);
        }
        if encrypt {
            let pad = 8 - buf.len();
            buf.resize(8, pad as u8);
            let mut b = block_of(&buf);
            self.block(&mut b, true);
            return Ok(b.to_vec());
        }
        if buf.len() != 8 {
            return Err(FinalError::WrongFinalBlockLength);
        }
        let mut b = block_of(&buf);
        self.block(&mut b, false);
        let pad = b[7] as usize;
        if pad == 0 || pad > 8 || b[8 - pad..].iter().any(|&x| x as usize != pad) {
            return Err(FinalError::BadDecrypt);
        }
        Ok(b[..8 - pad].to_vec())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn des_known_answer() {
        // The classic worked example (key 133457799BBCDFF1).
        let des = Des::new(&0x1334_5779_9BBC_DFF1u64.to_be_bytes());
        let c = des.crypt(0x0123_4567_89AB_CDEF, false);
        assert_eq!(c, 0x85E8_1354_0F0A_B405);
        assert_eq!(des.crypt(c, true), 0x0123_4567_89AB_CDEF);
    }

    #[test]
    fn names() {
        assert!(spec("des-ede3-cbc") == Some((DesMode::Cbc, 24)));
        assert!(spec("des3") == Some((DesMode::Cbc, 24)));
        assert!(spec("des-ede") == Some((DesMode::Ecb, 16)));
        assert!(spec("des-ede-cfb8").is_none());
        assert!(spec("des-cbc").is_none());
    }
}
