//! The native half of `zlib` (`internalBinding('zlib')`): incremental deflate/inflate in
//! zlib, gzip and raw framing on flate2 (pure-Rust miniz_oxide). Compressed bytes are valid
//! deflate but not byte-identical to node's zlib; round trips and interop are exact.

use crate::node::buffer::{new_buffer, view};
use boa_engine::{
    js_string,
    object::{JsObject, ObjectInitializer},
    Context, JsData, JsNativeError, JsResult, JsValue,
};
use boa_gc::{Finalize, Trace};
use flate2::write::{
    DeflateDecoder, DeflateEncoder, GzDecoder, GzEncoder, ZlibDecoder, ZlibEncoder,
};
use flate2::Compression;
use std::cell::RefCell;
use std::io::Write;

/// A compression or decompression stream; each writes its output into a Vec we drain.
enum Codec {
    Deflate(ZlibEncoder<Vec<u8>>),
    Inflate(ZlibDecoder<Vec<u8>>),
    Gzip(GzEncoder<Vec<u8>>),
    /// One gzip member at a time: `write` starts the next as zlib's gunzip does.
    Gunzip(GzDecoder<Vec<u8>>),
    DeflateRaw(DeflateEncoder<Vec<u8>>),
    InflateRaw(DeflateDecoder<Vec<u8>>),
    /// Unzip before the first bytes tell gzip from zlib.
    Unzip(Vec<u8>),
}

#[derive(Trace, Finalize, JsData)]
struct Handle {
    #[unsafe_ignore_trace]
    codec: RefCell<Option<Box<Codec>>>,
}

impl Codec {
    fn new(mode: i32, level: i32) -> Option<Codec> {
        let level = if (0..=9).contains(&level) {
            Compression::new(level as u32)
        } else {
            Compression::default()
        };
        Some(match mode {
            1 => Codec::Deflate(ZlibEncoder::new(Vec::new(), level)),
            2 => Codec::Inflate(ZlibDecoder::new(Vec::new())),
            3 => Codec::Gzip(
                flate2::GzBuilder::new()
                    .operating_system(3)
                    .write(Vec::new(), level),
            ),
            4 => Codec::Gunzip(GzDecoder::new(Vec::new())),
            5 => Codec::DeflateRaw(DeflateEncoder::new(Vec::new(), level)),
            6 => Codec::InflateRaw(DeflateDecoder::new(Vec::new())),
            7 => Codec::Unzip(Vec::new()),
            _ => return None,
        })
    }

    fn write(&mut self, data: &[u8]) -> std::io::Result<()> {
        if let Codec::Unzip(pending) = self {
            pending.extend_from_slice(data);
            if pending.len() < 2 {
                return Ok(());
            }
            let head = std::mem::take(pending);
            *self = if head[0] == 0x1f && head[1] == 0x8b {
                Codec::Gunzip(GzDecoder::new(Vec::new()))
            } else {
                Codec::Inflate(ZlibDecoder::new(Vec::new()))
            };
            return self.write(&head);
        }
        match self {
            Codec::Deflate(c) => c.write_all(data),
            // Bytes after the end of a zlib or raw stream are ignored, as zlib does.
            Codec::Inflate(c) => write_until_end(c, data).map(|_| ()),
            Codec::Gzip(c) => c.write_all(data),
            Codec::Gunzip(c) => {
                let mut rest = data;
                loop {
                    let used = write_until_end(c, rest)?;
                    rest = &rest[used..];
                    // node's gunzip: after a member, a zero byte ends the input (padding);
                    // anything else starts another member.
                    if rest.first().is_none_or(|b| *b == 0) {
                        return Ok(());
                    }
                    c.try_finish()?;
                    if rest[0] != 0x1f || rest.get(1).is_some_and(|b| *b != 0x8b) {
                        return Err(std::io::Error::new(
                            std::io::ErrorKind::InvalidData,
                            "incorrect header check",
                        ));
                    }
                    let out = std::mem::take(c.get_mut());
                    *c = GzDecoder::new(out);
                }
            }
            Codec::DeflateRaw(c) => c.write_all(data),
            Codec::InflateRaw(c) => write_until_end(c, data).map(|_| ()),
            Codec::Unzip(_) => Ok(()),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Codec::Deflate(c) => c.flush(),
            Codec::Inflate(c) => c.flush(),
            Codec::Gzip(c) => c.flush(),
            Codec::Gunzip(c) => c.flush(),
            Codec::DeflateRaw(c) => c.flush(),
            Codec::InflateRaw(c) => c.flush(),
            Codec::Unzip(_) => Ok(()),
        }
    }

    fn finish(&mut self) -> std::io::Result<()> {
        match self {
            Codec::Deflate(c) => c.try_finish(),
            Codec::Inflate(c) => c.try_finish(),
            Codec::Gzip(c) => c.try_finish(),
            Codec::Gunzip(c) => c.try_finish(),
            Codec::DeflateRaw(c) => c.try_finish(),
            Codec::InflateRaw(c) => c.try_finish(),
            Codec::Unzip(p) if p.is_empty() => Ok(()),
            Codec::Unzip(_) => Err(std::io::Error::from(std::io::ErrorKind::UnexpectedEof)),
        }
    }

    /// Takes the output produced so far.
    fn take(&mut self) -> Vec<u8> {
        let out = match self {
            Codec::Deflate(c) => c.get_mut(),
            Codec::Inflate(c) => c.get_mut(),
            Codec::Gzip(c) => c.get_mut(),
            Codec::Gunzip(c) => c.get_mut(),
            Codec::DeflateRaw(c) => c.get_mut(),
            Codec::InflateRaw(c) => c.get_mut(),
            Codec::Unzip(_) => return Vec::new(),
        };
        std::mem::take(out)
    }
}

/// Writes `data` until the decoder takes no more (its stream ended); returns the bytes used.
fn write_until_end<W: Write>(c: &mut W, data: &[u8]) -> std::io::Result<usize> {
    let mut used = 0;
    while used < data.len() {
        let n = c.write(&data[used..])?;
        if n == 0 {
            break;
        }
        used += n;
    }
    Ok(used)
}

/// `{ code, errno, message }` as node's zlib errors carry them.
fn zlib_error(e: &std::io::Error, ctx: &mut Context) -> JsValue {
    let (code, errno, message) = if e.kind() == std::io::ErrorKind::UnexpectedEof {
        ("Z_BUF_ERROR", -5, "unexpected end of file")
    } else if e.to_string().contains("checksum") {
        // flate2's gzip trailer mismatch (CRC or length).
        ("Z_DATA_ERROR", -3, "incorrect data check")
    } else {
        ("Z_DATA_ERROR", -3, "incorrect header check")
    };
    let mut init = ObjectInitializer::new(ctx);
    init.property(js_string!("code"), js_string!(code), Default::default());
    init.property(js_string!("errno"), errno, Default::default());
    init.property(
        js_string!("message"),
        js_string!(message),
        Default::default(),
    );
    init.build().into()
}

/// `create(mode, level)` → handle (modes as zlib.constants: DEFLATE 1 … UNZIP 7).
fn create(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let mode = args.first().and_then(JsValue::as_number).unwrap_or(0.0) as i32;
    let level = args.get(1).and_then(JsValue::as_number).unwrap_or(-1.0) as i32;
    let codec = Codec::new(mode, level)
        .ok_or_else(|| JsNativeError::typ().with_message("unsupported zlib mode"))?;
    let handle = Handle {
        codec: RefCell::new(Some(Box::new(codec))),
    };
    Ok(JsObject::from_proto_and_data(None, handle).into())
}

/// `process(handle, bytes, flush)` with flush 0 none, 2 sync, 4 finish → Buffer of output, or
/// `{ code, errno, message }` on corrupt input.
fn process(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let obj = args
        .first()
        .and_then(JsValue::as_object)
        .ok_or_else(|| JsNativeError::typ().with_message("not a zlib handle"))?;
    let data = match args.get(1) {
        Some(v) if !v.is_null_or_undefined() => view(Some(v), ctx)?.with(<[u8]>::to_vec),
        _ => Vec::new(),
    };
    let flush = args.get(2).and_then(JsValue::as_number).unwrap_or(0.0) as i32;
    let result = {
        let handle = obj
            .downcast_ref::<Handle>()
            .ok_or_else(|| JsNativeError::typ().with_message("not a zlib handle"))?;
        let mut slot = handle.codec.borrow_mut();
        let Some(codec) = slot.as_mut() else {
            return Err(JsNativeError::error()
                .with_message("zlib binding closed")
                .into());
        };
        let mut step = || -> std::io::Result<Vec<u8>> {
            codec.write(&data)?;
            match flush {
                4 => codec.finish()?,
                1..=3 => codec.flush()?,
                _ => {}
            }
            Ok(codec.take())
        };
        step()
    };
    match result {
        Ok(out) => new_buffer(&out, ctx),
        Err(e) => Ok(zlib_error(&e, ctx)),
    }
}

/// `crc32(bytes, initial)` → number.
fn crc32(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let initial = args.get(1).and_then(JsValue::as_number).unwrap_or(0.0) as u32;
    let data = view(args.first(), ctx)?;
    // Continues from a previous value, as zlib's crc32(crc, buf, len) does.
    let mut h = crc32fast::Hasher::new_with_initial(initial);
    data.with(|b| h.update(b));
    Ok(f64::from(h.finalize()).into())
}

/// The `internalBinding('zlib')` object.
pub fn binding(ctx: &mut Context) -> JsObject {
    let fns: &[crate::node::NativeFn] = &[
        ("create", create, 2),
        ("process", process, 3),
        ("crc32", crc32, 2),
    ];
    crate::node::binding_object(ctx, fns)
}
