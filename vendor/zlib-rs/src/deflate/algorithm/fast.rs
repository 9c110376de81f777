#![forbid(unsafe_code)]

//! madler zlib's `deflate_fast` (levels 1-3: greedy matching), as Chromium's zlib runs it with
//! its 4-byte hash. (rjs patch: zlib-rs had zlib-ng's variant, which inserts and matches
//! differently.)

use super::flush_block;
use crate::{
    deflate::{fill_window, BlockState, DeflateStream, MIN_LOOKAHEAD, STD_MIN_MATCH},
    DeflateFlush,
};

pub fn deflate_fast(stream: &mut DeflateStream, flush: DeflateFlush) -> BlockState {
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

        // Find the longest match (zlib's match_length is below MIN_MATCH here; its
        // prev_length stays MIN_MATCH - 1 in deflate_fast).
        let mut match_len = 0;
        if hash_head != 0 && state.strstart.wrapping_sub(hash_head as usize) <= state.max_dist() {
            (match_len, state.match_start) = crate::deflate::longest_match::longest_match(
                state,
                hash_head,
                STD_MIN_MATCH - 1,
                state.match_start,
            );
        }

        let bflush;
        if match_len >= STD_MIN_MATCH {
            bflush = state.tally_dist(
                state.strstart - state.match_start as usize,
                match_len - STD_MIN_MATCH,
            );

            state.lookahead -= match_len;

            // Insert new strings in the hash table only if the match length is not too large.
            if match_len <= state.max_insert_length() && state.lookahead >= STD_MIN_MATCH {
                state.insert_string(state.strstart + 1, match_len - 1);
            }
            state.strstart += match_len;
        } else {
            // No match, output a literal byte.
            let lc = state.window.filled()[state.strstart];
            bflush = state.tally_lit(lc);
            state.lookahead -= 1;
            state.strstart += 1;
        }
        if bflush {
            flush_block!(stream, false);
        }
    }

    stream.state.insert = Ord::min(stream.state.strstart, STD_MIN_MATCH - 1);

    if flush == DeflateFlush::Finish {
        flush_block!(stream, true);
        return BlockState::FinishDone;
    }

    if !stream.state.sym_buf.is_empty() {
        flush_block!(stream, false);
    }

    BlockState::BlockDone
}
