//! The native half of `buffer`: byte encodings (utf8, utf16le, latin1, ascii, base64,
//! base64url, hex), searching, comparing, filling and allocating Buffers. The Buffer class
//! itself (argument handling, read/write of numbers, inspect) is `node/js/buffer.js`.
//!
//! Every function takes byte views as Uint8Arrays and clamps offsets itself, so bad input from
//! JS can only produce an exception, never a panic.

use base64::Engine as _;
use boa_engine::{
    builtins::typed_array::TypedArrayKind,
    object::builtins::{
        AlignedVec, JsArray, JsArrayBuffer, JsSharedArrayBuffer, JsTypedArray, JsUint8Array,
    },
    object::JsObject,
    Context, JsNativeError, JsResult, JsString, JsValue,
};
use boa_string::JsStr;

mod string_decoder;

/// Encodings by the small integers `buffer.js` passes (its `kEnc` table must match).
#[derive(Clone, Copy, PartialEq)]
enum Encoding {
    Utf8,
    Utf16le,
    Latin1,
    Ascii,
    Base64,
    Base64url,
    Hex,
}

impl Encoding {
    fn from_value(v: Option<&JsValue>) -> JsResult<Self> {
        Ok(match v.and_then(JsValue::as_number).unwrap_or(0.0) as i32 {
            0 => Self::Utf8,
            1 => Self::Utf16le,
            2 => Self::Latin1,
            3 => Self::Ascii,
            4 => Self::Base64,
            5 => Self::Base64url,
            6 => Self::Hex,
            _ => return Err(JsNativeError::typ().with_message("bad encoding id").into()),
        })
    }

    /// An encoding id (a number, as `from_value`) or name (a string, as node's
    /// getEncodingOps: any ASCII case, '' unknown); None for an unknown name or another type.
    fn from_id_or_name(v: Option<&JsValue>) -> JsResult<Option<Self>> {
        match v {
            Some(n) if n.is_number() => Self::from_value(Some(n)).map(Some),
            Some(s) => Ok(s.as_string().and_then(|s| Self::by_name(&s))),
            None => Ok(None),
        }
    }

    /// The encoding a name stands for, in any ASCII case ('utf-8', 'UCS2', 'binary', ...).
    /// (JS's toLowerCase maps no other character to one of these names' letters.)
    fn by_name(s: &JsString) -> Option<Self> {
        let mut lower = [0u8; 9];
        let n = s.len();
        if n == 0 || n > lower.len() {
            return None;
        }
        for (slot, c) in lower.iter_mut().zip(s.as_str().iter()) {
            *slot = u8::try_from(c)
                .ok()
                .filter(u8::is_ascii)?
                .to_ascii_lowercase();
        }
        Some(match &lower[..n] {
            b"utf8" | b"utf-8" => Self::Utf8,
            b"ucs2" | b"ucs-2" | b"utf16le" | b"utf-16le" => Self::Utf16le,
            b"latin1" | b"binary" => Self::Latin1,
            b"ascii" => Self::Ascii,
            b"base64" => Self::Base64,
            b"base64url" => Self::Base64url,
            b"hex" => Self::Hex,
            _ => return None,
        })
    }
}

/// Buffer.prototype, kept so natively created buffers are real Buffers.
struct BufferProto(JsObject);

/// Makes a Uint8Array a Buffer (node's FastBuffer): gives it Buffer.prototype.
fn set_buffer_prototype(view: &JsObject, ctx: &Context) {
    if let Some(BufferProto(proto)) = ctx.get_data::<BufferProto>() {
        view.set_prototype(Some(proto.clone()));
    }
}

/// A view's backing store: an ArrayBuffer, or a SharedArrayBuffer (whose bytes Boa only
/// lends as a copy, so writes go back through the typed array's `set`).
enum Store {
    Plain(JsArrayBuffer),
    Shared(JsSharedArrayBuffer),
}

/// A typed array's backing store and the byte range it views.
pub(crate) struct View {
    object: JsObject,
    array: JsTypedArray,
    store: Store,
    offset: usize,
    pub(crate) len: usize,
}

pub(crate) fn view(v: Option<&JsValue>, ctx: &mut Context) -> JsResult<View> {
    let obj = v
        .and_then(JsValue::as_object)
        .ok_or_else(|| JsNativeError::typ().with_message("argument must be a Uint8Array"))?;
    let ta = JsTypedArray::from_object(obj.clone())?;
    let buffer = ta.buffer(ctx)?;
    let buffer = buffer
        .as_object()
        .ok_or_else(|| JsNativeError::typ().with_message("detached buffer"))?;
    let store = match JsArrayBuffer::from_object(buffer.clone()) {
        Ok(ab) => Store::Plain(ab),
        Err(e) => Store::Shared(JsSharedArrayBuffer::from_object(buffer.clone()).map_err(|_| e)?),
    };
    Ok(View {
        object: buffer.clone(),
        store,
        offset: ta.byte_offset(ctx)?,
        len: ta.byte_length(ctx)?,
        array: ta,
    })
}

impl View {
    /// Runs `f` over the viewed bytes (empty if detached).
    pub(crate) fn with<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match &self.store {
            Store::Plain(ab) => match ab.data() {
                Some(d) => f(d.get(self.offset..self.offset + self.len).unwrap_or(&[])),
                None => f(&[]),
            },
            Store::Shared(sab) => {
                let d = sab.to_vec();
                f(d.get(self.offset..self.offset + self.len).unwrap_or(&[]))
            }
        }
    }
    /// Runs `f` over the viewed bytes for writing (a shared store's copy is written back).
    pub(crate) fn with_mut<R>(
        &self,
        ctx: &mut Context,
        f: impl FnOnce(&mut [u8]) -> R,
    ) -> JsResult<R> {
        match &self.store {
            Store::Plain(ab) => Ok(match ab.data_mut() {
                Some(mut d) => f(d
                    .get_mut(self.offset..self.offset + self.len)
                    .unwrap_or(&mut [])),
                None => f(&mut []),
            }),
            Store::Shared(sab) => {
                let mut d = sab.to_vec();
                let bytes = d
                    .get_mut(self.offset..self.offset + self.len)
                    .unwrap_or(&mut []);
                let r = f(bytes);
                let copy = JsUint8Array::from_iter(bytes.iter().copied(), ctx)?;
                self.array.set_values(copy.into(), Some(0), ctx)?;
                Ok(r)
            }
        }
    }
}

/// An integer argument clamped to `0..=max` (undefined → `default`).
fn index_arg(args: &[JsValue], i: usize, default: usize, max: usize) -> usize {
    match args.get(i).and_then(JsValue::as_number) {
        Some(n) if n.is_nan() => 0,
        Some(n) if n <= 0.0 => 0,
        Some(n) => (n as usize).min(max),
        None => default.min(max),
    }
}

fn string_arg(args: &[JsValue], i: usize) -> JsString {
    args.get(i).and_then(JsValue::as_string).unwrap_or_default()
}

/// A new Buffer (Uint8Array with Buffer.prototype) holding a copy of `bytes`.
pub fn new_buffer(bytes: &[u8], ctx: &mut Context) -> JsResult<JsValue> {
    buffer_from_block(AlignedVec::from_slice(64, bytes), ctx)
}

/// A new Buffer holding `bytes` (copied once into the engine's aligned storage).
pub fn new_buffer_from_vec(bytes: Vec<u8>, ctx: &mut Context) -> JsResult<JsValue> {
    new_buffer(&bytes, ctx)
}

/// A new Buffer owning `block` (no copy).
pub fn buffer_from_block(block: AlignedVec<u8>, ctx: &mut Context) -> JsResult<JsValue> {
    let ab = JsArrayBuffer::from_byte_block(block, ctx)?;
    let arr = JsUint8Array::from_array_buffer(ab, ctx)?;
    let obj: JsObject = arr.into();
    set_buffer_prototype(&obj, ctx);
    Ok(obj.into())
}

// ---- decoding bytes to strings ----

fn decode(bytes: &[u8], enc: Encoding) -> JsString {
    match enc {
        Encoding::Latin1 => JsString::from(JsStr::latin1(bytes)),
        Encoding::Ascii => {
            if bytes.is_ascii() {
                JsString::from(JsStr::latin1(bytes))
            } else {
                let masked: Vec<u8> = bytes.iter().map(|b| b & 0x7f).collect();
                JsString::from(JsStr::latin1(&masked))
            }
        }
        Encoding::Utf8 => {
            if bytes.is_ascii() {
                return JsString::from(JsStr::latin1(bytes));
            }
            let text = String::from_utf8_lossy(bytes);
            let units: Vec<u16> = text.encode_utf16().collect();
            JsString::from(&units[..])
        }
        Encoding::Utf16le => {
            let units: Vec<u16> = bytes
                .chunks_exact(2)
                .map(|p| u16::from_le_bytes([p[0], p[1]]))
                .collect();
            JsString::from(&units[..])
        }
        Encoding::Hex => {
            const DIGITS: &[u8; 16] = b"0123456789abcdef";
            let mut out = Vec::with_capacity(bytes.len() * 2);
            for b in bytes {
                out.push(DIGITS[(b >> 4) as usize]);
                out.push(DIGITS[(b & 15) as usize]);
            }
            JsString::from(JsStr::latin1(&out))
        }
        Encoding::Base64 => {
            let s = base64::engine::general_purpose::STANDARD.encode(bytes);
            JsString::from(JsStr::latin1(s.as_bytes()))
        }
        Encoding::Base64url => {
            let s = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
            JsString::from(JsStr::latin1(s.as_bytes()))
        }
    }
}

// ---- encoding strings to bytes ----

/// The text of `bytes` in a binary-to-text encoding named as JS names it ('hex', 'base64',
/// 'base64url'), as Buffer's toString gives it; None for any other name.
pub(crate) fn binary_text(bytes: &[u8], name: &str) -> Option<JsString> {
    let enc = match name {
        "hex" => Encoding::Hex,
        "base64" => Encoding::Base64,
        "base64url" => Encoding::Base64url,
        _ => return None,
    };
    Some(decode(bytes, enc))
}

/// UTF-8 of a JS string; lone surrogates become U+FFFD as in node.
pub(crate) fn utf8_of(s: &JsString) -> Vec<u8> {
    match s.as_str().variant() {
        boa_string::JsStrVariant::Latin1(b) => {
            if b.is_ascii() {
                return b.to_vec();
            }
            let mut out = Vec::with_capacity(b.len() + 8);
            for &c in b {
                if c < 0x80 {
                    out.push(c);
                } else {
                    out.push(0xc0 | (c >> 6));
                    out.push(0x80 | (c & 0x3f));
                }
            }
            out
        }
        boa_string::JsStrVariant::Utf16(u) => {
            let mut out = Vec::with_capacity(u.len() * 3);
            let mut tmp = [0u8; 4];
            for ch in char::decode_utf16(u.iter().copied()) {
                let ch = ch.unwrap_or(char::REPLACEMENT_CHARACTER);
                out.extend_from_slice(ch.encode_utf8(&mut tmp).as_bytes());
            }
            out
        }
    }
}

fn utf8_len(s: &JsString) -> usize {
    match s.as_str().variant() {
        boa_string::JsStrVariant::Latin1(b) => b.len() + b.iter().filter(|&&c| c >= 0x80).count(),
        boa_string::JsStrVariant::Utf16(u) => char::decode_utf16(u.iter().copied())
            .map(|c| c.map_or(3, char::len_utf8))
            .sum(),
    }
}

/// Node decodes a two-byte string by the low byte of each code unit (a `uint8_t` cast).
fn b64_value(c: u16) -> Option<u8> {
    let c = c & 0xff;
    Some(match c {
        0x41..=0x5a => (c - 0x41) as u8,
        0x61..=0x7a => (c - 0x61 + 26) as u8,
        0x30..=0x39 => (c - 0x30 + 52) as u8,
        0x2b | 0x2d => 62,
        0x2f | 0x5f => 63,
        _ => return None,
    })
}

/// Node's lenient base64 decoder: both alphabets, other characters skipped, stops at `=`.
fn base64_decode(s: &JsString) -> Vec<u8> {
    match s.as_str().variant() {
        boa_string::JsStrVariant::Latin1(b) => base64_units(b),
        boa_string::JsStrVariant::Utf16(u) => base64_units(u),
    }
}

/// `base64_decode` over the code units of either string representation.
fn base64_units<T: Copy + Into<u16>>(units: &[T]) -> Vec<u8> {
    let mut out = Vec::with_capacity(units.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &c in units {
        let c: u16 = c.into();
        if c & 0xff == u16::from(b'=') {
            break;
        }
        let Some(v) = b64_value(c) else { continue };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

/// Hex pairs up to the first invalid one, as node does (by the low byte of each code unit).
fn hex_decode(s: &JsString) -> Vec<u8> {
    match s.as_str().variant() {
        boa_string::JsStrVariant::Latin1(b) => hex_pairs(b),
        boa_string::JsStrVariant::Utf16(u) => hex_pairs(u),
    }
}

/// The bytes of leading hex digit pairs of `units` (read by their low byte).
fn hex_pairs<T: Copy + Into<u16>>(units: &[T]) -> Vec<u8> {
    fn digit(c: u16) -> Option<u8> {
        match (c & 0xff) as u8 {
            b @ b'0'..=b'9' => Some(b - b'0'),
            b @ b'a'..=b'f' => Some(b - b'a' + 10),
            b @ b'A'..=b'F' => Some(b - b'A' + 10),
            _ => None,
        }
    }
    let mut out = Vec::with_capacity(units.len() / 2);
    for pair in units.chunks_exact(2) {
        match (digit(pair[0].into()), digit(pair[1].into())) {
            (Some(h), Some(l)) => out.push((h << 4) | l),
            _ => break,
        }
    }
    out
}

fn encode(s: &JsString, enc: Encoding) -> Vec<u8> {
    match enc {
        Encoding::Utf8 => utf8_of(s),
        Encoding::Latin1 | Encoding::Ascii => match s.as_str().variant() {
            boa_string::JsStrVariant::Latin1(b) => b.to_vec(),
            boa_string::JsStrVariant::Utf16(u) => u.iter().map(|&c| c as u8).collect(),
        },
        Encoding::Utf16le => s.as_str().iter().flat_map(u16::to_le_bytes).collect(),
        Encoding::Base64 | Encoding::Base64url => base64_decode(s),
        Encoding::Hex => hex_decode(s),
    }
}

/// How many leading bytes of `bytes` (an encoding of a string) fit in `room` without splitting
/// a character (utf8) or a code unit (utf16le).
fn fitting_prefix(bytes: &[u8], room: usize, enc: Encoding) -> usize {
    if bytes.len() <= room {
        return bytes.len();
    }
    match enc {
        Encoding::Utf8 => {
            let mut n = room;
            while n > 0 && (bytes[n] & 0xc0) == 0x80 {
                n -= 1;
            }
            n
        }
        Encoding::Utf16le => room & !1,
        _ => room,
    }
}

// ---- natives ----

/// `decode(u8, enc, start, end)` → string.
fn js_decode(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let v = view(args.first(), ctx)?;
    let enc = Encoding::from_value(args.get(1))?;
    let end = index_arg(args, 3, v.len, v.len);
    let start = index_arg(args, 2, 0, end);
    Ok(v.with(|b| decode(b.get(start..end).unwrap_or(&[]), enc))
        .into())
}

/// `inspectHex(u8, end)` → the hex of bytes `0..end` two digits a byte, space-separated
/// (Buffer's inspect: `<Buffer 68 69>`).
fn js_inspect_hex(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let v = view(args.first(), ctx)?;
    let end = index_arg(args, 1, v.len, v.len);
    Ok(v.with(|b| {
        let bytes = b.get(..end).unwrap_or(&[]);
        let mut out = Vec::with_capacity(bytes.len() * 3);
        for (i, byte) in bytes.iter().enumerate() {
            if i > 0 {
                out.push(b' ');
            }
            out.push(DIGITS[(byte >> 4) as usize]);
            out.push(DIGITS[(byte & 15) as usize]);
        }
        JsString::from(JsStr::latin1(&out))
    })
    .into())
}

/// `fromString(str, enc)` → Buffer, `enc` an encoding id or name (null for an unknown name).
fn js_from_string(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = string_arg(args, 0);
    let Some(enc) = Encoding::from_id_or_name(args.get(1))? else {
        return Ok(JsValue::null());
    };
    new_buffer(&encode(&s, enc), ctx)
}

/// `toStringAll(u8, enc)` → the whole view decoded, `enc` undefined (utf8) or a name; null for
/// anything buffer.js's own steps must handle (another encoding argument, an unknown name, a
/// view too long to decode without a length check, not a Uint8Array).
fn js_to_string_all(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let enc = match args.get(1) {
        None => Encoding::Utf8,
        Some(v) if v.is_undefined() => Encoding::Utf8,
        Some(v) => match v.as_string().and_then(|name| Encoding::by_name(&name)) {
            Some(enc) => enc,
            None => return Ok(JsValue::null()),
        },
    };
    let is_u8 = args
        .first()
        .and_then(JsValue::as_object)
        .and_then(|o| JsTypedArray::from_object(o.clone()).ok())
        .and_then(|ta| ta.kind())
        .is_some_and(|k| k == TypedArrayKind::Uint8);
    if !is_u8 {
        return Ok(JsValue::null());
    }
    let v = view(args.first(), ctx)?;
    if v.len > LONG_DECODE {
        return Ok(JsValue::null());
    }
    Ok(v.with(|b| decode(b, enc)).into())
}

/// buffer.js's kLongDecode: longer ranges are decoded with node's string length checks.
const LONG_DECODE: usize = 536_870_888 >> 2;

/// `copyBytes(view)` → a new (pooled when small) Buffer with a copy of a view's bytes.
fn js_copy_bytes(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let v = view(args.first(), ctx)?;
    let pool_size = args.get(1).and_then(JsValue::as_number);
    let bytes = v.with(<[u8]>::to_vec);
    match pool_size {
        Some(size) => pooled(&bytes, bytes.len(), size, ctx),
        None => new_buffer(&bytes, ctx),
    }
}

// ---- node's allocation pool ----

/// node's Buffer pool: Buffers under half of `Buffer.poolSize` made by allocUnsafe,
/// from(string), from(array) and concat are views on a shared ArrayBuffer, at 8-aligned
/// offsets. buffer.js makes each pool (`setPool`), so it can mark it untransferable.
struct Pool {
    buffer: JsArrayBuffer,
    object: JsObject,
    offset: std::cell::Cell<usize>,
}

/// The pool and where `size` bytes would start in it, or None when it has no room (node's
/// `length > poolSize - poolOffset`): buffer.js must give it a new one.
fn pool_slot(size: usize, ctx: &Context) -> Option<(JsArrayBuffer, JsObject, usize)> {
    let pool = ctx.get_data::<Pool>()?;
    // A transferred (detached) pool has no room left.
    let len = pool.buffer.data().map_or(0, |d| d.len());
    let offset = pool.offset.get();
    if len == 0 || size > len.saturating_sub(offset) {
        return None;
    }
    Some((pool.buffer.clone(), pool.object.clone(), offset))
}

/// Moves the pool's offset past a Buffer ending at `end`, 8-aligned (node's alignPool).
fn advance_pool(end: usize, ctx: &Context) {
    if let Some(pool) = ctx.get_data::<Pool>() {
        pool.offset.set((end + 7) & !7);
    }
}

/// A new zero-filled Buffer of `size` bytes, its own ArrayBuffer.
fn zeroed_buffer(size: usize, ctx: &mut Context) -> JsResult<JsValue> {
    let ab = JsArrayBuffer::new(size, ctx)?;
    let obj: JsObject = JsUint8Array::from_array_buffer(ab, ctx)?.into();
    set_buffer_prototype(&obj, ctx);
    Ok(obj.into())
}

/// A pooled Buffer of `bytes` reserving `estimate` bytes of room (node's byteLength, which may
/// exceed what a base64/hex string decodes to), or an own one when `estimate` is at least half
/// the pool size; `undefined` when buffer.js must make a new pool first.
fn pooled(bytes: &[u8], estimate: usize, pool_size: f64, ctx: &mut Context) -> JsResult<JsValue> {
    if bytes.is_empty() && estimate == 0 {
        return new_buffer(&[], ctx);
    }
    if estimate as f64 >= f64::from(pool_size as u32 >> 1) {
        return new_buffer(bytes, ctx);
    }
    let Some((buffer, object, offset)) = pool_slot(estimate, ctx) else {
        return Ok(JsValue::undefined());
    };
    {
        let Some(mut data) = buffer.data_mut() else {
            return Ok(JsValue::undefined());
        };
        match data.get_mut(offset..offset + bytes.len()) {
            Some(dst) => dst.copy_from_slice(bytes),
            None => return Ok(JsValue::undefined()),
        }
    }
    advance_pool(offset + bytes.len(), ctx);
    view_on(&object, offset, bytes.len(), ctx)
}

/// A Buffer viewing `len` bytes of the ArrayBuffer `buffer` from `offset`.
fn view_on(buffer: &JsObject, offset: usize, len: usize, ctx: &mut Context) -> JsResult<JsValue> {
    let ctor = ctx
        .intrinsics()
        .constructors()
        .typed_uint8_array()
        .constructor();
    let arr = ctor.construct(
        &[
            buffer.clone().into(),
            (offset as f64).into(),
            (len as f64).into(),
        ],
        None,
        ctx,
    )?;
    set_buffer_prototype(&arr, ctx);
    Ok(arr.into())
}

/// `setPool(arrayBuffer, offset)`: the pool later small Buffers are cut from.
fn js_set_pool(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let object = args
        .first()
        .and_then(JsValue::as_object)
        .ok_or_else(|| JsNativeError::typ().with_message("pool must be an ArrayBuffer"))?;
    let buffer = JsArrayBuffer::from_object(object.clone())?;
    let offset = index_arg(args, 1, 0, usize::MAX);
    ctx.insert_data(Pool {
        buffer,
        object: object.clone(),
        offset: std::cell::Cell::new(offset),
    });
    Ok(JsValue::undefined())
}

/// `poolFromString(str, enc, poolSize)` → a Buffer of the string's bytes, pooled as node's
/// fromStringFast; null for an unknown encoding, undefined when a new pool is needed.
fn js_pool_from_string(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = string_arg(args, 0);
    let Some(enc) = Encoding::from_id_or_name(args.get(1))? else {
        return Ok(JsValue::null());
    };
    let pool_size = args.get(2).and_then(JsValue::as_number).unwrap_or(8192.0);
    if s.is_empty() {
        return new_buffer(&[], ctx);
    }
    let bytes = encode(&s, enc);
    // node 20's fromStringFast: a string of half the pool size or more gets its own buffer; a
    // shorter one needs room for 4 bytes per unit (the most any encoding writes), or for its
    // byte length when 4 per unit would be half the pool size or more.
    let half = (pool_size as u32 >> 1) as usize;
    let units = s.len();
    if units >= half {
        return new_buffer(&bytes, ctx);
    }
    let estimate = if units * 4 < half {
        units * 4
    } else {
        match enc {
            Encoding::Base64 | Encoding::Base64url => base64_estimate(&s),
            Encoding::Hex => units >> 1,
            Encoding::Utf16le => units * 2,
            Encoding::Latin1 | Encoding::Ascii => units,
            Encoding::Utf8 => bytes.len(),
        }
    };
    pooled(&bytes, estimate.max(bytes.len()), pool_size, ctx)
}

/// node's base64ByteLength: 3/4 of the length without up to two trailing '='.
fn base64_estimate(s: &JsString) -> usize {
    let s = s.as_str();
    let pad = Some(u16::from(b'='));
    let mut n = s.len();
    if n > 0 && s.get(n - 1) == pad {
        n -= 1;
    }
    if n > 1 && s.get(n - 1) == pad {
        n -= 1;
    }
    (n * 3) >> 2
}

/// `poolAlloc(size, poolSize)` → a pooled Buffer of `size` bytes (node's allocate; its bytes
/// are whatever the pool held), undefined when a new pool is needed.
fn js_pool_alloc(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let size = index_arg(args, 0, 0, usize::MAX);
    let pool_size = args.get(1).and_then(JsValue::as_number).unwrap_or(8192.0);
    if size == 0 {
        return new_buffer(&[], ctx);
    }
    if size as f64 >= f64::from(pool_size as u32 >> 1) {
        return zeroed_buffer(size, ctx);
    }
    let Some((_, object, offset)) = pool_slot(size, ctx) else {
        return Ok(JsValue::undefined());
    };
    advance_pool(offset + size, ctx);
    view_on(&object, offset, size, ctx)
}

/// `write(u8, str, enc, offset, maxLength)` → bytes written (whole characters only).
fn js_write(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let v = view(args.first(), ctx)?;
    let s = string_arg(args, 1);
    let enc = Encoding::from_value(args.get(2))?;
    let offset = index_arg(args, 3, 0, v.len);
    let room = index_arg(args, 4, v.len - offset, v.len - offset);
    let bytes = encode(&s, enc);
    let n = fitting_prefix(&bytes, room, enc);
    v.with_mut(ctx, |dst| {
        if let (Some(d), Some(src)) = (dst.get_mut(offset..offset + n), bytes.get(..n)) {
            d.copy_from_slice(src);
        }
    })?;
    Ok((n as f64).into())
}

/// `byteLengthUtf8(str)` → number.
fn js_byte_length_utf8(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok((utf8_len(&string_arg(args, 0)) as f64).into())
}

/// `compare(a, aStart, aEnd, b, bStart, bEnd)` → -1 | 0 | 1.
fn js_compare(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let a = view(args.first(), ctx)?;
    let b = view(args.get(3), ctx)?;
    let a_end = index_arg(args, 2, a.len, a.len);
    let a_start = index_arg(args, 1, 0, a_end);
    let b_end = index_arg(args, 5, b.len, b.len);
    let b_start = index_arg(args, 4, 0, b_end);
    let ord = a.with(|x| b.with(|y| x.get(a_start..a_end).cmp(&y.get(b_start..b_end))));
    Ok((ord as i32).into())
}

/// `indexOf(hay, needle: Uint8Array | number, byteOffset, forward)` → index or -1.
fn js_index_of(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let hay = view(args.first(), ctx)?;
    let needle: Vec<u8> = match args.get(1) {
        Some(n) if n.is_number() => vec![n.to_u32(ctx)? as u8],
        other => view(other, ctx)?.with(<[u8]>::to_vec),
    };
    let forward = args.get(3).is_some_and(JsValue::to_boolean);
    let len = hay.len as f64;
    let mut from = args
        .get(2)
        .and_then(JsValue::as_number)
        .unwrap_or(if forward { 0.0 } else { len });
    if from.is_nan() {
        from = if forward { 0.0 } else { len };
    }
    if from < 0.0 {
        from += len;
    }
    let found = hay.with(|h| {
        if forward {
            let start = from.max(0.0) as usize;
            if needle.is_empty() {
                return Some(start.min(h.len()));
            }
            if start >= h.len() {
                return None;
            }
            h[start..]
                .windows(needle.len())
                .position(|w| w == &needle[..])
                .map(|p| p + start)
        } else {
            if from < 0.0 {
                return None;
            }
            if needle.is_empty() {
                return Some((from as usize).min(h.len()));
            }
            if needle.len() > h.len() {
                return None;
            }
            let last = (from as usize).min(h.len() - needle.len());
            (0..=last)
                .rev()
                .find(|&i| h[i..i + needle.len()] == needle[..])
        }
    });
    Ok(found.map_or(-1.0, |i| i as f64).into())
}

/// `fill(u8, pattern: Uint8Array | byte number, start, end)`: repeats the pattern over the range.
fn js_fill(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let v = view(args.first(), ctx)?;
    let pattern = match args.get(1) {
        Some(n) if n.is_number() => vec![n.to_u32(ctx)? as u8],
        other => view(other, ctx)?.with(<[u8]>::to_vec),
    };
    let end = index_arg(args, 3, v.len, v.len);
    let start = index_arg(args, 2, 0, end);
    if pattern.is_empty() {
        return Ok(JsValue::undefined());
    }
    v.with_mut(ctx, |b| {
        if let Some(range) = b.get_mut(start..end) {
            fill_pattern(range, &pattern);
        }
    })?;
    Ok(JsValue::undefined())
}

/// Fills `dst` with `pattern` repeated: a memset for one byte, else the pattern once and then
/// doubling copies of what is already filled (each a whole number of patterns, so in phase).
fn fill_pattern(dst: &mut [u8], pattern: &[u8]) {
    if let [byte] = pattern {
        dst.fill(*byte);
        return;
    }
    let first = pattern.len().min(dst.len());
    dst[..first].copy_from_slice(&pattern[..first]);
    let mut filled = first;
    while filled < dst.len() {
        let n = filled.min(dst.len() - filled);
        dst.copy_within(..n, filled);
        filled += n;
    }
}

/// `swap(u8, size)`: reverses every group of `size` bytes in place (swap16/32/64).
fn js_swap(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let v = view(args.first(), ctx)?;
    let size = args.get(1).and_then(JsValue::as_number).unwrap_or(2.0) as usize;
    if size > 0 {
        v.with_mut(ctx, |b| b.chunks_exact_mut(size).for_each(<[u8]>::reverse))?;
    }
    Ok(JsValue::undefined())
}

/// `copy(source, target, targetStart, sourceStart, sourceEnd)` → bytes copied (memmove-safe).
fn js_copy(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let src = view(args.first(), ctx)?;
    let dst = view(args.get(1), ctx)?;
    let t_start = index_arg(args, 2, 0, dst.len);
    let s_end = index_arg(args, 4, src.len, src.len);
    let s_start = index_arg(args, 3, 0, s_end);
    let n = (s_end - s_start).min(dst.len - t_start);
    if n == 0 {
        return Ok(0.into());
    }
    let (from, to) = (src.offset + s_start, dst.offset + t_start);
    if let (Store::Plain(s_ab), Store::Plain(d_ab)) = (&src.store, &dst.store) {
        if JsObject::equals(&src.object, &dst.object) {
            if let Some(mut data) = d_ab.data_mut() {
                if from + n <= data.len() && to + n <= data.len() {
                    data.copy_within(from..from + n, to);
                }
            }
        } else if let (Some(s), Some(mut d)) = (s_ab.data(), d_ab.data_mut()) {
            // Two stores: one copy, without an intermediate vector.
            if let (Some(s), Some(d)) = (s.get(from..from + n), d.get_mut(to..to + n)) {
                d.copy_from_slice(s);
            }
        }
    } else {
        let bytes = src.with(|b| b.get(s_start..s_start + n).map(<[u8]>::to_vec));
        if let Some(bytes) = bytes {
            dst.with_mut(ctx, |d| {
                if let Some(d) = d.get_mut(t_start..t_start + n) {
                    d.copy_from_slice(&bytes);
                }
            })?;
        }
    }
    Ok((n as f64).into())
}

/// `alloc(size)` → zero-filled Buffer.
fn js_alloc(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let size = args.first().and_then(JsValue::as_number).unwrap_or(0.0);
    if !(0.0..=4_294_967_296.0).contains(&size) {
        return Err(JsNativeError::range()
            .with_message("Array buffer allocation failed")
            .into());
    }
    zeroed_buffer(size as usize, ctx)
}

/// `concat(list, totalLength, poolSize)` → Buffer of the list's bytes, truncated or zero-padded
/// (totalLength undefined: all of them); pooled as node's allocUnsafe when `poolSize` is given
/// (undefined when a new pool is needed).
fn js_concat(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let list = args
        .first()
        .and_then(JsValue::as_object)
        .ok_or_else(|| JsNativeError::typ().with_message("list must be an array"))?;
    let list = JsArray::from_object(list.clone())?;
    let total = index_arg(args, 1, usize::MAX, usize::MAX);
    // The output is sized once: growing it by doubling held the old and the new block at once
    // (wasm memory never shrinks), twice the result's size at the peak.
    let mut views = Vec::new();
    let mut sum = 0usize;
    for i in 0..list.length(ctx)? {
        if sum >= total {
            break;
        }
        let v = view(Some(&list.get(i, ctx)?), ctx)?;
        sum = sum.saturating_add(v.len);
        views.push(v);
    }
    let size = if total == usize::MAX { sum } else { total };
    let mut out = AlignedVec::<u8>::with_capacity(64, size);
    for v in &views {
        v.with(|b| out.extend_from_slice(&b[..b.len().min(size - out.len())]));
    }
    out.resize(size, 0);
    if let Some(pool_size) = args.get(2).and_then(JsValue::as_number) {
        if size > 0 && (size as f64) < f64::from(pool_size as u32 >> 1) {
            return pooled(&out, size, pool_size, ctx);
        }
    }
    buffer_from_block(out, ctx)
}

/// `isUtf8(u8)` → whether the bytes are valid UTF-8.
fn js_is_utf8(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(view(args.first(), ctx)?
        .with(|b| std::str::from_utf8(b).is_ok())
        .into())
}

/// `isAscii(u8)` → whether every byte is below 0x80.
fn js_is_ascii(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(view(args.first(), ctx)?.with(<[u8]>::is_ascii).into())
}

/// `setPrototype(Buffer.prototype)`: called once by buffer.js.
fn js_set_prototype(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    if let Some(p) = args.first().and_then(JsValue::as_object) {
        ctx.insert_data(BufferProto(p.clone()));
    }
    Ok(JsValue::undefined())
}

/// `detach(arrayBuffer)`: detaches an ArrayBuffer (structuredClone's transfer list), as Boa has
/// no ArrayBuffer.prototype.transfer; anything else, or a buffer with a detach key, is left.
fn js_detach(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    if let Some(ab) = args
        .first()
        .and_then(JsValue::as_object)
        .and_then(|o| JsArrayBuffer::from_object(o.clone()).ok())
    {
        // A buffer with a detach key (WebAssembly memory) stays attached, as it would in V8.
        let _ = ab.detach(&JsValue::undefined());
    }
    Ok(JsValue::undefined())
}

/// `subarray(buf, start, end)` → a Buffer over `buf`'s bytes from `start` to `end`, clamped as
/// node's adjustOffset (each a number or undefined): the hot path of `buf.subarray`/`slice`,
/// without the derived-class construction and getter calls of the JS version.
fn js_subarray(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let obj = args
        .first()
        .and_then(JsValue::as_object)
        .ok_or_else(|| JsNativeError::typ().with_message("argument must be a Uint8Array"))?;
    let ta = JsTypedArray::from_object(obj.clone())?;
    let len = ta.byte_length(ctx)?;
    let offset = ta.byte_offset(ctx)?;
    let buffer = ta.buffer(ctx)?;
    let adjust = |v: Option<&JsValue>, default: usize| -> usize {
        let Some(n) = v.and_then(JsValue::as_number) else {
            return default;
        };
        let n = n.trunc();
        if n.is_nan() || n == 0.0 {
            0
        } else if n < 0.0 {
            let x = n + len as f64;
            if x > 0.0 {
                x as usize
            } else {
                0
            }
        } else if n < len as f64 {
            n as usize
        } else {
            len
        }
    };
    let start = adjust(args.get(1), 0);
    let end = adjust(args.get(2), len);
    let new_len = end.saturating_sub(start);
    let buffer = buffer
        .as_object()
        .ok_or_else(|| JsNativeError::typ().with_message("argument must be a Uint8Array"))?;
    view_on(&buffer, offset + start, new_len, ctx)
}

/// `cloneShared(sab)` → a new SharedArrayBuffer object over the same memory (structured clone).
fn js_clone_shared(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let sab = args
        .first()
        .and_then(JsValue::as_object)
        .and_then(|o| JsSharedArrayBuffer::from_object(o.clone()).ok())
        .ok_or_else(|| JsNativeError::typ().with_message("not a SharedArrayBuffer"))?;
    Ok(JsSharedArrayBuffer::from_buffer(sab.inner(), ctx).into())
}

/// The `internalBinding('buffer')` object.
pub fn binding(ctx: &mut Context) -> JsObject {
    let fns: &[crate::node::NativeFn] = &[
        ("decode", js_decode, 4),
        ("fromString", js_from_string, 2),
        ("toStringAll", js_to_string_all, 2),
        ("copyBytes", js_copy_bytes, 2),
        ("setPool", js_set_pool, 2),
        ("poolFromString", js_pool_from_string, 3),
        ("poolAlloc", js_pool_alloc, 2),
        ("inspectHex", js_inspect_hex, 2),
        ("write", js_write, 5),
        ("byteLengthUtf8", js_byte_length_utf8, 1),
        ("compare", js_compare, 6),
        ("indexOf", js_index_of, 4),
        ("fill", js_fill, 4),
        ("swap", js_swap, 2),
        ("copy", js_copy, 5),
        ("alloc", js_alloc, 1),
        ("concat", js_concat, 2),
        ("setPrototype", js_set_prototype, 1),
        ("isUtf8", js_is_utf8, 1),
        ("isAscii", js_is_ascii, 1),
        ("detach", js_detach, 1),
        ("cloneShared", js_clone_shared, 1),
        ("subarray", js_subarray, 3),
        ("stringDecoderWrite", string_decoder::js_write, 3),
    ];
    crate::node::binding_object(ctx, fns)
}
