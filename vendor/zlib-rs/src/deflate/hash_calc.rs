#![forbid(unsafe_code)]

//! String insertion into the hash chains, as Chromium's zlib (node's) does it: its "ANZAC"
//! multiplicative hash of the 4 bytes at the string (`contrib/optimizations/insert_string.h`,
//! `insert_string_c`), masked to `hash_bits = max(15, memLevel + 7)` bits, for every level.
//! (rjs patch: zlib-rs used zlib-ng's hash here, and a rolling hash at level 9.)

use crate::deflate::State;

pub struct StandardHashCalc;

impl StandardHashCalc {
    /// The hash of the 4 little-endian bytes `val`, masked to the stream's hash size.
    #[inline(always)]
    pub fn hash(state: &State, val: u32) -> usize {
        ((val.wrapping_mul(66521).wrapping_add(66521) >> 16) & state.hash_mask) as usize
    }

    /// zlib's `insert_string`: links `string` in at the head of its chain and returns the
    /// previous head (0 for none).
    #[inline(always)]
    pub fn quick_insert_string(state: &mut State, string: usize) -> u16 {
        let window = state.window.filled();
        // Chromium's window has zeroed padding after it: the string 3 bytes before the end of
        // a full window reads a 0 as its 4th byte.
        let val = match window.get(string..string + 4) {
            Some(w) => u32::from_le_bytes([w[0], w[1], w[2], w[3]]),
            None => {
                let mut b = [0u8; 4];
                for (i, v) in b.iter_mut().enumerate() {
                    *v = window.get(string + i).copied().unwrap_or(0);
                }
                u32::from_le_bytes(b)
            }
        };
        let hm = Self::hash(state, val);
        let head = state.head.as_slice()[hm];
        let w_mask = state.w_mask();
        state.prev.as_mut_slice()[string & w_mask] = head;
        state.head.as_mut_slice()[hm] = string as u16;
        head
    }

    /// Inserts the `count` strings starting at `string`, one after another.
    pub fn insert_string(state: &mut State, string: usize, count: usize) {
        for s in string..string + count {
            Self::quick_insert_string(state, s);
        }
    }
}
