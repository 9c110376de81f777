//! Native half of `querystring`: node 20's percent-encoder (`escape`, also the legacy url's
//! `encodeStr`), `unescape` (decodeURIComponent, else the bytes of `unescapeBuffer` read as
//! UTF-8), `unescapeBuffer`'s byte loop, `parse`'s scanner with the null-prototype result, and
//! `stringify`'s loop for the default encoder. All of it works on UTF-16 code units. The API
//! shape, option handling, custom encoders/decoders and node's error classes are
//! `node/js/querystring.js`.

use crate::node::path::{js_from_units, Units};
use boa_engine::{
    js_string,
    object::{builtins::JsArray, JsObject},
    Context, JsNativeError, JsResult, JsString, JsValue,
};

/// The `internalBinding('querystring')` object.
pub fn binding(ctx: &mut Context) -> JsObject {
    crate::node::binding_object(
        ctx,
        &[
            ("encode", encode, 2),
            ("unescape", unescape, 2),
            ("unescapeInto", unescape_into, 3),
            ("parse", parse, 6),
            ("stringify", stringify, 4),
        ],
    )
}

const PLUS: u16 = b'+' as u16;
const PERCENT: u16 = b'%' as u16;

/// ASCII kept as is by `querystring.escape`: alphanumerics and `!'()*-._~`.
const QS_EXTRA: &[u8] = b"!'()*-._~";

fn keep_table(extra: &[u16]) -> [bool; 128] {
    let mut t = [false; 128];
    for (c, slot) in t.iter_mut().enumerate() {
        *slot = (c as u8).is_ascii_alphanumeric();
    }
    for &c in extra {
        if let Some(slot) = t.get_mut(usize::from(c)) {
            *slot = true;
        }
    }
    t
}

fn qs_keep() -> [bool; 128] {
    let extra: Vec<u16> = QS_EXTRA.iter().map(|&c| u16::from(c)).collect();
    keep_table(&extra)
}

fn push_hex(out: &mut Vec<u16>, byte: u32) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.push(PERCENT);
    out.push(u16::from(HEX[((byte >> 4) & 0xF) as usize]));
    out.push(u16::from(HEX[(byte & 0xF) as usize]));
}

/// node's `encodeStr`: UTF-8 percent-encoding of everything not in `keep`. A surrogate (high
/// or low) takes the next unit as its partner; one at the very end is `None` (ERR_INVALID_URI).
/// `Ok(None)` inside means nothing needed escaping.
fn encode_str(s: Units, keep: &[bool; 128]) -> Option<Option<Vec<u16>>> {
    let len = s.len();
    let mut i = 0;
    while i < len {
        let c = s.at(i);
        if c >= 0x80 || !keep[usize::from(c)] {
            break;
        }
        i += 1;
    }
    if i == len {
        return Some(None);
    }
    let mut out = Vec::with_capacity(len + 16);
    s.push_range(&mut out, 0, i);
    while i < len {
        let c = u32::from(s.at(i));
        if c < 0x80 {
            if keep[c as usize] {
                out.push(c as u16);
            } else {
                push_hex(&mut out, c);
            }
        } else if c < 0x800 {
            push_hex(&mut out, 0xC0 | (c >> 6));
            push_hex(&mut out, 0x80 | (c & 0x3F));
        } else if !(0xD800..0xE000).contains(&c) {
            push_hex(&mut out, 0xE0 | (c >> 12));
            push_hex(&mut out, 0x80 | ((c >> 6) & 0x3F));
            push_hex(&mut out, 0x80 | (c & 0x3F));
        } else {
            i += 1;
            if i >= len {
                return None;
            }
            let c2 = u32::from(s.at(i)) & 0x3FF;
            let cp = 0x10000 + (((c & 0x3FF) << 10) | c2);
            push_hex(&mut out, 0xF0 | (cp >> 18));
            push_hex(&mut out, 0x80 | ((cp >> 12) & 0x3F));
            push_hex(&mut out, 0x80 | ((cp >> 6) & 0x3F));
            push_hex(&mut out, 0x80 | (cp & 0x3F));
        }
        i += 1;
    }
    Some(Some(out))
}

/// `encode(str, keepChars?)` → the escaped string, or undefined for a lone surrogate at the end
/// (JS throws ERR_INVALID_URI). `keepChars` adds ASCII to the alphanumerics kept as they are;
/// without it the table is `querystring.escape`'s.
fn encode(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let s = args
        .first()
        .and_then(JsValue::as_string)
        .unwrap_or_default();
    let keep = match args.get(1).and_then(JsValue::as_string) {
        Some(extra) => keep_table(&extra.to_vec()),
        None => qs_keep(),
    };
    Ok(match encode_str(Units::of(&s), &keep) {
        None => JsValue::undefined(),
        Some(None) => s.into(),
        Some(Some(out)) => js_from_units(&out).into(),
    })
}

fn unhex(c: u16) -> Option<u16> {
    match c {
        0x30..=0x39 => Some(c - 0x30),
        0x41..=0x46 => Some(c - 0x41 + 10),
        0x61..=0x66 => Some(c - 0x61 + 10),
        _ => None,
    }
}

/// ECMAScript's decodeURIComponent (nothing reserved); `None` where it throws URIError.
fn decode_uri_component(s: Units) -> Option<Vec<u16>> {
    let len = s.len();
    let mut out = Vec::with_capacity(len);
    let byte_at = |k: usize| -> Option<u32> {
        if k + 2 >= len || s.at(k) != PERCENT {
            return None;
        }
        Some(u32::from(unhex(s.at(k + 1))? * 16 + unhex(s.at(k + 2))?))
    };
    let mut k = 0;
    while k < len {
        let c = s.at(k);
        if c != PERCENT {
            out.push(c);
            k += 1;
            continue;
        }
        let b = byte_at(k)?;
        k += 3;
        if b & 0x80 == 0 {
            out.push(b as u16);
            continue;
        }
        let n = (b as u8).leading_ones() as usize;
        if n == 1 || n > 4 {
            return None;
        }
        let mut cp = b & (0xFF >> (n + 1));
        for _ in 1..n {
            let cont = byte_at(k)?;
            if cont & 0xC0 != 0x80 {
                return None;
            }
            cp = (cp << 6) | (cont & 0x3F);
            k += 3;
        }
        let min = [0, 0, 0x80, 0x800, 0x10000][n];
        if cp < min || cp > 0x10FFFF || (0xD800..0xE000).contains(&cp) {
            return None;
        }
        if cp >= 0x10000 {
            let v = cp - 0x10000;
            out.push(0xD800 | (v >> 10) as u16);
            out.push(0xDC00 | (v & 0x3FF) as u16);
        } else {
            out.push(cp as u16);
        }
    }
    Some(out)
}

/// node's `unescapeBuffer` loop over `len` units of `s` (units past its end read as NaN):
/// `%XX` decoded, malformed `%` kept, `+` → space with `decode_spaces`, other units truncated
/// to a byte. Writes into `out` (at least `len` long) and returns the byte count.
fn unescape_bytes(s: Units, len: usize, decode_spaces: bool, out: &mut [u8]) -> usize {
    let at = |i: usize| if i < s.len() { Some(s.at(i)) } else { None };
    let mut n = 0;
    let mut put = |n: &mut usize, b: u8| {
        if let Some(slot) = out.get_mut(*n) {
            *slot = b;
        }
        *n += 1;
    };
    let max_length = len as isize - 2;
    let mut index = 0usize;
    while index < len {
        let mut cur = at(index);
        if cur == Some(PLUS) && decode_spaces {
            put(&mut n, b' ');
            index += 1;
            continue;
        }
        if cur == Some(PERCENT) && (index as isize) < max_length {
            index += 1;
            cur = at(index);
            match cur.and_then(unhex) {
                None => {
                    put(&mut n, b'%');
                    continue;
                }
                Some(hi) => {
                    index += 1;
                    match at(index).and_then(unhex) {
                        None => {
                            put(&mut n, b'%');
                            index -= 1;
                        }
                        Some(lo) => cur = Some(hi * 16 + lo),
                    }
                }
            }
        }
        // A NaN unit stores 0; others keep their low byte (Uint8Array assignment).
        put(&mut n, cur.map_or(0, |c| c as u8));
        index += 1;
    }
    n
}

/// `querystring.unescape` when `unescapeBuffer` is node's own: decodeURIComponent, else the
/// unescaped bytes as UTF-8 (malformed sequences → U+FFFD).
fn qs_unescape(s: Units, decode_spaces: bool) -> JsString {
    if let Some(out) = decode_uri_component(s) {
        return js_from_units(&out);
    }
    let mut bytes = vec![0u8; s.len()];
    let n = unescape_bytes(s, s.len(), decode_spaces, &mut bytes);
    bytes.truncate(n);
    JsString::from(String::from_utf8_lossy(&bytes).as_ref())
}

/// `querystring.unescape` of UTF-16 units (URLSearchParams' parser uses it, as node's does).
pub(crate) fn unescape_units(units: &[u16]) -> JsString {
    qs_unescape(Units::Utf16(units), false)
}

/// `unescape(str, decodeSpaces)`.
fn unescape(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let s = args
        .first()
        .and_then(JsValue::as_string)
        .unwrap_or_default();
    let spaces = args.get(1).is_some_and(JsValue::to_boolean);
    Ok(qs_unescape(Units::of(&s), spaces).into())
}

/// `unescapeInto(str, decodeSpaces, buffer)` → bytes written; the buffer's length is node's
/// `s.length` (units past `str`'s end read as NaN).
fn unescape_into(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = args
        .first()
        .and_then(JsValue::as_string)
        .unwrap_or_default();
    let spaces = args.get(1).is_some_and(JsValue::to_boolean);
    let view = crate::node::buffer::view(args.get(2), ctx)?;
    let len = view.len;
    let n = view.with_mut(ctx, |out| unescape_bytes(Units::of(&s), len, spaces, out))?;
    Ok(JsValue::from(n as f64))
}

fn is_hex(c: u16) -> bool {
    unhex(c).is_some()
}

/// How keys and values are decoded: natively (node's own `unescape`), or by a JS function
/// (node's `decodeStr` around a custom decoder).
enum Decoder {
    Native,
    Js(JsObject),
}

impl Decoder {
    fn decode(&self, s: &[u16], ctx: &mut Context) -> JsResult<JsValue> {
        match self {
            Decoder::Native => Ok(qs_unescape(Units::Utf16(s), false).into()),
            Decoder::Js(f) => f.call(&JsValue::undefined(), &[js_from_units(s).into()], ctx),
        }
    }
}

/// node's `addKeyVal`: decode what needs it, then store, turning a repeated key into an array
/// (any existing value with a truthy `pop` is appended to, as node does).
fn add_key_val(
    obj: &JsObject,
    key: &[u16],
    value: &[u16],
    (key_encoded, val_encoded): (bool, bool),
    decoder: &Decoder,
    ctx: &mut Context,
) -> JsResult<()> {
    let key = if !key.is_empty() && key_encoded {
        decoder.decode(key, ctx)?
    } else {
        js_from_units(key).into()
    };
    let value = if !value.is_empty() && val_encoded {
        decoder.decode(value, ctx)?
    } else {
        js_from_units(value).into()
    };
    let pk = key.to_property_key(ctx)?;
    let cur = obj.get(pk.clone(), ctx)?;
    if cur.is_undefined() {
        obj.set(pk, value, true, ctx)?;
        return Ok(());
    }
    if cur.is_null() {
        return Err(JsNativeError::typ()
            .with_message("Cannot read properties of null (reading 'pop')")
            .into());
    }
    let cur_obj = cur.to_object(ctx)?;
    if cur_obj.get(js_string!("pop"), ctx)?.to_boolean() {
        let len = cur_obj.get(js_string!("length"), ctx)?;
        let len = len.to_property_key(ctx)?;
        cur_obj.set(len, value, true, ctx)?;
    } else {
        let arr = JsArray::from_iter([cur, value], ctx);
        obj.set(pk, arr, true, ctx)?;
    }
    Ok(())
}

/// `parse(qs, sep, eq, maxPairs, decoder?, customDecode)`: node's scanner. `sep`/`eq` are
/// strings (undefined: the default; '' as node's `String([])`, matching nothing), `maxPairs` is node's `pairs` (-1: no limit), `decoder` is
/// undefined for node's own unescape, `customDecode` is node's `decode !== qsUnescape`.
fn parse(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let obj = JsObject::with_null_proto();
    let qs = args
        .first()
        .and_then(JsValue::as_string)
        .unwrap_or_default();
    let codes = |i: usize, default: u8| -> Vec<u16> {
        match args.get(i).and_then(JsValue::as_string) {
            Some(s) => s.to_vec(),
            None => vec![u16::from(default)],
        }
    };
    let sep = codes(1, b'&');
    let eq = codes(2, b'=');
    let mut pairs = args.get(3).and_then(JsValue::as_number).unwrap_or(1000.0);
    let decoder = match args.get(4).and_then(JsValue::as_object) {
        Some(f) if f.is_callable() => Decoder::Js(f.clone()),
        _ => Decoder::Native,
    };
    let custom = args.get(5).is_some_and(JsValue::to_boolean);
    let plus: &[u16] = if custom {
        &[PERCENT, b'2' as u16, b'0' as u16]
    } else {
        &[b' ' as u16]
    };
    let q = Units::of(&qs);
    let len = q.len();
    if len == 0 {
        return Ok(obj.into());
    }
    let (sep_len, eq_len) = (sep.len(), eq.len());
    let mut last_pos = 0usize;
    let mut sep_idx = 0usize;
    let mut eq_idx = 0usize;
    let mut key: Vec<u16> = Vec::new();
    let mut value: Vec<u16> = Vec::new();
    let mut key_encoded = custom;
    let mut val_encoded = custom;
    let mut encode_check = 0;
    let mut i = 0usize;
    while i < len {
        let code = q.at(i);
        if sep.get(sep_idx) == Some(&code) {
            sep_idx += 1;
            if sep_idx == sep_len {
                let end = i + 1 - sep_idx;
                if eq_idx < eq_len {
                    if last_pos < end {
                        q.push_range(&mut key, last_pos, end);
                    } else if key.is_empty() {
                        pairs -= 1.0;
                        if pairs == 0.0 {
                            return Ok(obj.into());
                        }
                        last_pos = i + 1;
                        sep_idx = 0;
                        eq_idx = 0;
                        i += 1;
                        continue;
                    }
                } else if last_pos < end {
                    q.push_range(&mut value, last_pos, end);
                }
                add_key_val(
                    &obj,
                    &key,
                    &value,
                    (key_encoded, val_encoded),
                    &decoder,
                    ctx,
                )?;
                pairs -= 1.0;
                if pairs == 0.0 {
                    return Ok(obj.into());
                }
                key_encoded = custom;
                val_encoded = custom;
                key.clear();
                value.clear();
                encode_check = 0;
                last_pos = i + 1;
                sep_idx = 0;
                eq_idx = 0;
            }
            i += 1;
            continue;
        }
        sep_idx = 0;
        if eq_idx < eq_len {
            if eq.get(eq_idx) == Some(&code) {
                eq_idx += 1;
                if eq_idx == eq_len {
                    let end = i + 1 - eq_idx;
                    if last_pos < end {
                        q.push_range(&mut key, last_pos, end);
                    }
                    encode_check = 0;
                    last_pos = i + 1;
                }
                i += 1;
                continue;
            }
            eq_idx = 0;
            if !key_encoded {
                if code == PERCENT {
                    encode_check = 1;
                    i += 1;
                    continue;
                } else if encode_check > 0 {
                    if is_hex(code) {
                        encode_check += 1;
                        if encode_check == 3 {
                            key_encoded = true;
                        }
                        i += 1;
                        continue;
                    }
                    encode_check = 0;
                }
            }
            if code == PLUS {
                if last_pos < i {
                    q.push_range(&mut key, last_pos, i);
                }
                key.extend_from_slice(plus);
                last_pos = i + 1;
                i += 1;
                continue;
            }
        }
        if code == PLUS {
            if last_pos < i {
                q.push_range(&mut value, last_pos, i);
            }
            value.extend_from_slice(plus);
            last_pos = i + 1;
        } else if !val_encoded {
            if code == PERCENT {
                encode_check = 1;
            } else if encode_check > 0 {
                if is_hex(code) {
                    encode_check += 1;
                    if encode_check == 3 {
                        val_encoded = true;
                    }
                } else {
                    encode_check = 0;
                }
            }
        }
        i += 1;
    }
    if last_pos < len {
        if eq_idx < eq_len {
            q.push_range(&mut key, last_pos, len);
        } else if sep_idx < sep_len {
            q.push_range(&mut value, last_pos, len);
        }
    } else if eq_idx == 0 && key.is_empty() {
        return Ok(obj.into());
    }
    add_key_val(
        &obj,
        &key,
        &value,
        (key_encoded, val_encoded),
        &decoder,
        ctx,
    )?;
    Ok(obj.into())
}

/// Array.isArray (proxies of arrays included).
fn is_array(v: &JsValue, ctx: &mut Context) -> JsResult<bool> {
    let Some(o) = v.as_object() else {
        return Ok(false);
    };
    if o.is_array() {
        return Ok(true);
    }
    if boa_engine::object::builtins::JsProxy::from_object(o.clone()).is_err() {
        return Ok(false);
    }
    let array = ctx.intrinsics().constructors().array().constructor();
    let is_array = array.get(js_string!("isArray"), ctx)?;
    let Some(is_array) = is_array.as_object().filter(|f| f.is_callable()) else {
        return Ok(false);
    };
    Ok(is_array
        .call(&array.into(), std::slice::from_ref(v), ctx)?
        .to_boolean())
}

/// node's `encodeStringified` with `querystring.escape`: appends `v` to `out`; `false` for a
/// lone surrogate at the end of a string (ERR_INVALID_URI).
fn push_stringified(
    out: &mut Vec<u16>,
    v: &JsValue,
    keep: &[bool; 128],
    ctx: &mut Context,
) -> JsResult<bool> {
    let escaped = |out: &mut Vec<u16>, s: &JsString| -> bool {
        let u = Units::of(s);
        match encode_str(u, keep) {
            None => false,
            Some(None) => {
                u.push_range(out, 0, u.len());
                true
            }
            Some(Some(e)) => {
                out.extend_from_slice(&e);
                true
            }
        }
    };
    if let Some(s) = v.as_string() {
        return Ok(escaped(out, &s));
    }
    if let Some(n) = v.as_number() {
        if n.is_finite() {
            let s = v.to_string(ctx)?;
            if n.abs() < 1e21 {
                out.extend(s.iter());
                return Ok(true);
            }
            return Ok(escaped(out, &s));
        }
        return Ok(true);
    }
    if v.is_bigint() {
        out.extend(v.to_string(ctx)?.iter());
    } else if let Some(b) = v.as_boolean() {
        out.extend(if b { "true" } else { "false" }.encode_utf16());
    }
    Ok(true)
}

/// `stringify(obj, keys, sep, eq)` with the default encoder: node's loop over `keys`
/// (Object.keys(obj)); undefined when a lone surrogate ends a string (ERR_INVALID_URI).
fn stringify(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(obj) = args.first().and_then(JsValue::as_object) else {
        return Ok(js_string!().into());
    };
    let Some(keys) = args.get(1).and_then(JsValue::as_object) else {
        return Ok(js_string!().into());
    };
    let sep = args.get(2).and_then(JsValue::as_string).unwrap_or_default();
    let eq = args.get(3).and_then(JsValue::as_string).unwrap_or_default();
    let (sep, eq) = (sep.to_vec(), eq.to_vec());
    let keep = qs_keep();
    let keys = JsArray::from_object(keys.clone())?;
    let n = keys.length(ctx)?;
    let mut fields: Vec<u16> = Vec::new();
    let mut ks: Vec<u16> = Vec::new();
    for i in 0..n {
        let k = keys.get(i, ctx)?;
        let v = obj.get(k.to_property_key(ctx)?, ctx)?;
        ks.clear();
        if !push_stringified(&mut ks, &k, &keep, ctx)? {
            return Ok(JsValue::undefined());
        }
        ks.extend_from_slice(&eq);
        if is_array(&v, ctx)? {
            let arr = v.to_object(ctx)?;
            let vlen = arr.get(js_string!("length"), ctx)?.to_length(ctx)?;
            if vlen == 0 {
                continue;
            }
            if !fields.is_empty() {
                fields.extend_from_slice(&sep);
            }
            for j in 0..vlen {
                if j > 0 {
                    fields.extend_from_slice(&sep);
                }
                fields.extend_from_slice(&ks);
                let item = arr.get(j, ctx)?;
                if !push_stringified(&mut fields, &item, &keep, ctx)? {
                    return Ok(JsValue::undefined());
                }
            }
        } else {
            if !fields.is_empty() {
                fields.extend_from_slice(&sep);
            }
            fields.extend_from_slice(&ks);
            if !push_stringified(&mut fields, &v, &keep, ctx)? {
                return Ok(JsValue::undefined());
            }
        }
    }
    Ok(js_from_units(&fields).into())
}
