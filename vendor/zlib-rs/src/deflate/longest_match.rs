#![forbid(unsafe_code)]

//! zlib's `longest_match` (madler zlib 1.3, as Chromium's zlib builds it): walks the hash chain
//! from `cur_match` and returns the first longest match longer than `best_len`. Like zlib, it
//! verifies bytes 0 and 1 and the two bytes at the current best length before comparing, and
//! never compares byte 2 (the hash fixes it). (rjs patch: zlib-rs had zlib-ng's variant, whose
//! chain walk and tie-breaking differ.)

use crate::deflate::{State, MIN_LOOKAHEAD, STD_MAX_MATCH, STD_MIN_MATCH};

/// Returns (match length clipped to the lookahead, match start); the start is the given
/// `match_start` when no longer match was found.
pub fn longest_match(
    state: &State,
    mut cur_match: u16,
    best_len: usize,
    match_start: u16,
) -> (usize, u16) {
    let window = state.window.filled();
    let wmask = state.w_mask();
    let prev = state.prev.as_slice();
    let mut chain_length = state.max_chain_length as usize;
    let scan = state.strstart;
    // zlib never starts below MIN_MATCH - 1; below it byte 2 would go unchecked.
    let mut best_len = Ord::max(best_len, STD_MIN_MATCH - 1);
    let mut match_start = match_start;
    let mut nice_match = state.nice_match as usize;
    let max_dist = state.w_size - MIN_LOOKAHEAD;
    let limit = if scan > max_dist { scan - max_dist } else { 0 };

    // Every read below stays under strstart + STD_MAX_MATCH + 1 <= window_size - 3.
    let s0 = window[scan];
    let s1 = window[scan + 1];
    let mut scan_end1 = window[scan + best_len - 1];
    let mut scan_end = window[scan + best_len];

    if state.prev_length as usize >= state.good_match as usize {
        chain_length >>= 2;
    }
    if nice_match > state.lookahead {
        nice_match = state.lookahead;
    }

    loop {
        let m = cur_match as usize;
        if window[m + best_len] == scan_end
            && window[m + best_len - 1] == scan_end1
            && window[m] == s0
            && window[m + 1] == s1
        {
            let len = match_len_from_3(window, scan, m);
            if len > best_len {
                match_start = cur_match;
                best_len = len;
                if len >= nice_match {
                    break;
                }
                scan_end1 = window[scan + best_len - 1];
                scan_end = window[scan + best_len];
            }
        }
        cur_match = prev[m & wmask];
        if cur_match as usize <= limit {
            break;
        }
        chain_length -= 1;
        if chain_length == 0 {
            break;
        }
    }

    (Ord::min(best_len, state.lookahead), match_start)
}

/// zlib's compare loop: bytes 0-2 count as equal, then the first mismatch from byte 3 on gives
/// the length, at most STD_MAX_MATCH (byte 258 is read, as zlib reads it).
#[inline(always)]
fn match_len_from_3(window: &[u8], scan: usize, m: usize) -> usize {
    let mut i = 3;
    while i < STD_MAX_MATCH {
        let a = u64::from_le_bytes(read8(window, scan + i));
        let b = u64::from_le_bytes(read8(window, m + i));
        let x = a ^ b;
        if x != 0 {
            return Ord::min(i + (x.trailing_zeros() / 8) as usize, STD_MAX_MATCH);
        }
        i += 8;
    }
    STD_MAX_MATCH
}

#[inline(always)]
fn read8(window: &[u8], at: usize) -> [u8; 8] {
    let w = &window[at..at + 8];
    [w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]
}
