//! Native half of `Intl.Segmenter` (Boa is built without ICU): grapheme, word and sentence
//! boundaries of a string by Unicode's UAX #29 rules (the `unicode-segmentation` crate), in
//! UTF-16 code units as JS indexes strings. The Segmenter/Segments objects are
//! `node/js/intl.js`.

use boa_engine::{
    object::{builtins::JsArray, JsObject},
    Context, JsResult, JsValue,
};
use unicode_segmentation::UnicodeSegmentation;

/// The `internalBinding('segmenter')` object.
pub fn binding(ctx: &mut Context) -> JsObject {
    crate::node::binding_object(ctx, &[("segment", segment, 2)])
}

/// `segment(text, granularity)`: the start of every segment and then the text's length, all in
/// UTF-16 code units; for `'word'` each start is followed by 1 when the segment is word-like
/// (holds a letter, digit or ideograph, as ICU's rule status says) and 0 otherwise.
fn segment(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let units: Vec<u16> = match args.first().and_then(JsValue::as_string) {
        Some(s) => s.iter().collect(),
        None => Vec::new(),
    };
    let granularity = args
        .get(1)
        .and_then(JsValue::as_string)
        .map(|s| s.to_std_string_escaped())
        .unwrap_or_default();
    // Lone surrogates become U+FFFD: one code unit either way, so offsets still line up.
    let text = String::from_utf16_lossy(&units);
    let starts: Vec<(usize, &str)> = match granularity.as_str() {
        "word" => text.split_word_bound_indices().collect(),
        "sentence" => text.split_sentence_bound_indices().collect(),
        _ => text.grapheme_indices(true).collect(),
    };
    let word = granularity == "word";
    let mut out: Vec<JsValue> = Vec::with_capacity(starts.len() * 2 + 1);
    // Byte offsets → UTF-16 offsets, walking the text once.
    let mut byte = 0usize;
    let mut unit = 0usize;
    let mut chars = text.chars();
    for (start, piece) in &starts {
        while byte < *start {
            let Some(c) = chars.next() else { break };
            byte += c.len_utf8();
            unit += c.len_utf16();
        }
        out.push((unit as f64).into());
        if word {
            let like = piece.chars().any(char::is_alphanumeric);
            out.push(i32::from(like).into());
        }
    }
    out.push((units.len() as f64).into());
    Ok(JsArray::from_iter(out, ctx).into())
}
