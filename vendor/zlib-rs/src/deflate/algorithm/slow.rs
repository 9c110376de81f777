#![forbid(unsafe_code)]

//! madler zlib's `deflate_slow` (levels 4-9: lazy match evaluation, TOO_FAR), as Chromium's
//! zlib runs it with its 4-byte hash. (rjs patch: zlib-rs had zlib-ng's variant, without
//! TOO_FAR and with a different longest_match at level 9.)

use super::flush_block;
use crate::{
    deflate::{
        fill_window, flush_block_only, BlockState, DeflateStream, Strategy, MIN_LOOKAHEAD,
        STD_MIN_MATCH,
    },
    DeflateFlush,
};

/// Matches of length 3 are discarded if their distance exceeds this (zlib's TOO_FAR).
const TOO_FAR: usize = 4096;

pub fn deflate_slow(stream: &mut DeflateStream, flush: DeflateFlush) -> BlockState {
    loop {
        // Make sure that we always have enough lookahead, except at the end of the input file.
        if stream.state.lookahead < MIN_LOOKAHEAD {
            fill_window(stream);
            if stream.state.lookahead < MIN_LOOKAHEAD && flush == DeflateFlush::NoFlush {
                return BlockState::NeedMore;
            }
            if stream.state.lookahead == 0 {
                break; /* flush the current block */
            }
        }

        let state = &mut stream.state;

        // Insert the string window[strstart .. strstart+3] in the dictionary, and set
        // hash_head to the head of the hash chain.
        let hash_head = if state.lookahead >= STD_MIN_MATCH {
            state.quick_insert_string(state.strstart)
        } else {
            0
        };

        // Find the longest match, discarding those <= prev_length (state.prev_length holds
        // zlib's match_length of the previous step, which becomes its prev_length here).
        state.prev_match = state.match_start;
        let mut match_len = STD_MIN_MATCH - 1;

        if hash_head != 0
            && state.prev_length < state.max_lazy_match
            && state.strstart.wrapping_sub(hash_head as usize) <= state.max_dist()
        {
            (match_len, state.match_start) = crate::deflate::longest_match::longest_match(
                state,
                hash_head,
                state.prev_length as usize,
                state.match_start,
            );

            if match_len <= 5
                && (state.strategy == Strategy::Filtered
                    || (match_len == STD_MIN_MATCH
                        && state.strstart.wrapping_sub(state.match_start as usize) > TOO_FAR))
            {
                // If prev_match is also MIN_MATCH, match_start is garbage but we will ignore
                // the current match anyway.
                match_len = STD_MIN_MATCH - 1;
            }
        }

        // If there was a match at the previous step and the current match is not better,
        // output the previous match.
        let prev_length = state.prev_length as usize;
        if prev_length >= STD_MIN_MATCH && match_len <= prev_length {
            // Do not insert strings in hash table beyond this.
            let max_insert = state.strstart + state.lookahead - STD_MIN_MATCH;

            let bflush = state.tally_dist(
                state.strstart - 1 - state.prev_match as usize,
                prev_length - STD_MIN_MATCH,
            );

            // Insert in hash table all strings up to the end of the match. strstart-1 and
            // strstart are already inserted. If there is not enough lookahead, the last two
            // strings are not inserted in the hash table.
            state.lookahead -= prev_length - 1;
            let first = state.strstart + 1;
            let last = state.strstart + prev_length - 2; // inclusive
            if first <= max_insert {
                let end = Ord::min(last, max_insert);
                state.insert_string(first, end + 1 - first);
            }
            state.strstart = last + 1;
            state.match_available = false;
            state.prev_length = (STD_MIN_MATCH - 1) as u16;

            if bflush {
                flush_block!(stream, false);
            }
        } else if state.match_available {
            // If there was no match at the previous position, output a single literal. If
            // there was a match but the current match is longer, truncate the previous match
            // to a single literal.
            let lc = state.window.filled()[state.strstart - 1];
            let bflush = state.tally_lit(lc);
            state.prev_length = match_len as u16;
            if bflush {
                flush_block_only(stream, false);
            }
            stream.state.strstart += 1;
            stream.state.lookahead -= 1;
            if stream.avail_out == 0 {
                return BlockState::NeedMore;
            }
        } else {
            // There is no previous match to compare with, wait for the next step to decide.
            state.prev_length = match_len as u16;
            state.match_available = true;
            state.strstart += 1;
            state.lookahead -= 1;
        }
    }

    let state = &mut stream.state;

    if state.match_available {
        let lc = state.window.filled()[state.strstart - 1];
        let _ = state.tally_lit(lc);
        state.match_available = false;
    }

    state.insert = Ord::min(state.strstart, STD_MIN_MATCH - 1);

    if flush == DeflateFlush::Finish {
        flush_block!(stream, true);
        return BlockState::FinishDone;
    }

    if !stream.state.sym_buf.is_empty() {
        flush_block!(stream, false);
    }

    BlockState::BlockDone
}
