//! TextDecoder's multi-byte legacy encodings (`internalBinding('encoding')`): Shift_JIS,
//! EUC-JP, ISO-2022-JP, GBK, gb18030, Big5 and EUC-KR on `encoding_rs`, as WHATWG Encoding
//! defines their decoders. UTF-8, UTF-16 and the single-byte encodings are decoded in
//! node/js/web.js; naming only these encodings keeps the other tables out of the binary.

use crate::node::buffer::view;
use boa_engine::{object::JsObject, Context, JsData, JsNativeError, JsResult, JsString, JsValue};
use boa_gc::{Finalize, Trace};
use encoding_rs::{Decoder, DecoderResult, Encoding};
use std::cell::RefCell;

#[derive(Trace, Finalize, JsData)]
struct Handle {
    #[unsafe_ignore_trace]
    encoding: &'static Encoding,
    #[unsafe_ignore_trace]
    decoder: RefCell<Decoder>,
}

/// The encoding of a canonical (lower-case WHATWG) name this binding decodes.
fn encoding_named(name: &str) -> Option<&'static Encoding> {
    Some(match name {
        "shift_jis" => encoding_rs::SHIFT_JIS,
        "euc-jp" => encoding_rs::EUC_JP,
        "iso-2022-jp" => encoding_rs::ISO_2022_JP,
        "gbk" => encoding_rs::GBK,
        "gb18030" => encoding_rs::GB18030,
        "big5" => encoding_rs::BIG5,
        "euc-kr" => encoding_rs::EUC_KR,
        _ => return None,
    })
}

/// `decoder(name)` → a streaming decoder, or null for a name this binding does not decode.
fn decoder(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = crate::node::str_arg(args, 0, ctx)?;
    let Some(encoding) = encoding_named(&name) else {
        return Ok(JsValue::null());
    };
    let handle = Handle {
        encoding,
        decoder: RefCell::new(encoding.new_decoder_without_bom_handling()),
    };
    Ok(JsObject::from_proto_and_data(None, handle).into())
}

/// `decode(handle, bytes, stream, fatal)` → the decoded text; with `fatal`, null for malformed
/// input. Bytes of an incomplete sequence wait for the next call while `stream` is true; a call
/// that ends the stream (or fails) leaves the decoder fresh for the next one.
fn decode(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let obj = args
        .first()
        .and_then(JsValue::as_object)
        .ok_or_else(|| JsNativeError::typ().with_message("not a decoder"))?;
    let bytes = match args.get(1) {
        Some(v) if !v.is_undefined() => view(Some(v), ctx)?.with(<[u8]>::to_vec),
        _ => Vec::new(),
    };
    let last = !args.get(2).is_some_and(JsValue::to_boolean);
    let fatal = args.get(3).is_some_and(JsValue::to_boolean);
    let handle = obj
        .downcast_ref::<Handle>()
        .ok_or_else(|| JsNativeError::typ().with_message("not a decoder"))?;
    let mut decoder = handle.decoder.borrow_mut();
    // Past wasm32's memory a too-large input is a RangeError, not an aborting allocation.
    let too_large = || JsNativeError::range().with_message("Array buffer allocation failed");
    let capacity = decoder
        .max_utf16_buffer_length(bytes.len())
        .ok_or_else(too_large)?;
    let mut out: Vec<u16> = Vec::new();
    out.try_reserve_exact(capacity).map_err(|_| too_large())?;
    out.resize(capacity, 0);
    let written = if fatal {
        let (result, _, written) =
            decoder.decode_to_utf16_without_replacement(&bytes, &mut out, last);
        match result {
            DecoderResult::InputEmpty => Some(written),
            // The buffer is sized for the worst case, so only malformed input stops early.
            DecoderResult::Malformed(..) | DecoderResult::OutputFull => None,
        }
    } else {
        let (_, _, written, _) = decoder.decode_to_utf16(&bytes, &mut out, last);
        Some(written)
    };
    if last || written.is_none() {
        *decoder = handle.encoding.new_decoder_without_bom_handling();
    }
    Ok(match written {
        Some(n) => JsString::from(&out[..n]).into(),
        None => JsValue::null(),
    })
}

/// The `internalBinding('encoding')` object.
pub fn binding(ctx: &mut Context) -> JsObject {
    let fns: &[crate::node::NativeFn] = &[("decoder", decoder, 1), ("decode", decode, 4)];
    crate::node::binding_object(ctx, fns)
}
