//! Symmetric ciphers for `crypto.createCipheriv`/`createDecipheriv`: AES-128/192/256 in ECB,
//! CBC, CTR, CFB, CFB8, CFB1, OFB, GCM, CCM, OCB and XTS, ChaCha20 and ChaCha20-Poly1305 (Triple
//! DES is in `des.rs`). The modes are streamed here over the `aes` block cipher the way OpenSSL's
//! EVP layer streams them: partial blocks carried across updates, the last block held back while
//! decrypting with padding, AEAD tags produced or checked in final.

use aes::cipher::{
    generic_array::GenericArray, BlockDecrypt, BlockEncrypt, KeyInit, KeyIvInit, StreamCipher,
    StreamCipherSeek,
};
use poly1305::universal_hash::UniversalHash;

use super::des;

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Ecb,
    Cbc,
    Ctr,
    Cfb,
    Cfb8,
    Cfb1,
    Ofb,
    Gcm,
    Xts,
    Ocb,
    Ccm,
    ChaCha20,
    ChaChaPoly,
}

/// Parses a cipher name (any case, OpenSSL's aliases) into its mode and key length.
fn spec(name: &str) -> Option<(Mode, usize)> {
    let n = name.to_ascii_lowercase();
    let n = match n.as_str() {
        "aes128" => "aes-128-cbc",
        "aes192" => "aes-192-cbc",
        "aes256" => "aes-256-cbc",
        "id-aes128-gcm" => "aes-128-gcm",
        "id-aes192-gcm" => "aes-192-gcm",
        "id-aes256-gcm" => "aes-256-gcm",
        "id-aes128-ccm" => "aes-128-ccm",
        "id-aes192-ccm" => "aes-192-ccm",
        "id-aes256-ccm" => "aes-256-ccm",
        "chacha20" => return Some((Mode::ChaCha20, 32)),
        "chacha20-poly1305" => return Some((Mode::ChaChaPoly, 32)),
        other => other,
    };
    let rest = n.strip_prefix("aes-")?;
    let (bits, mode) = rest.split_once('-')?;
    let key_len = match bits {
        "128" => 16,
        "192" => 24,
        "256" => 32,
        _ => return None,
    };
    let mode = match mode {
        "ecb" => Mode::Ecb,
        "cbc" => Mode::Cbc,
        "ctr" => Mode::Ctr,
        "cfb" => Mode::Cfb,
        "cfb8" => Mode::Cfb8,
        "cfb1" => Mode::Cfb1,
        "ofb" => Mode::Ofb,
        "gcm" => Mode::Gcm,
        "ccm" => Mode::Ccm,
        "ocb" => Mode::Ocb,
        // XTS takes two AES keys; OpenSSL has no 192-bit XTS.
        "xts" if key_len != 24 => return Some((Mode::Xts, key_len * 2)),
        _ => return None,
    };
    Some((mode, key_len))
}

enum Aes {
    A128(aes::Aes128),
    A192(aes::Aes192),
    A256(aes::Aes256),
}

impl Aes {
    fn new(key: &[u8]) -> Option<Aes> {
        Some(match key.len() {
            16 => Aes::A128(aes::Aes128::new_from_slice(key).ok()?),
            24 => Aes::A192(aes::Aes192::new_from_slice(key).ok()?),
            32 => Aes::A256(aes::Aes256::new_from_slice(key).ok()?),
            _ => return None,
        })
    }
    fn enc(&self, b: &mut [u8; 16]) {
        let b = GenericArray::from_mut_slice(b);
        match self {
            Aes::A128(c) => c.encrypt_block(b),
            Aes::A192(c) => c.encrypt_block(b),
            Aes::A256(c) => c.encrypt_block(b),
        }
    }
    fn dec(&self, b: &mut [u8; 16]) {
        let b = GenericArray::from_mut_slice(b);
        match self {
            Aes::A128(c) => c.decrypt_block(b),
            Aes::A192(c) => c.decrypt_block(b),
            Aes::A256(c) => c.decrypt_block(b),
        }
    }
    /// Encrypts or decrypts whole 16-byte blocks in place, several at a time (the bitsliced
    /// software AES works on blocks in parallel).
    fn blocks(&self, data: &mut [u8], encrypt: bool) {
        for batch in data.chunks_mut(16 * BATCH) {
            let mut blocks: Vec<aes::Block> = batch
                .chunks_exact(16)
                .map(GenericArray::clone_from_slice)
                .collect();
            match (self, encrypt) {
                (Aes::A128(c), true) => c.encrypt_blocks(&mut blocks),
                (Aes::A192(c), true) => c.encrypt_blocks(&mut blocks),
                (Aes::A256(c), true) => c.encrypt_blocks(&mut blocks),
                (Aes::A128(c), false) => c.decrypt_blocks(&mut blocks),
                (Aes::A192(c), false) => c.decrypt_blocks(&mut blocks),
                (Aes::A256(c), false) => c.decrypt_blocks(&mut blocks),
            }
            for (dst, b) in batch.chunks_exact_mut(16).zip(&blocks) {
                dst.copy_from_slice(b);
            }
        }
    }
}

/// One byte through 1-bit CFB (OpenSSL's CRYPTO_cfb128_1_encrypt), most significant bit first:
/// each bit is XORed with the top bit of the encrypted register, whose contents shift left by one
/// bit to take the ciphertext bit. `first_byte` encrypts the register and gives its first byte.
pub(crate) fn cfb1_byte(
    byte: u8,
    encrypt: bool,
    reg: &mut [u8],
    mut first_byte: impl FnMut(&[u8]) -> u8,
) -> u8 {
    let mut out = 0u8;
    for i in (0..8).rev() {
        let in_bit = (byte >> i) & 1;
        let out_bit = in_bit ^ (first_byte(reg) >> 7);
        out |= out_bit << i;
        let c_bit = if encrypt { out_bit } else { in_bit };
        for j in 0..reg.len() {
            let next = reg.get(j + 1).map_or(c_bit, |b| b >> 7);
            reg[j] = (reg[j] << 1) | next;
        }
    }
    out
}

/// OCB (RFC 7253) over AES, streamed as OpenSSL's: whole blocks go out as they come, a partial
/// last block waits for final, which also makes the tag.
pub(crate) struct Ocb {
    aes: Aes,
    l_star: [u8; 16],
    l_dollar: [u8; 16],
    /// L_0, L_1, ... as far as the block count has needed.
    l: Vec<[u8; 16]>,
    offset: [u8; 16],
    checksum: [u8; 16],
    blocks: u64,
    buf: Vec<u8>,
    aad_sum: [u8; 16],
    started: bool,
}

/// Doubling in GF(2^128), big-endian (OCB's and CMAC's).
fn double(b: &[u8; 16]) -> [u8; 16] {
    let mut out = [0u8; 16];
    for i in 0..16 {
        out[i] = (b[i] << 1) | b.get(i + 1).map_or(0, |n| n >> 7);
    }
    out[15] ^= (b[0] >> 7) * 0x87;
    out
}

impl Ocb {
    fn new(aes: Aes, nonce: &[u8], tag_len: usize) -> Ocb {
        let mut l_star = [0u8; 16];
        aes.enc(&mut l_star);
        let l_dollar = double(&l_star);
        let mut n = [0u8; 16];
        n[16 - nonce.len()..].copy_from_slice(nonce);
        n[15 - nonce.len()] |= 1;
        n[0] |= (((tag_len * 8) % 128) as u8) << 1;
        let bottom = usize::from(n[15] & 0x3f);
        n[15] &= 0xc0;
        aes.enc(&mut n);
        let mut stretch = [0u8; 24];
        stretch[..16].copy_from_slice(&n);
        for i in 0..8 {
            stretch[16 + i] = n[i] ^ n[i + 1];
        }
        let (bytes, bits) = (bottom / 8, bottom % 8);
        let mut offset = [0u8; 16];
        for (i, o) in offset.iter_mut().enumerate() {
            let hi = stretch[i + bytes] << bits;
            let lo = if bits == 0 {
                0
            } else {
                stretch[i + bytes + 1] >> (8 - bits)
            };
            *o = hi | lo;
        }
        Ocb {
            l: vec![double(&l_dollar)],
            aes,
            l_star,
            l_dollar,
            offset,
            checksum: [0; 16],
            blocks: 0,
            buf: Vec::new(),
            aad_sum: [0; 16],
            started: false,
        }
    }

    /// L_{ntz(i)} for block number i (from 1).
    fn l_for(&mut self, i: u64) -> [u8; 16] {
        let ntz = i.trailing_zeros() as usize;
        while self.l.len() <= ntz {
            let next = double(&self.l[self.l.len() - 1]);
            self.l.push(next);
        }
        self.l[ntz]
    }

    /// HASH(K, A) of the associated data; false once the message started.
    fn aad(&mut self, data: &[u8]) -> bool {
        if self.started {
            return false;
        }
        let (mut offset, mut sum) = ([0u8; 16], [0u8; 16]);
        let full = data.len() / 16;
        for (i, block) in data.chunks_exact(16).enumerate() {
            xor_in(&mut offset, &self.l_for(i as u64 + 1));
            let mut b = block_of(block);
            xor_in(&mut b, &offset);
            self.aes.enc(&mut b);
            xor_in(&mut sum, &b);
        }
        let tail = &data[full * 16..];
        if !tail.is_empty() {
            xor_in(&mut offset, &self.l_star);
            let mut b = [0u8; 16];
            b[..tail.len()].copy_from_slice(tail);
            b[tail.len()] = 0x80;
            xor_in(&mut b, &offset);
            self.aes.enc(&mut b);
            xor_in(&mut sum, &b);
        }
        self.aad_sum = sum;
        true
    }

    fn update(&mut self, input: &[u8], encrypt: bool) -> Vec<u8> {
        self.started = true;
        self.buf.extend_from_slice(input);
        let whole = self.buf.len() / 16 * 16;
        let data: Vec<u8> = self.buf.drain(..whole).collect();
        let mut out = Vec::with_capacity(whole);
        for block in data.chunks_exact(16) {
            self.blocks += 1;
            let l = self.l_for(self.blocks);
            xor_in(&mut self.offset, &l);
            let mut b = block_of(block);
            if encrypt {
                xor_in(&mut self.checksum, &b);
            }
            xor_in(&mut b, &self.offset);
            if encrypt {
                self.aes.enc(&mut b);
            } else {
                self.aes.dec(&mut b);
            }
            xor_in(&mut b, &self.offset);
            if !encrypt {
                xor_in(&mut self.checksum, &b);
            }
            out.extend_from_slice(&b);
        }
        out
    }

    /// The partial last block's bytes and the full tag.
    fn finish(&mut self, encrypt: bool) -> (Vec<u8>, [u8; 16]) {
        let mut last = Vec::new();
        if !self.buf.is_empty() {
            xor_in(&mut self.offset, &self.l_star);
            let mut pad = self.offset;
            self.aes.enc(&mut pad);
            last = self.buf.iter().zip(&pad).map(|(a, b)| a ^ b).collect();
            let plain = if encrypt { &self.buf } else { &last };
            let mut p = [0u8; 16];
            p[..plain.len()].copy_from_slice(plain);
            p[plain.len()] = 0x80;
            xor_in(&mut self.checksum, &p);
        }
        let mut tag = self.checksum;
        xor_in(&mut tag, &self.offset);
        xor_in(&mut tag, &self.l_dollar);
        self.aes.enc(&mut tag);
        xor_in(&mut tag, &self.aad_sum);
        (last, tag)
    }
}

/// XTS's tweak for the next block: times x in GF(2^128), little-endian (IEEE 1619).
fn xts_next(t: &mut [u8; 16]) {
    let carry = t[15] >> 7;
    for i in (1..16).rev() {
        t[i] = (t[i] << 1) | (t[i - 1] >> 7);
    }
    t[0] = (t[0] << 1) ^ (carry * 0x87);
}

/// One XTS block: (block ^ t) through AES, ^ t.
fn xts_block(aes: &Aes, block: &[u8], t: &[u8; 16], encrypt: bool) -> [u8; 16] {
    let mut b = block_of(block);
    xor_in(&mut b, t);
    if encrypt {
        aes.enc(&mut b);
    } else {
        aes.dec(&mut b);
    }
    xor_in(&mut b, t);
    b
}

/// One XTS data unit (at least a block), a partial last block by ciphertext stealing; None for
/// less than a block, as OpenSSL refuses it.
fn xts(aes: &Aes, mut t: [u8; 16], input: &[u8], encrypt: bool) -> Option<Vec<u8>> {
    if input.len() < 16 {
        return None;
    }
    let rem = input.len() % 16;
    // Whole blocks before the stealing pair (the last whole block when there is a remainder).
    let plain_blocks = input.len() / 16 - usize::from(rem != 0);
    let mut out = Vec::with_capacity(input.len());
    for block in input.chunks_exact(16).take(plain_blocks) {
        out.extend_from_slice(&xts_block(aes, block, &t, encrypt));
        xts_next(&mut t);
    }
    if rem != 0 {
        let at = plain_blocks * 16;
        let (last_full, tail) = (&input[at..at + 16], &input[at + 16..]);
        let mut t_next = t;
        xts_next(&mut t_next);
        // Decrypting, the stolen block used the later tweak.
        let (first_t, second_t) = if encrypt { (t, t_next) } else { (t_next, t) };
        let mid = xts_block(aes, last_full, &first_t, encrypt);
        let mut joined = [0u8; 16];
        joined[..rem].copy_from_slice(tail);
        joined[rem..].copy_from_slice(&mid[rem..]);
        out.extend_from_slice(&xts_block(aes, &joined, &second_t, encrypt));
        out.extend_from_slice(&mid[..rem]);
    }
    Some(out)
}

/// Blocks per batched AES call.
const BATCH: usize = 64;

/// XORs `data` with a counter-mode keystream: `ctr` is the next counter block (its last
/// `width` bytes count), `ks[pos..]` the unused rest of the current keystream block.
fn ctr_xor(
    aes: &Aes,
    ctr: &mut [u8; 16],
    width: usize,
    ks: &mut [u8; 16],
    pos: &mut usize,
    data: &mut [u8],
) {
    let mut i = 0;
    while *pos < 16 && i < data.len() {
        data[i] ^= ks[*pos];
        *pos += 1;
        i += 1;
    }
    let rest = &mut data[i..];
    let full = rest.len() / 16 * 16;
    let mut stream = vec![0u8; full.min(16 * BATCH)];
    for chunk in rest[..full].chunks_mut(16 * BATCH) {
        let stream = &mut stream[..chunk.len()];
        for block in stream.chunks_exact_mut(16) {
            block.copy_from_slice(ctr);
            increment(ctr, width);
        }
        aes.blocks(stream, true);
        chunk
            .iter_mut()
            .zip(stream.iter())
            .for_each(|(a, b)| *a ^= b);
    }
    for byte in rest[full..].iter_mut() {
        if *pos == 16 {
            *ks = *ctr;
            aes.enc(ks);
            increment(ctr, width);
            *pos = 0;
        }
        *byte ^= ks[*pos];
        *pos += 1;
    }
}

fn block_of(s: &[u8]) -> [u8; 16] {
    let mut b = [0u8; 16];
    b.copy_from_slice(&s[..16]);
    b
}

fn xor_in(dst: &mut [u8; 16], src: &[u8; 16]) {
    dst.iter_mut().zip(src).for_each(|(a, b)| *a ^= b);
}

/// Increments the last `width` bytes of `ctr` as a big-endian counter.
fn increment(ctr: &mut [u8; 16], width: usize) {
    for b in ctr[16 - width..].iter_mut().rev() {
        *b = b.wrapping_add(1);
        if *b != 0 {
            break;
        }
    }
}

/// CCM's CBC-MAC (RFC 3610) of `aad` and the plaintext `msg` under `nonce`, for an `m`-byte tag.
fn ccm_mac(aes: &Aes, nonce: &[u8], aad: &[u8], msg: &[u8], m: usize) -> [u8; 16] {
    let l = 15 - nonce.len();
    let mut x = [0u8; 16];
    x[0] = (if aad.is_empty() { 0 } else { 0x40 }) | (((m - 2) / 2) << 3) as u8 | (l - 1) as u8;
    x[1..=nonce.len()].copy_from_slice(nonce);
    let len = (msg.len() as u64).to_be_bytes();
    x[16 - l..].copy_from_slice(&len[8 - l..]);
    aes.enc(&mut x);
    let mut absorb = |data: &[u8]| {
        for chunk in data.chunks(16) {
            let mut b = [0u8; 16];
            b[..chunk.len()].copy_from_slice(chunk);
            xor_in(&mut x, &b);
            aes.enc(&mut x);
        }
    };
    if !aad.is_empty() {
        let mut head = match aad.len() {
            n if n < 0xff00 => (n as u16).to_be_bytes().to_vec(),
            n if (n as u64) < 1 << 32 => [&[0xff, 0xfe][..], &(n as u32).to_be_bytes()].concat(),
            n => [&[0xff, 0xff][..], &(n as u64).to_be_bytes()].concat(),
        };
        head.extend_from_slice(aad);
        absorb(&head);
    }
    absorb(msg);
    x
}

/// CCM's counter blocks: `A_0` (which masks the tag) and, from 1, the data's keystream.
fn ccm_counter(nonce: &[u8]) -> [u8; 16] {
    let mut a = [0u8; 16];
    a[0] = (14 - nonce.len()) as u8;
    a[1..=nonce.len()].copy_from_slice(nonce);
    a
}

fn valid_ccm_tag(n: usize) -> bool {
    (4..=16).contains(&n) && n.is_multiple_of(2)
}

/// An AEAD's MAC input (AAD, then data, each zero-padded to 16 bytes), fed in any pieces.
struct MacStream<U: UniversalHash> {
    mac: U,
    partial: Vec<u8>,
    aad_len: u64,
    data_len: u64,
    in_data: bool,
}

impl<U: UniversalHash> MacStream<U> {
    fn new(mac: U) -> Self {
        MacStream {
            mac,
            partial: Vec::with_capacity(16),
            aad_len: 0,
            data_len: 0,
            in_data: false,
        }
    }
    fn absorb(&mut self, mut data: &[u8]) {
        if !self.partial.is_empty() {
            let take = (16 - self.partial.len()).min(data.len());
            self.partial.extend_from_slice(&data[..take]);
            data = &data[take..];
            if self.partial.len() < 16 {
                return;
            }
            self.mac.update_padded(&self.partial);
            self.partial.clear();
        }
        let full = data.len() / 16 * 16;
        if full > 0 {
            self.mac.update_padded(&data[..full]);
        }
        self.partial.extend_from_slice(&data[full..]);
    }
    fn flush(&mut self) {
        if !self.partial.is_empty() {
            self.mac.update_padded(&self.partial);
            self.partial.clear();
        }
    }
    fn aad(&mut self, data: &[u8]) -> bool {
        if self.in_data {
            return false;
        }
        self.aad_len += data.len() as u64;
        self.absorb(data);
        true
    }
    fn data(&mut self, data: &[u8]) {
        if data.is_empty() {
            return;
        }
        if !self.in_data {
            self.flush();
            self.in_data = true;
        }
        self.data_len += data.len() as u64;
        self.absorb(data);
    }
    /// Pads the last piece and appends the length block (big-endian bit counts for GCM,
    /// little-endian byte counts for ChaCha20-Poly1305).
    fn finish(mut self, gcm: bool) -> [u8; 16] {
        self.flush();
        let mut lens = [0u8; 16];
        if gcm {
            lens[..8].copy_from_slice(&(self.aad_len.wrapping_mul(8)).to_be_bytes());
            lens[8..].copy_from_slice(&(self.data_len.wrapping_mul(8)).to_be_bytes());
        } else {
            lens[..8].copy_from_slice(&self.aad_len.to_le_bytes());
            lens[8..].copy_from_slice(&self.data_len.to_le_bytes());
        }
        self.mac.update_padded(&lens);
        block_of(&self.mac.finalize())
    }
}

enum Engine {
    /// ECB and CBC: whole blocks, with PKCS#7 padding when enabled.
    Block {
        aes: Aes,
        cbc: bool,
        chain: [u8; 16],
        buf: Vec<u8>,
    },
    /// CTR, CFB, CFB8 and OFB: AES as a keystream generator.
    Stream {
        aes: Aes,
        mode: Mode,
        reg: [u8; 16],
        ks: [u8; 16],
        pos: usize,
    },
    Gcm {
        aes: Aes,
        j0: [u8; 16],
        ctr: [u8; 16],
        ks: [u8; 16],
        pos: usize,
        mac: MacStream<ghash::GHash>,
    },
    /// CCM as OpenSSL runs it: one update holds the whole message (its length declared by
    /// setAAD's plaintextLength or by that update).
    Ccm {
        aes: Aes,
        nonce: Vec<u8>,
        aad: Vec<u8>,
        msg_len: Option<usize>,
        /// Encrypting: the unmasked-then-masked full tag, once the message went through.
        mac: Option<[u8; 16]>,
        /// The message went through (a second update fails).
        used: bool,
        /// Decrypting: the message did not authenticate (or came without a tag, twice, or at
        /// another length than declared); final reports it.
        failed: bool,
    },
    ChaCha(chacha20::ChaCha20),
    ChaChaPoly {
        cipher: chacha20::ChaCha20,
        mac: MacStream<poly1305::Poly1305>,
    },
    Des(des::DesEngine),
    Ocb(Box<Ocb>),
    /// XTS: each update is one data unit under the cipher's tweak (OpenSSL keeps the IV).
    Xts {
        data_key: Aes,
        tweak: [u8; 16],
    },
}

/// Why `Cipher::new` failed, in node's order of checks.
pub(crate) enum InitError {
    UnknownCipher = 1,
    InvalidIv = 2,
    InvalidKeyLen = 3,
    InvalidAuthTag = 4,
    /// CCM without options.authTagLength.
    AuthTagRequired = 5,
    /// An encrypting XTS cipher whose two keys are equal.
    XtsDuplicatedKeys = 6,
}

/// Why `final` failed.
pub(crate) enum FinalError {
    InvalidState = 0,
    BadDecrypt = 1,
    WrongFinalBlockLength = 2,
    Authenticate = 3,
    /// An encrypting CCM finalised before any update (OpenSSL: tag not set).
    TagNotSet = 4,
}

/// A `Cipheriv`/`Decipheriv` handle's state.
pub(crate) struct Cipher {
    encrypt: bool,
    padding: bool,
    /// None once final ran (OpenSSL's context is freed then).
    engine: Option<Engine>,
    /// The AEAD tag length: from `authTagLength`, `setAuthTag`, or 16 after an encrypting final.
    tag_len: Option<usize>,
    /// The tag given to `setAuthTag` (decrypt) or computed by final (encrypt).
    tag: Option<Vec<u8>>,
}

fn valid_gcm_tag(n: usize) -> bool {
    n == 4 || n == 8 || (12..=16).contains(&n)
}

impl Cipher {
    /// Node's `CipherBase::InitIv`; `tag_len` is `options.authTagLength` when given.
    pub(crate) fn new(
        name: &str,
        key: &[u8],
        iv: &[u8],
        encrypt: bool,
        tag_len: Option<usize>,
    ) -> Result<Cipher, InitError> {
        if let Some((mode, key_len)) = des::spec(&name.to_ascii_lowercase()) {
            return Cipher::new_des(mode, key_len, key, iv, encrypt);
        }
        let (mode, key_len) = spec(name).ok_or(InitError::UnknownCipher)?;
        let expected_iv = match mode {
            Mode::Ecb => 0,
            Mode::Gcm | Mode::Ccm | Mode::ChaChaPoly | Mode::Ocb => 12,
            _ => 16,
        };
        let aead = matches!(mode, Mode::Gcm | Mode::Ccm | Mode::ChaChaPoly | Mode::Ocb);
        if iv.is_empty() && expected_iv != 0 {
            return Err(InitError::InvalidIv);
        }
        if !aead && !iv.is_empty() && iv.len() != expected_iv {
            return Err(InitError::InvalidIv);
        }
        let mut tag_len = tag_len;
        match mode {
            Mode::Gcm => {
                if iv.len() > 128 {
                    return Err(InitError::InvalidIv);
                }
                if tag_len.is_some_and(|n| !valid_gcm_tag(n)) {
                    return Err(InitError::InvalidAuthTag);
                }
            }
            Mode::Ccm => {
                if !(7..=13).contains(&iv.len()) {
                    return Err(InitError::InvalidIv);
                }
                match tag_len {
                    None => return Err(InitError::AuthTagRequired),
                    Some(n) if !valid_ccm_tag(n) => return Err(InitError::InvalidAuthTag),
                    Some(_) => {}
                }
            }
            Mode::Ocb => {
                if !(1..=15).contains(&iv.len()) {
                    return Err(InitError::InvalidIv);
                }
                match tag_len {
                    None => return Err(InitError::AuthTagRequired),
                    Some(n) if n == 0 || n > 16 => return Err(InitError::InvalidAuthTag),
                    Some(_) => {}
                }
            }
            Mode::ChaChaPoly => {
                if iv.len() != 12 {
                    return Err(InitError::InvalidIv);
                }
                let n = tag_len.unwrap_or(16);
                if n == 0 || n > 16 {
                    return Err(InitError::InvalidAuthTag);
                }
                tag_len = Some(n);
            }
            _ => tag_len = None,
        }
        if key.len() != key_len {
            return Err(InitError::InvalidKeyLen);
        }
        let engine = match mode {
            Mode::Xts => {
                let (k1, k2) = key.split_at(key_len / 2);
                if encrypt && k1 == k2 {
                    return Err(InitError::XtsDuplicatedKeys);
                }
                let mut tweak = block_of(iv);
                Aes::new(k2)
                    .ok_or(InitError::InvalidKeyLen)?
                    .enc(&mut tweak);
                let data_key = Aes::new(k1).ok_or(InitError::InvalidKeyLen)?;
                Engine::Xts { data_key, tweak }
            }
            Mode::ChaCha20 | Mode::ChaChaPoly => {
                let nonce = if mode == Mode::ChaCha20 { &iv[4..] } else { iv };
                let mut cipher = chacha20::ChaCha20::new_from_slices(key, nonce)
                    .map_err(|_| InitError::InvalidIv)?;
                if mode == Mode::ChaCha20 {
                    // OpenSSL's 16-byte IV: a little-endian block counter, then the nonce.
                    let counter = u32::from_le_bytes([iv[0], iv[1], iv[2], iv[3]]);
                    cipher
                        .try_seek(u64::from(counter) * 64)
                        .map_err(|_| InitError::InvalidIv)?;
                    Engine::ChaCha(cipher)
                } else {
                    let mut otk = [0u8; 64];
                    cipher.apply_keystream(&mut otk);
                    let mac = poly1305::Poly1305::new(GenericArray::from_slice(&otk[..32]));
                    Engine::ChaChaPoly {
                        cipher,
                        mac: MacStream::new(mac),
                    }
                }
            }
            _ => {
                let aes = Aes::new(key).ok_or(InitError::InvalidKeyLen)?;
                let mut reg = [0u8; 16];
                if mode == Mode::Ocb {
                    let ocb = Ocb::new(aes, iv, tag_len.unwrap_or(16));
                    return Ok(Cipher {
                        encrypt,
                        padding: true,
                        engine: Some(Engine::Ocb(Box::new(ocb))),
                        tag_len,
                        tag: None,
                    });
                }
                if mode == Mode::Ccm {
                    return Ok(Cipher {
                        encrypt,
                        padding: true,
                        engine: Some(Engine::Ccm {
                            aes,
                            nonce: iv.to_vec(),
                            aad: Vec::new(),
                            msg_len: None,
                            mac: None,
                            used: false,
                            failed: false,
                        }),
                        tag_len,
                        tag: None,
                    });
                }
                if mode != Mode::Gcm && iv.len() == 16 {
                    reg.copy_from_slice(iv);
                }
                match mode {
                    Mode::Ecb | Mode::Cbc => Engine::Block {
                        aes,
                        cbc: mode == Mode::Cbc,
                        chain: reg,
                        buf: Vec::new(),
                    },
                    Mode::Gcm => {
                        let mut h = [0u8; 16];
                        aes.enc(&mut h);
                        let j0 = if iv.len() == 12 {
                            let mut j = [0u8; 16];
                            j[..12].copy_from_slice(iv);
                            j[15] = 1;
                            j
                        } else {
                            let mut g = ghash::GHash::new(GenericArray::from_slice(&h));
                            g.update_padded(iv);
                            let mut lens = [0u8; 16];
                            lens[8..].copy_from_slice(&((iv.len() as u64) * 8).to_be_bytes());
                            g.update_padded(&lens);
                            block_of(&g.finalize())
                        };
                        let mut ctr = j0;
                        increment(&mut ctr, 4);
                        let mac = MacStream::new(ghash::GHash::new(GenericArray::from_slice(&h)));
                        Engine::Gcm {
                            aes,
                            j0,
                            ctr,
                            ks: [0; 16],
                            pos: 16,
                            mac,
                        }
                    }
                    _ => Engine::Stream {
                        aes,
                        mode,
                        reg,
                        ks: [0; 16],
                        pos: 16,
                    },
                }
            }
        };
        Ok(Cipher {
            encrypt,
            padding: true,
            engine: Some(engine),
            tag_len,
            tag: None,
        })
    }

    /// A Triple DES cipher: 8-byte IVs (none in ECB), 16- or 24-byte keys.
    fn new_des(
        mode: des::DesMode,
        key_len: usize,
        key: &[u8],
        iv: &[u8],
        encrypt: bool,
    ) -> Result<Cipher, InitError> {
        let iv_len = if mode == des::DesMode::Ecb { 0 } else { 8 };
        if iv.len() != iv_len {
            return Err(InitError::InvalidIv);
        }
        if key.len() != key_len {
            return Err(InitError::InvalidKeyLen);
        }
        Ok(Cipher {
            encrypt,
            padding: true,
            engine: Some(Engine::Des(des::DesEngine::new(mode, key, iv))),
            tag_len: None,
            tag: None,
        })
    }

    /// `update`: None when the cipher is finished (or a ChaCha20 counter ran out).
    pub(crate) fn update(&mut self, input: &[u8]) -> Option<Vec<u8>> {
        let encrypt = self.encrypt;
        let padding = self.padding;
        let tag_len = self.tag_len.unwrap_or(16);
        let expected_tag = self.tag.clone();
        match self.engine.as_mut()? {
            Engine::Ccm {
                aes,
                nonce,
                aad,
                msg_len,
                mac,
                used,
                failed,
            } => {
                let refused = *used || msg_len.is_some_and(|n| n != input.len());
                if encrypt && refused {
                    return None;
                }
                // A decrypting CCM never throws here: node remembers the failure for final.
                if refused || (!encrypt && expected_tag.is_none()) {
                    *failed = true;
                    return Some(Vec::new());
                }
                *used = true;
                let mut out = input.to_vec();
                let mut ctr = ccm_counter(nonce);
                let mut s0 = ctr;
                aes.enc(&mut s0);
                increment(&mut ctr, 15 - nonce.len());
                let (mut ks, mut pos) = ([0u8; 16], 16);
                ctr_xor(aes, &mut ctr, 15 - nonce.len(), &mut ks, &mut pos, &mut out);
                let plain = if encrypt { input } else { &out[..] };
                let mut tag = ccm_mac(aes, nonce, aad, plain, tag_len);
                xor_in(&mut tag, &s0);
                if encrypt {
                    *mac = Some(tag);
                    return Some(out);
                }
                let given = expected_tag.unwrap_or_default();
                if given.len() != tag_len
                    || given.iter().zip(&tag).fold(0u8, |d, (a, b)| d | (a ^ b)) != 0
                {
                    *failed = true;
                    return Some(Vec::new());
                }
                Some(out)
            }
            Engine::Block {
                aes,
                cbc,
                chain,
                buf,
            } => {
                buf.extend_from_slice(input);
                let len = buf.len();
                let keep = if !encrypt && padding && len % 16 == 0 {
                    len.min(16)
                } else {
                    len % 16
                };
                let mut out: Vec<u8> = buf.drain(..len - keep).collect();
                if encrypt && *cbc {
                    for block in out.chunks_exact_mut(16) {
                        let mut b = block_of(block);
                        xor_in(&mut b, chain);
                        aes.enc(&mut b);
                        *chain = b;
                        block.copy_from_slice(&b);
                    }
                } else if *cbc {
                    let last = out.len().checked_sub(16).map(|at| block_of(&out[at..]));
                    let ciphertext = out.clone();
                    aes.blocks(&mut out, false);
                    let prev = std::iter::once(&chain[..]).chain(ciphertext.chunks_exact(16));
                    for (block, p) in out.chunks_exact_mut(16).zip(prev) {
                        block.iter_mut().zip(p).for_each(|(a, b)| *a ^= b);
                    }
                    if let Some(last) = last {
                        *chain = last;
                    }
                } else {
                    aes.blocks(&mut out, encrypt);
                }
                Some(out)
            }
            Engine::Stream {
                aes,
                mode,
                reg,
                ks,
                pos,
            } => {
                let mut out = input.to_vec();
                if *mode == Mode::Ctr {
                    ctr_xor(aes, reg, 16, ks, pos, &mut out);
                    return Some(out);
                }
                for byte in out.iter_mut() {
                    if *mode == Mode::Cfb1 {
                        *byte = cfb1_byte(*byte, encrypt, reg, |r| {
                            let mut k = block_of(r);
                            aes.enc(&mut k);
                            k[0]
                        });
                        continue;
                    }
                    if *mode == Mode::Cfb8 {
                        let mut k = *reg;
                        aes.enc(&mut k);
                        let c = if encrypt { *byte ^ k[0] } else { *byte };
                        *byte ^= k[0];
                        reg.copy_within(1.., 0);
                        reg[15] = c;
                        continue;
                    }
                    if *pos == 16 {
                        *ks = *reg;
                        aes.enc(ks);
                        if *mode == Mode::Ofb {
                            *reg = *ks;
                        }
                        *pos = 0;
                    }
                    let c_in = *byte;
                    *byte ^= ks[*pos];
                    if *mode == Mode::Cfb {
                        reg[*pos] = if encrypt { *byte } else { c_in };
                    }
                    *pos += 1;
                }
                Some(out)
            }
            Engine::Gcm {
                aes,
                ctr,
                ks,
                pos,
                mac,
                ..
            } => {
                if !encrypt {
                    mac.data(input);
                }
                let mut out = input.to_vec();
                ctr_xor(aes, ctr, 4, ks, pos, &mut out);
                if encrypt {
                    mac.data(&out);
                }
                Some(out)
            }
            Engine::ChaCha(c) => {
                let mut out = input.to_vec();
                c.try_apply_keystream(&mut out).ok()?;
                Some(out)
            }
            Engine::ChaChaPoly { cipher, mac } => {
                if !encrypt {
                    mac.data(input);
                }
                let mut out = input.to_vec();
                cipher.try_apply_keystream(&mut out).ok()?;
                if encrypt {
                    mac.data(&out);
                }
                Some(out)
            }
            Engine::Des(d) => Some(d.update(input, encrypt, padding)),
            Engine::Xts { data_key, tweak } => xts(data_key, *tweak, input, encrypt),
            Engine::Ocb(ocb) => Some(ocb.update(input, encrypt)),
        }
    }

    /// `final`: the last bytes; the cipher is finished afterwards whatever the outcome.
    pub(crate) fn finish(&mut self) -> Result<Vec<u8>, FinalError> {
        let engine = self.engine.take().ok_or(FinalError::InvalidState)?;
        match engine {
            Engine::Block {
                aes,
                cbc,
                chain,
                mut buf,
            } => {
                if self.encrypt {
                    if !self.padding {
                        return if buf.is_empty() {
                            Ok(buf)
                        } else {
                            Err(FinalError::WrongFinalBlockLength)
                        };
                    }
                    let pad = 16 - buf.len();
                    buf.resize(16, pad as u8);
                    let mut b = block_of(&buf);
                    if cbc {
                        xor_in(&mut b, &chain);
                    }
                    aes.enc(&mut b);
                    return Ok(b.to_vec());
                }
                if !self.padding {
                    // A block held back before padding was switched off is still plaintext.
                    if buf.len() % 16 != 0 {
                        return Err(FinalError::WrongFinalBlockLength);
                    }
                    let mut chain = chain;
                    for block in buf.chunks_exact_mut(16) {
                        let mut b = block_of(block);
                        let c = b;
                        aes.dec(&mut b);
                        if cbc {
                            xor_in(&mut b, &chain);
                        }
                        chain = c;
                        block.copy_from_slice(&b);
                    }
                    return Ok(buf);
                }
                if buf.len() != 16 {
                    return Err(FinalError::WrongFinalBlockLength);
                }
                let mut b = block_of(&buf);
                aes.dec(&mut b);
                if cbc {
                    xor_in(&mut b, &chain);
                }
                let pad = b[15] as usize;
                if pad == 0 || pad > 16 || b[16 - pad..].iter().any(|&x| x as usize != pad) {
                    return Err(FinalError::BadDecrypt);
                }
                Ok(b[..16 - pad].to_vec())
            }
            Engine::Stream { .. } | Engine::ChaCha(_) | Engine::Xts { .. } => Ok(Vec::new()),
            Engine::Ocb(mut ocb) => {
                let (last, tag) = ocb.finish(self.encrypt);
                self.settle_tag(&tag).map(|_| last)
            }
            Engine::Des(d) => d.finish(self.encrypt, self.padding),
            Engine::Ccm { mac, failed, .. } => match (self.encrypt, mac) {
                (true, Some(tag)) => self.settle_tag(&tag),
                (true, None) => Err(FinalError::TagNotSet),
                (false, _) if failed => Err(FinalError::Authenticate),
                (false, _) => Ok(Vec::new()),
            },
            Engine::Gcm { aes, j0, mac, .. } => {
                let mut tag = j0;
                aes.enc(&mut tag);
                xor_in(&mut tag, &mac.finish(true));
                self.settle_tag(&tag)
            }
            Engine::ChaChaPoly { mac, .. } => {
                let tag = mac.finish(false);
                self.settle_tag(&tag)
            }
        }
    }

    /// Encrypting: keeps the tag for `getAuthTag`. Decrypting: checks the expected tag.
    fn settle_tag(&mut self, full: &[u8; 16]) -> Result<Vec<u8>, FinalError> {
        if self.encrypt {
            let n = *self.tag_len.get_or_insert(16);
            self.tag = Some(full[..n.min(16)].to_vec());
            return Ok(Vec::new());
        }
        match &self.tag {
            Some(t)
                if t.len() <= 16 && t.iter().zip(full).fold(0u8, |d, (a, b)| d | (a ^ b)) == 0 =>
            {
                Ok(Vec::new())
            }
            _ => Err(FinalError::Authenticate),
        }
    }

    pub(crate) fn set_auto_padding(&mut self, on: bool) -> bool {
        if self.engine.is_none() {
            return false;
        }
        self.padding = on;
        true
    }

    fn is_aead(&self) -> bool {
        matches!(
            self.engine,
            Some(
                Engine::Gcm { .. }
                    | Engine::Ccm { .. }
                    | Engine::ChaChaPoly { .. }
                    | Engine::Ocb(_)
            )
        )
    }

    /// The tag after an encrypting final, else None.
    pub(crate) fn auth_tag(&self) -> Option<Vec<u8>> {
        if self.engine.is_some() || !self.encrypt {
            return None;
        }
        self.tag.clone()
    }

    /// `setAuthTag`: Ok(false) in the wrong state, Err(()) for a tag of invalid length.
    pub(crate) fn set_auth_tag(&mut self, tag: &[u8]) -> Result<bool, ()> {
        if !self.is_aead() || self.encrypt || self.tag.is_some() {
            return Ok(false);
        }
        let valid = if matches!(self.engine, Some(Engine::Gcm { .. })) {
            self.tag_len.is_none_or(|n| n == tag.len()) && valid_gcm_tag(tag.len())
        } else {
            self.tag_len == Some(tag.len())
        };
        if !valid {
            return Err(());
        }
        self.tag_len = Some(tag.len());
        self.tag = Some(tag.to_vec());
        Ok(true)
    }

    /// `setAAD`: false unless an AEAD still before its data. CCM takes the message length
    /// with it (node requires plaintextLength there); after its message it ignores both.
    pub(crate) fn set_aad(&mut self, data: &[u8], plaintext_len: Option<usize>) -> bool {
        match self.engine.as_mut() {
            Some(Engine::Ccm {
                aad, msg_len, used, ..
            }) => {
                if !*used {
                    *aad = data.to_vec();
                    *msg_len = plaintext_len;
                }
                true
            }
            Some(Engine::Gcm { mac, .. }) => mac.aad(data),
            Some(Engine::ChaChaPoly { mac, .. }) => mac.aad(data),
            Some(Engine::Ocb(ocb)) => ocb.aad(data),
            _ => false,
        }
    }
}
