//! The native half of `zlib` (`internalBinding('zlib')`): deflate/inflate in zlib, gzip, raw
//! and auto-detected framing on zlib-rs (a port of zlib: its flush kinds, preset dictionaries,
//! windowBits/memLevel/strategy, deflateParams and error messages), driven as node's
//! ZlibContext drives zlib; and Brotli on dropbox's `brotli` crate. zlib-rs is vendored with
//! node's (Chromium zlib's) deflate algorithms and hash (vendor/zlib-rs/PATCHED.md), so
//! compressed bytes are node's at every level, strategy, windowBits, memLevel and flush.

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
use std::cell::RefCell;
use zlib_rs::{DeflateConfig, DeflateFlush, InflateError, InflateFlush, Status, Strategy};

/// A compression or decompression stream; each collects its output in a Vec we drain.
enum Codec {
    Deflate(Box<ZDeflate>),
    Inflate(Box<ZInflate>),
    BrotliEncode(Box<BrotliEncoder>),
    BrotliDecode(Box<BrotliDecoder>),
}

/// Why a codec step failed: a zlib error (code name, errno, message), or a Brotli decoder error.
enum Failure {
    Zlib(&'static str, i32, String),
    /// libbrotli's error code and its constant's name (`BROTLI_DECODER_ERROR_FORMAT_...`).
    Brotli(i32, String),
    /// The output passed the call's limit (maxOutputLength, or what wasm32 can hold).
    TooLarge(usize),
}

impl Failure {
    fn unexpected_eof() -> Self {
        Failure::Zlib("Z_BUF_ERROR", -5, "unexpected end of file".into())
    }
}

/// zlib's mode numbers, as zlib.constants.
const DEFLATE: i32 = 1;
const INFLATE: i32 = 2;
const GZIP: i32 = 3;
const GUNZIP: i32 = 4;
const DEFLATERAW: i32 = 5;
const INFLATERAW: i32 = 6;
const UNZIP: i32 = 7;
const Z_FINISH: i32 = 4;

/// The size of the scratch buffer the codecs write into before copying out.
const SCRATCH: usize = 16 * 1024;

/// The options node's ZlibContext::Init takes (windowBits as given: 0 means the header's).
struct ZlibOptions {
    level: i32,
    window_bits: i32,
    mem_level: i32,
    strategy: i32,
    dictionary: Vec<u8>,
}

/// A deflate stream (DEFLATE, GZIP or DEFLATERAW).
struct ZDeflate {
    z: zlib_rs::Deflate,
    /// What `z` was made with (windowBits as zlib takes it: +16 gzip, negative raw).
    config: DeflateConfig,
    /// Set again after reset(), as node's ResetStream does.
    dictionary: Vec<u8>,
    out: Vec<u8>,
}

impl ZDeflate {
    fn new(mode: i32, o: ZlibOptions) -> Option<Self> {
        let bits = o.window_bits.clamp(8, 15);
        let window_bits = match mode {
            GZIP => bits + 16,
            DEFLATERAW => -bits.max(9),
            _ => bits,
        };
        let config = DeflateConfig {
            level: o.level.clamp(-1, 9),
            window_bits,
            mem_level: o.mem_level.clamp(1, 9),
            strategy: Strategy::try_from(o.strategy).unwrap_or_default(),
            ..DeflateConfig::default()
        };
        let mut d = ZDeflate {
            z: zlib_rs::Deflate::new_with_config(config),
            config,
            // zlib takes no dictionary for gzip.
            dictionary: if mode == GZIP {
                Vec::new()
            } else {
                o.dictionary
            },
            out: Vec::new(),
        };
        d.set_dictionary().then_some(d)
    }

    fn set_dictionary(&mut self) -> bool {
        self.dictionary.is_empty() || self.z.set_dictionary(&self.dictionary).is_ok()
    }

    /// A fresh stream with the current settings (deflateReset keeps a params() change).
    fn restart(&mut self) {
        self.z = zlib_rs::Deflate::new_with_config(self.config);
    }

    /// node's Params after its sync flush: zlib's deflateParams (what it flushes first, if
    /// anything, joins the output).
    fn params(&mut self, level: i32, strategy: i32) {
        self.config.level = level.clamp(-1, 9);
        self.config.strategy = Strategy::try_from(strategy).unwrap_or_default();
        let mut buf = vec![0u8; SCRATCH];
        if let Ok((_, made)) = self
            .z
            .set_params(self.config.level, self.config.strategy, &mut buf)
        {
            self.out.extend_from_slice(&buf[..made]);
        }
    }

    /// deflate() until the input is taken and the output drained, as node's write loop.
    fn write(&mut self, input: &[u8], flush: i32, limit: usize) -> Result<usize, Failure> {
        let flush = DeflateFlush::try_from(flush).unwrap_or_default();
        let (used, _) = drive(&mut self.z, &mut self.out, input, flush, limit)?;
        Ok(used)
    }
}

/// Runs one deflater over `input` until it is taken and the output drained; returns the bytes
/// used and whether the stream ended.
fn drive(
    z: &mut zlib_rs::Deflate,
    out: &mut Vec<u8>,
    mut input: &[u8],
    flush: DeflateFlush,
    limit: usize,
) -> Result<(usize, bool), Failure> {
    let all = input.len();
    let mut buf = vec![0u8; SCRATCH];
    loop {
        let (in0, out0) = (z.total_in(), z.total_out());
        let status = z.compress(input, &mut buf, flush);
        let used = (z.total_in() - in0) as usize;
        let made = (z.total_out() - out0) as usize;
        input = &input[used..];
        out.extend_from_slice(&buf[..made]);
        if out.len() > limit {
            return Err(Failure::TooLarge(limit));
        }
        match status {
            Err(e) => return Err(Failure::Zlib("Z_STREAM_ERROR", -2, e.as_str().into())),
            Ok(Status::StreamEnd) => return Ok((all - input.len(), true)),
            // The output buffer filled: more may be pending; else done, as node's write loop.
            Ok(_) if made == buf.len() => {}
            Ok(_) => return Ok((all - input.len(), false)),
        }
    }
}

/// An inflate stream (INFLATE, GUNZIP, INFLATERAW, or UNZIP until its first bytes tell).
struct ZInflate {
    z: zlib_rs::Inflate,
    /// The mode now (UNZIP becomes GUNZIP or INFLATE) and the one it was made with.
    mode: i32,
    initial_mode: i32,
    /// The zlib windowBits it was made with, for a new gzip member.
    window_bits: i32,
    dictionary: Vec<u8>,
    /// UNZIP: how many gzip magic bytes have been seen (node's gzip_id_bytes_read_).
    gzip_id_bytes: u8,
    out: Vec<u8>,
}

impl ZInflate {
    fn new(mode: i32, o: ZlibOptions) -> Option<Self> {
        let bits = if o.window_bits == 0 && mode != INFLATERAW {
            0
        } else {
            o.window_bits.clamp(8, 15)
        };
        let z = Self::make(mode, bits);
        let mut inf = ZInflate {
            z,
            mode,
            initial_mode: mode,
            window_bits: bits,
            dictionary: o.dictionary,
            gzip_id_bytes: 0,
            out: Vec::new(),
        };
        // A raw stream has no header asking for it: the dictionary is set up front.
        if mode == INFLATERAW
            && !inf.dictionary.is_empty()
            && inf.z.set_dictionary(&inf.dictionary).is_err()
        {
            return None;
        }
        Some(inf)
    }

    fn make(mode: i32, bits: i32) -> zlib_rs::Inflate {
        match mode {
            GUNZIP => zlib_rs::Inflate::new(true, (bits + 16) as u8),
            UNZIP => zlib_rs::Inflate::new(true, (bits + 32) as u8),
            INFLATERAW => zlib_rs::Inflate::new(false, bits as u8),
            _ => zlib_rs::Inflate::new(true, bits as u8),
        }
    }

    /// node's UNZIP: the first two bytes being gzip's magic make it GUNZIP (members follow).
    fn detect(&mut self, input: &[u8]) {
        for &b in input.iter().take(2) {
            match (self.gzip_id_bytes, b) {
                (0, 0x1f) => self.gzip_id_bytes = 1,
                (1, 0x8b) => {
                    self.gzip_id_bytes = 2;
                    self.mode = GUNZIP;
                    return;
                }
                _ => {
                    self.mode = INFLATE;
                    return;
                }
            }
        }
    }

    /// One inflate() call; a stream asking for a dictionary gets it, as node's does.
    fn step(
        &mut self,
        input: &[u8],
        buf: &mut [u8],
        flush: InflateFlush,
    ) -> Result<(Status, usize, usize), Failure> {
        let (in0, out0) = (self.z.total_in(), self.z.total_out());
        let mut status = self.z.decompress(input, buf, flush);
        if let Err(InflateError::NeedDict { .. }) = status {
            if self.dictionary.is_empty() {
                return Err(Failure::Zlib("Z_NEED_DICT", 2, "Missing dictionary".into()));
            }
            if self.z.set_dictionary(&self.dictionary).is_err() {
                return Err(Failure::Zlib("Z_NEED_DICT", 2, "Bad dictionary".into()));
            }
            let used = (self.z.total_in() - in0) as usize;
            status = self.z.decompress(&input[used..], buf, flush);
        }
        let used = (self.z.total_in() - in0) as usize;
        let made = (self.z.total_out() - out0) as usize;
        match status {
            Ok(s) => Ok((s, used, made)),
            Err(e) => {
                let msg = self.z.error_message().unwrap_or_else(|| e.as_str());
                let (code, errno) = match e {
                    InflateError::NeedDict { .. } => ("Z_NEED_DICT", 2),
                    InflateError::StreamError => ("Z_STREAM_ERROR", -2),
                    InflateError::DataError => ("Z_DATA_ERROR", -3),
                    InflateError::MemError => ("Z_MEM_ERROR", -4),
                };
                Err(Failure::Zlib(code, errno, msg.to_string()))
            }
        }
    }

    /// inflate() until the input is taken and the output drained, as node's write loop, with
    /// GUNZIP's members: after one ends, a zero byte ends the input, anything else starts the next.
    fn write(&mut self, mut input: &[u8], flush: i32, limit: usize) -> Result<usize, Failure> {
        if self.mode == UNZIP {
            self.detect(input);
        }
        let kind = InflateFlush::try_from(flush).unwrap_or_default();
        let all = input.len();
        let mut buf = vec![0u8; SCRATCH];
        loop {
            let (status, used, made) = self.step(input, &mut buf, kind)?;
            input = &input[used..];
            self.out.extend_from_slice(&buf[..made]);
            if self.out.len() > limit {
                return Err(Failure::TooLarge(limit));
            }
            if made == buf.len() {
                continue;
            }
            match status {
                Status::StreamEnd
                    if self.mode == GUNZIP && input.first().is_some_and(|b| *b != 0) =>
                {
                    self.z = Self::make(GUNZIP, self.window_bits);
                }
                Status::StreamEnd => return Ok(all - input.len()),
                // zlib: Z_FINISH that could not end the stream, the output not full.
                _ if flush == Z_FINISH => return Err(Failure::unexpected_eof()),
                // As node's write loop: done once the output is not full (Z_BLOCK may stop
                // early with input left).
                _ => return Ok(all - input.len()),
            }
        }
    }
}

/// The largest window the Brotli encoder's quality 10-11 hasher is given (see `BrotliEncoder::new`).
const MAX_H10_WINDOW_BITS: i32 = 24;

/// The most output one `process` call makes: wasm32 cannot grow a buffer past 2 GB (node's
/// kMaxLength is 4 GB), so a decompression bomb fails as too large instead of aborting. Checked
/// after each piece of output, the output stays under 1 GB, where a doubling Vec still fits.
const MAX_OUTPUT: usize = 1 << 29;
/// Brotli decoders take their input in pieces of this size, the output checked against the
/// limit after each.
const FEED: usize = 64 * 1024;

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
        let mut buf = vec![0u8; SCRATCH];
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
        let mut buf = vec![0u8; SCRATCH];
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

/// Decompresses one whole Brotli stream (the built-in modules' embedded JS,
/// node/embedded_js.rs); `None` if it is not one complete stream.
pub(crate) fn brotli_decompress(input: &[u8]) -> Option<Vec<u8>> {
    let mut decoder = BrotliDecoder::new(&[])?;
    decoder.write(input, usize::MAX).ok()?;
    decoder.ended.then_some(decoder.out)
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
    /// The codec of `mode`, or `None` when zlib or Brotli refuse an option.
    fn new(mode: i32, o: ZlibOptions, params: &[u32]) -> Option<Codec> {
        Some(match mode {
            DEFLATE | GZIP | DEFLATERAW => Codec::Deflate(Box::new(ZDeflate::new(mode, o)?)),
            INFLATE | GUNZIP | INFLATERAW | UNZIP => {
                Codec::Inflate(Box::new(ZInflate::new(mode, o)?))
            }
            8 => Codec::BrotliDecode(Box::new(BrotliDecoder::new(params)?)),
            9 => Codec::BrotliEncode(Box::new(BrotliEncoder::new(params)?)),
            _ => return None,
        })
    }

    /// Runs `data` through with `flush` (zlib's Z_* kinds, Brotli's BROTLI_OPERATION_*) while
    /// the output stays within `limit`; returns how many input bytes were used.
    fn write(&mut self, data: &[u8], flush: i32, limit: usize) -> Result<usize, Failure> {
        match self {
            Codec::Deflate(c) => c.write(data, flush, limit),
            Codec::Inflate(c) => c.write(data, flush, limit),
            Codec::BrotliEncode(c) => {
                let brotli_failed = |_: std::io::Error| {
                    Failure::Zlib("Z_STREAM_ERROR", -2, "Compression failed".into())
                };
                c.run(BrotliEncoderOperation::BROTLI_OPERATION_PROCESS, data)
                    .map_err(brotli_failed)?;
                match flush {
                    1 => c.run(BrotliEncoderOperation::BROTLI_OPERATION_FLUSH, &[]),
                    2 => c.run(BrotliEncoderOperation::BROTLI_OPERATION_FINISH, &[]),
                    _ => Ok(()),
                }
                .map_err(brotli_failed)?;
                Ok(data.len())
            }
            Codec::BrotliDecode(c) => {
                let mut used = 0;
                for piece in data.chunks(FEED) {
                    let n = c.write(piece, limit)?;
                    used += n;
                    if n < piece.len() {
                        break;
                    }
                }
                // A Brotli stream that has not ended lacks input, as libbrotli reports it.
                if flush == 2 && !c.ended {
                    return Err(Failure::unexpected_eof());
                }
                Ok(used)
            }
        }
    }

    /// Takes the output produced so far.
    fn take(&mut self) -> Vec<u8> {
        std::mem::take(match self {
            Codec::Deflate(c) => &mut c.out,
            Codec::Inflate(c) => &mut c.out,
            Codec::BrotliEncode(c) => &mut c.out,
            Codec::BrotliDecode(c) => &mut c.out,
        })
    }
}

/// `{ code, errno, message }` as node's zlib errors carry them.
fn zlib_error(failure: &Failure, ctx: &mut Context) -> JsValue {
    let (code, errno, message) = match failure {
        Failure::Zlib(code, errno, message) => (*code, *errno, message.as_str()),
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

/// `create(mode, level, brotliParams, windowBits, memLevel, strategy, dictionary)` → handle, or
/// null when zlib or Brotli refuse an option (modes as zlib.constants: DEFLATE 1 … UNZIP 7,
/// BROTLI_DECODE 8, BROTLI_ENCODE 9; the params an array of uint32 by BROTLI_PARAM_* key,
/// 0xffffffff for unset; windowBits 0 lets an inflater read the window from the header).
fn create(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let int = |i: usize, default: f64| {
        let n = args.get(i).and_then(JsValue::as_number).unwrap_or(default);
        if n.is_finite() {
            n as i32
        } else {
            default as i32
        }
    };
    let mode = int(0, 0.0);
    let params = brotli_params(args.get(2), ctx)?;
    if !(1..=9).contains(&mode) {
        return Err(JsNativeError::typ()
            .with_message("unsupported zlib mode")
            .into());
    }
    let dictionary = match args.get(6) {
        Some(v) if !v.is_null_or_undefined() => view(Some(v), ctx)?.with(<[u8]>::to_vec),
        _ => Vec::new(),
    };
    let options = ZlibOptions {
        level: int(1, -1.0),
        window_bits: int(3, 15.0),
        mem_level: int(4, 8.0),
        strategy: int(5, 0.0),
        dictionary,
    };
    let Some(codec) = Codec::new(mode, options, &params) else {
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

/// The codec of a handle, or a TypeError / "zlib binding closed" Error.
fn with_codec<T>(args: &[JsValue], f: impl FnOnce(&Handle, &mut Codec) -> T) -> JsResult<T> {
    let obj = args
        .first()
        .and_then(JsValue::as_object)
        .ok_or_else(|| JsNativeError::typ().with_message("not a zlib handle"))?;
    let handle = obj
        .downcast_ref::<Handle>()
        .ok_or_else(|| JsNativeError::typ().with_message("not a zlib handle"))?;
    let mut slot = handle.codec.borrow_mut();
    let Some(codec) = slot.as_mut() else {
        return Err(JsNativeError::error()
            .with_message("zlib binding closed")
            .into());
    };
    Ok(f(&handle, codec.as_mut()))
}

/// `process(handle, bytes, flush, maxOutput)` with flush one of zlib's Z_* kinds (Brotli:
/// BROTLI_OPERATION_*) → Buffer of output, or `{ code, errno, message }` on corrupt input, or
/// `{ code: 'ERR_BUFFER_TOO_LARGE', max }` past the output limit.
fn process(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let data = match args.get(1) {
        Some(v) if !v.is_null_or_undefined() => view(Some(v), ctx)?.with(<[u8]>::to_vec),
        _ => Vec::new(),
    };
    let flush = args.get(2).and_then(JsValue::as_number).unwrap_or(0.0) as i32;
    let limit = match args.get(3).and_then(JsValue::as_number) {
        Some(n) if n >= 0.0 && n < MAX_OUTPUT as f64 => n as usize,
        _ => MAX_OUTPUT,
    };
    let result = with_codec(args, |handle, codec| {
        let used = codec.write(&data, flush, limit)?;
        handle.consumed.set(used);
        Ok(codec.take())
    })?;
    match result {
        Ok(out) => new_buffer(&out, ctx),
        Err(e) => Ok(zlib_error(&e, ctx)),
    }
}

/// `params(handle, level, strategy)`: new deflate settings after a sync flush, as node's Params.
fn params(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let level = args.get(1).and_then(JsValue::as_number).unwrap_or(-1.0) as i32;
    let strategy = args.get(2).and_then(JsValue::as_number).unwrap_or(0.0) as i32;
    with_codec(args, |_, codec| {
        if let Codec::Deflate(c) = codec {
            c.params(level, strategy);
        }
    })?;
    Ok(JsValue::undefined())
}

/// `reset(handle)`: deflateReset/inflateReset with the dictionary set again, as node's
/// ResetStream (Brotli codecs are made anew by the caller).
fn reset(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    with_codec(args, |_, codec| match codec {
        Codec::Deflate(c) => {
            c.restart();
            c.out.clear();
            c.set_dictionary();
        }
        Codec::Inflate(c) => {
            c.mode = c.initial_mode;
            c.gzip_id_bytes = 0;
            c.z = ZInflate::make(c.mode, c.window_bits);
            c.out.clear();
            if c.mode == INFLATERAW && !c.dictionary.is_empty() {
                let _ = c.z.set_dictionary(&c.dictionary);
            }
        }
        Codec::BrotliEncode(_) | Codec::BrotliDecode(_) => {}
    })?;
    Ok(JsValue::undefined())
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
    Ok(f64::from(data.with(|b| zlib_rs::crc32::crc32(initial, b))).into())
}

/// The `internalBinding('zlib')` object.
pub fn binding(ctx: &mut Context) -> JsObject {
    let fns: &[crate::node::NativeFn] = &[
        ("create", create, 2),
        ("process", process, 3),
        ("params", params, 3),
        ("reset", reset, 1),
        ("consumed", consumed, 1),
        ("close", close, 1),
        ("crc32", crc32, 2),
    ];
    crate::node::binding_object(ctx, fns)
}
