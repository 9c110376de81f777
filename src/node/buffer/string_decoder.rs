//! StringDecoder's `write` step (node's string_decoder.cc `DecodeData`) in one native call:
//! `node/js/string_decoder.js` kept it in JS, where each chunk of a stream with an encoding set
//! paid dozens of typed-array accesses. The state is node's 7 bytes (up to 4 bytes of an
//! incomplete character, the count still missing, the count buffered, the encoding id) in a
//! Uint8Array the JS object owns; this reads it, decodes the chunk and writes it back.

use super::{decode, view, Encoding};
use boa_engine::{js_string, Context, JsResult, JsString, JsValue};

const MISSING: usize = 4;
const BUFFERED: usize = 5;
/// Bytes of an incomplete character the state holds.
const HELD: usize = 4;

/// `stringDecoderWrite(state, chunk, encodingId)` → the text of `chunk` after the bytes the
/// state held; undefined when `chunk` is not a typed array (the JS path handles DataViews).
pub(super) fn js_write(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let state = view(args.first(), ctx)?;
    let Ok(chunk) = view(args.get(1), ctx) else {
        return Ok(JsValue::undefined());
    };
    let enc = Encoding::from_value(args.get(2))?;
    let mut st = [0u8; 7];
    state.with(|b| {
        let n = b.len().min(st.len());
        st[..n].copy_from_slice(&b[..n]);
    });
    let out = chunk.with(|data| write_step(&mut st, data, enc));
    state.with_mut(ctx, |b| {
        let n = b.len().min(st.len());
        b[..n].copy_from_slice(&st[..n]);
    })?;
    Ok(out.into())
}

/// Copies `src` into the held bytes from `at`, as much as fits.
fn hold(st: &mut [u8; 7], at: usize, src: &[u8]) {
    let at = at.min(HELD);
    let n = src.len().min(HELD - at);
    st[at..at + n].copy_from_slice(&src[..n]);
}

/// node's DecodeData for one chunk: completes a held character first, then decodes the chunk
/// up to any incomplete character at its end, which it holds for the next chunk.
fn write_step(st: &mut [u8; 7], data: &[u8], enc: Encoding) -> JsString {
    if !matches!(
        enc,
        Encoding::Utf8 | Encoding::Utf16le | Encoding::Base64 | Encoding::Base64url
    ) {
        return decode(data, enc);
    }
    let mut nread = data.len();
    let mut start = 0usize;
    let mut prepend = js_string!();
    if st[MISSING] > 0 {
        if enc == Encoding::Utf8 {
            // A byte that should continue the held character but does not ends it there.
            let limit = nread.min(usize::from(st[MISSING]));
            if let Some(i) = data[..limit].iter().position(|&c| c & 0xc0 != 0x80) {
                st[MISSING] = 0;
                let at = usize::from(st[BUFFERED]);
                hold(st, at, &data[..i]);
                st[BUFFERED] = st[BUFFERED].saturating_add(i as u8);
                start = i;
                nread -= i;
            }
        }
        let found = nread.min(usize::from(st[MISSING]));
        let at = usize::from(st[BUFFERED]);
        hold(st, at, &data[start..start + found]);
        start += found;
        nread -= found;
        st[MISSING] -= found as u8;
        st[BUFFERED] = st[BUFFERED].saturating_add(found as u8);
        if st[MISSING] == 0 {
            let held = usize::from(st[BUFFERED]).min(HELD);
            prepend = decode(&st[..held], enc);
            st[BUFFERED] = 0;
        }
    }
    if nread == 0 {
        return prepend;
    }
    let end = start + nread;
    match enc {
        Encoding::Utf8 => {
            if data[end - 1] & 0x80 != 0 {
                // Ended inside a non-ASCII character: find where it begins and how long it is.
                let mut i = end - 1;
                loop {
                    st[BUFFERED] = st[BUFFERED].saturating_add(1);
                    let c = data[i];
                    if c & 0xc0 == 0x80 {
                        if st[BUFFERED] >= 4 || i == start {
                            st[BUFFERED] = 0;
                            break;
                        }
                    } else {
                        st[MISSING] = if c & 0xe0 == 0xc0 {
                            2
                        } else if c & 0xf0 == 0xe0 {
                            3
                        } else if c & 0xf8 == 0xf0 {
                            4
                        } else {
                            st[BUFFERED] = 0;
                            break;
                        };
                        if st[BUFFERED] >= st[MISSING] {
                            st[MISSING] = 0;
                            st[BUFFERED] = 0;
                        }
                        st[MISSING] -= st[BUFFERED];
                        break;
                    }
                    i -= 1;
                }
            }
        }
        Encoding::Utf16le => {
            if nread % 2 == 1 {
                st[BUFFERED] = 1;
                st[MISSING] = 1;
            } else if data[end - 1] & 0xfc == 0xd8 {
                st[BUFFERED] = 2;
                st[MISSING] = 2;
            }
        }
        _ => {
            st[BUFFERED] = (nread % 3) as u8;
            if st[BUFFERED] > 0 {
                st[MISSING] = 3 - st[BUFFERED];
            }
        }
    }
    let held = usize::from(st[BUFFERED]).min(end - start);
    if held > 0 {
        hold(st, 0, &data[end - held..end]);
    }
    let body_end = end - held;
    if body_end <= start {
        return prepend;
    }
    let body = decode(&data[start..body_end], enc);
    if prepend.is_empty() {
        body
    } else {
        JsString::concat(prepend.as_str(), body.as_str())
    }
}
