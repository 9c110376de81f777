//! The native half of `zlib` (`internalBinding('zlib')`): incremental deflate/inflate in
//! zlib, gzip and raw framing on flate2 (pure-Rust miniz_oxide), and Brotli on dropbox's
//! `brotli` crate. Compressed bytes are valid deflate/Brotli but not byte-identical to node's
//! zlib and libbrotli; round trips and interop are exact.

use crate::node::buffer::{new_buffer, view};
use boa_engine::{
    js_string,
    object::{JsObject, ObjectInitializer},
    Context, JsData, JsNativeError, JsResult, JsValue,
};
use boa_gc::{Finalize, Trace};
use brotli::enc::encode::{
    BrotliEncoderOperation, BrotliEncoderParameter, BrotliEncoderStateStruct,
};
use brotli::enc::StandardAlloc;
use brotli::{BrotliDecompressStream, BrotliResult, BrotliState};
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
    BrotliEncode(Box<BrotliEncoder>),
    BrotliDecode(Box<BrotliDecoder>),
}

/// Why a codec step failed: zlib's I/O-style errors, or a Brotli decoder error code.
enum Failure {
    Io(std::io::Error),
    /// libbrotli's error code and its constant's name (`BROTLI_DECODER_ERROR_FORMAT_...`).
    Brotli(i32, String),
    /// The output passed the call's limit (maxOutputLength, or what wasm32 can hold).
    TooLarge(usize),
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Failure::Io(e)
    }
}

/// The largest window the Brotli encoder's quality 10-11 hasher is given (see `BrotliEncoder::new`).
const MAX_H10_WINDOW_BITS: i32 = 24;

/// The most output one `process` call makes: wasm32 cannot grow a buffer past 2 GB (node's
/// kMaxLength is 4 GB), so a decompression bomb fails as too large instead of aborting. Checked
/// after each piece of input, the output stays under 1 GB, where a doubling Vec still fits.
const MAX_OUTPUT: usize = 1 << 29;
/// Decoders take their input in pieces of this size, the output checked against the limit
/// after each (deflate expands a piece at most ~1000-fold).
const FEED: usize = 64 * 1024;

/// The size of the scratch buffer the Brotli codecs write into before copying out.
const BROTLI_CHUNK: usize = 16 * 1024;

struct BrotliEncoder {
    state: BrotliEncoderStateStruct<StandardAlloc>,
    out: Vec<u8>,
}

impl BrotliEncoder {
    /// An encoder with node's init params (`-1`: unset); `None` when libbrotli would refuse one.
    fn new(params: &[u32]) -> Option<Self> {
        let mut state = BrotliEncoderStateStruct::new(StandardAlloc::default());
        for (key, &value) in params.iter().enumerate() {
            if value == u32::MAX {
                continue;
            }
            let param = match key {
                0 => BrotliEncoderParameter::BROTLI_PARAM_MODE,
                1 => BrotliEncoderParameter::BROTLI_PARAM_QUALITY,
                2 => BrotliEncoderParameter::BROTLI_PARAM_LGWIN,
                3 => BrotliEncoderParameter::BROTLI_PARAM_LGBLOCK,
                4 => BrotliEncoderParameter::BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING,
                5 => BrotliEncoderParameter::BROTLI_PARAM_SIZE_HINT,
                6 => BrotliEncoderParameter::BROTLI_PARAM_LARGE_WINDOW,
                // NPOSTFIX and NDIRECT only shape the output; this encoder picks its own.
                7 | 8 => continue,
                _ => return None,
            };
            // Modes past FONT are this crate's own experiments, not libbrotli's.
            let value = if key == 0 && value > 2 { 0 } else { value };
            if !state.set_parameter(param, value) {
                return None;
            }
        }
        // Qualities 10 and 11 keep 8 bytes per window position whatever the input's size:
        // a large window past 2^24 does not fit wasm32's memory (2^28 overflows it), so it stops
        // there. The stream keeps the large-window format, as libbrotli writes it.
        let p = &mut state.params;
        if p.quality >= 10 && p.lgwin > MAX_H10_WINDOW_BITS {
            p.lgwin = MAX_H10_WINDOW_BITS;
        }
        // libbrotli's SanitizeParams: qualities 0-2 (static entropy codes) have no large window.
        if p.quality <= 2 {
            p.large_window = false;
        }
        Some(BrotliEncoder {
            state,
            out: Vec::new(),
        })
    }

    /// Runs `op` over `input` until the input is taken and the operation's output is out.
    fn run(&mut self, op: BrotliEncoderOperation, input: &[u8]) -> std::io::Result<()> {
        let mut buf = vec![0u8; BROTLI_CHUNK];
        let mut avail_in = input.len();
        let mut in_off = 0;
        loop {
            let mut avail_out = buf.len();
            let mut out_off = 0;
            let ok = self.state.compress_stream(
                op,
                &mut avail_in,
                input,
                &mut in_off,
                &mut avail_out,
                &mut buf,
                &mut out_off,
                &mut None,
                &mut |_, _, _, _| (),
            );
            self.out.extend_from_slice(&buf[..out_off]);
            if !ok {
                return Err(std::io::Error::other("brotli encoder failed"));
            }
            let done = match op {
                BrotliEncoderOperation::BROTLI_OPERATION_FINISH => self.state.is_finished(),
                _ => avail_in == 0 && !self.state.has_more_output(),
            };
            if done {
                return Ok(());
            }
        }
    }
}

struct BrotliDecoder {
    state: BrotliState<StandardAlloc, StandardAlloc, StandardAlloc>,
    out: Vec<u8>,
    ended: bool,
}

impl BrotliDecoder {
    /// A decoder with node's init params: only LARGE_WINDOW and the ring-buffer hint exist.
    fn new(params: &[u32]) -> Option<Self> {
        let mut state = BrotliState::new_strict(
            StandardAlloc::default(),
            StandardAlloc::default(),
            StandardAlloc::default(),
        );
        for (key, &value) in params.iter().enumerate() {
            match (key, value) {
                (_, u32::MAX) | (0, _) => {}
                (1, v) => state.large_window = v != 0,
                _ => return None,
            }
        }
        Some(BrotliDecoder {
            state,
            out: Vec::new(),
            ended: false,
        })
    }

    /// Decodes `input` while the output stays within `limit`; returns the bytes used (those
    /// after the end of the stream are not).
    fn write(&mut self, input: &[u8], limit: usize) -> Result<usize, Failure> {
        let mut buf = vec![0u8; BROTLI_CHUNK];
        let mut avail_in = input.len();
        let mut in_off = 0;
        let mut total = 0;
        while !self.ended {
            let mut avail_out = buf.len();
            let mut out_off = 0;
            let result = BrotliDecompressStream(
                &mut avail_in,
                &mut in_off,
                input,
                &mut avail_out,
                &mut out_off,
                &mut buf,
                &mut total,
                &mut self.state,
            );
            self.out.extend_from_slice(&buf[..out_off]);
            if self.out.len() > limit {
                return Err(Failure::TooLarge(limit));
            }
            match result {
                BrotliResult::NeedsMoreOutput => {}
                BrotliResult::NeedsMoreInput => return Ok(in_off),
                BrotliResult::ResultSuccess => self.ended = true,
                BrotliResult::ResultFailure => {
                    let code = self.state.error_code;
                    return Err(Failure::Brotli(code as i32, format!("{code:?}")));
                }
            }
        }
        Ok(in_off)
    }
}

#[derive(Trace, Finalize, JsData)]
struct Handle {
    #[unsafe_ignore_trace]
    codec: RefCell<Option<Box<Codec>>>,
    /// The input bytes the last `process` call used (a decoder leaves those after its stream).
    #[unsafe_ignore_trace]
    consumed: std::cell::Cell<usize>,
}

impl Codec {
    fn new(mode: i32, level: i32, params: &[u32]) -> Option<Codec> {
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
            8 => Codec::BrotliDecode(Box::new(BrotliDecoder::new(params)?)),
            9 => Codec::BrotliEncode(Box::new(BrotliEncoder::new(params)?)),
            _ => return None,
        })
    }

    /// Takes `data`, a decoder piece by piece while its output stays within `limit`; returns
    /// how many of the bytes were used.
    fn write(&mut self, data: &[u8], limit: usize) -> Result<usize, Failure> {
        let mut used = 0;
        for piece in data.chunks(FEED) {
            let n = self.write_piece(piece, limit)?;
            used += n;
            if self.output_len() > limit {
                return Err(Failure::TooLarge(limit));
            }
            if n < piece.len() {
                break;
            }
        }
        Ok(used)
    }

    /// Takes one piece of input; returns how many of its bytes were used.
    fn write_piece(&mut self, data: &[u8], limit: usize) -> Result<usize, Failure> {
        if let Codec::Unzip(pending) = self {
            pending.extend_from_slice(data);
            if pending.len() < 2 {
                return Ok(data.len());
            }
            let head = std::mem::take(pending);
            *self = if head[0] == 0x1f && head[1] == 0x8b {
                Codec::Gunzip(GzDecoder::new(Vec::new()))
            } else {
                Codec::Inflate(ZlibDecoder::new(Vec::new()))
            };
            // The bytes held from earlier calls were counted then.
            let held = head.len() - data.len();
            return Ok(self.write_piece(&head, limit)?.saturating_sub(held));
        }
        let all = data.len();
        Ok(match self {
            Codec::Deflate(c) => c.write_all(data).map(|_| all),
            // Bytes after the end of a zlib or raw stream are left, as zlib does.
            Codec::Inflate(c) => write_until_end(c, data),
            Codec::Gzip(c) => c.write_all(data).map(|_| all),
            Codec::Gunzip(c) => {
                let mut rest = data;
                loop {
                    let used = write_until_end(c, rest)?;
                    rest = &rest[used..];
                    // node's gunzip: after a member, a zero byte ends the input (padding);
                    // anything else starts another member.
                    if rest.first().is_none_or(|b| *b == 0) {
                        return Ok(all);
                    }
                    c.try_finish()?;
                    if rest[0] != 0x1f || rest.get(1).is_some_and(|b| *b != 0x8b) {
                        return Err(Failure::Io(std::io::Error::new(
                            std::io::ErrorKind::InvalidData,
                            "incorrect header check",
                        )));
                    }
                    let out = std::mem::take(c.get_mut());
                    *c = GzDecoder::new(out);
                }
            }
            Codec::DeflateRaw(c) => c.write_all(data).map(|_| all),
            Codec::InflateRaw(c) => write_until_end(c, data),
            Codec::BrotliEncode(c) => c
                .run(BrotliEncoderOperation::BROTLI_OPERATION_PROCESS, data)
                .map(|_| all),
            Codec::BrotliDecode(c) => return c.write(data, limit),
            Codec::Unzip(_) => Ok(all),
        }?)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Codec::Deflate(c) => c.flush(),
            Codec::Inflate(c) => c.flush(),
            Codec::Gzip(c) => c.flush(),
            Codec::Gunzip(c) => c.flush(),
            Codec::DeflateRaw(c) => c.flush(),
            Codec::InflateRaw(c) => c.flush(),
            Codec::BrotliEncode(c) => c.run(BrotliEncoderOperation::BROTLI_OPERATION_FLUSH, &[]),
            Codec::BrotliDecode(_) | Codec::Unzip(_) => Ok(()),
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
            Codec::BrotliEncode(c) => c.run(BrotliEncoderOperation::BROTLI_OPERATION_FINISH, &[]),
            // A Brotli stream that has not ended lacks input, as libbrotli reports it.
            Codec::BrotliDecode(c) if c.ended => Ok(()),
            Codec::BrotliDecode(_) => Err(std::io::Error::from(std::io::ErrorKind::UnexpectedEof)),
            Codec::Unzip(p) if p.is_empty() => Ok(()),
            Codec::Unzip(_) => Err(std::io::Error::from(std::io::ErrorKind::UnexpectedEof)),
        }
    }

    /// The length of the output produced so far.
    fn output_len(&self) -> usize {
        match self {
            Codec::Deflate(c) => c.get_ref().len(),
            Codec::Inflate(c) => c.get_ref().len(),
            Codec::Gzip(c) => c.get_ref().len(),
            Codec::Gunzip(c) => c.get_ref().len(),
            Codec::DeflateRaw(c) => c.get_ref().len(),
            Codec::InflateRaw(c) => c.get_ref().len(),
            Codec::BrotliEncode(c) => c.out.len(),
            Codec::BrotliDecode(c) => c.out.len(),
            Codec::Unzip(_) => 0,
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
            Codec::BrotliEncode(c) => &mut c.out,
            Codec::BrotliDecode(c) => &mut c.out,
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
fn zlib_error(failure: &Failure, ctx: &mut Context) -> JsValue {
    let e = match failure {
        Failure::Io(e) => e,
        Failure::Brotli(errno, name) => return brotli_error(*errno, name, ctx),
        Failure::TooLarge(limit) => {
            let mut init = ObjectInitializer::new(ctx);
            init.property(
                js_string!("code"),
                js_string!("ERR_BUFFER_TOO_LARGE"),
                Default::default(),
            );
            init.property(js_string!("max"), *limit as f64, Default::default());
            return init.build().into();
        }
    };
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

/// node's Brotli decoder error: `ERR_` and libbrotli's name for the code (as
/// `BrotliDecoderErrorString` gives it, `_ERROR_FORMAT_PADDING_1`), the code as errno.
fn brotli_error(errno: i32, name: &str, ctx: &mut Context) -> JsValue {
    let name = format!("ERR_{}", name.trim_start_matches("BROTLI_DECODER"));
    let mut init = ObjectInitializer::new(ctx);
    init.property(js_string!("code"), js_string!(name), Default::default());
    init.property(js_string!("errno"), errno, Default::default());
    init.property(
        js_string!("message"),
        js_string!("Decompression failed"),
        Default::default(),
    );
    init.build().into()
}

/// `create(mode, level, brotliParams)` → handle, or null when Brotli refuses a parameter
/// (modes as zlib.constants: DEFLATE 1 … UNZIP 7, BROTLI_DECODE 8, BROTLI_ENCODE 9; the
/// params an array of uint32 by BROTLI_PARAM_* key, 0xffffffff for unset).
fn create(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let mode = args.first().and_then(JsValue::as_number).unwrap_or(0.0) as i32;
    let level = args.get(1).and_then(JsValue::as_number).unwrap_or(-1.0) as i32;
    let params = brotli_params(args.get(2), ctx)?;
    if !(1..=9).contains(&mode) {
        return Err(JsNativeError::typ()
            .with_message("unsupported zlib mode")
            .into());
    }
    let Some(codec) = Codec::new(mode, level, &params) else {
        return Ok(JsValue::null());
    };
    let handle = Handle {
        codec: RefCell::new(Some(Box::new(codec))),
        consumed: std::cell::Cell::new(0),
    };
    Ok(JsObject::from_proto_and_data(None, handle).into())
}

/// The uint32 values of a params array (empty when absent).
fn brotli_params(v: Option<&JsValue>, ctx: &mut Context) -> JsResult<Vec<u32>> {
    let Some(obj) = v.and_then(JsValue::as_object) else {
        return Ok(Vec::new());
    };
    let len = obj.get(js_string!("length"), ctx)?.to_length(ctx)?.min(64);
    (0..len).map(|i| obj.get(i, ctx)?.to_u32(ctx)).collect()
}

/// `process(handle, bytes, flush, maxOutput)` with flush 0 none, 2 sync, 4 finish (Brotli:
/// 0 process, 1 flush, 2 finish) → Buffer of output, or `{ code, errno, message }` on corrupt
/// input, or `{ code: 'ERR_BUFFER_TOO_LARGE', max }` past the output limit.
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
    let limit = match args.get(3).and_then(JsValue::as_number) {
        Some(n) if n >= 0.0 && n < MAX_OUTPUT as f64 => n as usize,
        _ => MAX_OUTPUT,
    };
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
        let brotli = matches!(**codec, Codec::BrotliEncode(_) | Codec::BrotliDecode(_));
        let mut step = || -> Result<Vec<u8>, Failure> {
            handle.consumed.set(codec.write(&data, limit)?);
            match (brotli, flush) {
                (false, 4) | (true, 2) => codec.finish()?,
                (false, 1..=3) | (true, 1) => codec.flush()?,
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

/// `consumed(handle)` → how many input bytes the last `process` call used: fewer than given
/// once a decoder's stream has ended.
fn consumed(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let handle = args
        .first()
        .and_then(JsValue::as_object)
        .and_then(|o| o.downcast_ref::<Handle>().map(|h| h.consumed.get()))
        .ok_or_else(|| JsNativeError::typ().with_message("not a zlib handle"))?;
    Ok((handle as f64).into())
}

/// `close(handle)`: frees the codec now (a Brotli encoder holds megabytes of window and hash
/// tables), as node's handle.close() does; later calls on the handle fail.
fn close(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    if let Some(obj) = args.first().and_then(JsValue::as_object) {
        if let Some(handle) = obj.downcast_ref::<Handle>() {
            drop(handle.codec.borrow_mut().take());
        }
    }
    Ok(JsValue::undefined())
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
        ("consumed", consumed, 1),
        ("close", close, 1),
        ("crc32", crc32, 2),
    ];
    crate::node::binding_object(ctx, fns)
}
