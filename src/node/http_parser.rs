//! The native half of `http` parsing (`internalBinding('http_parser')`), on httparse:
//! request and response heads and chunk-size lines. Bodies, keep-alive and limits are the JS
//! side's (node/js/http_*.js).

use crate::node::buffer::view;
use boa_engine::{
    js_string,
    object::{builtins::JsArray, JsObject, ObjectInitializer},
    Context, JsResult, JsString, JsValue,
};

/// Header slots of a first parse: most heads have few. A head with more is parsed again with a
/// slot for each of its lines (node sets no limit on their number: maxHeaderSize bounds a head;
/// the JS side keeps what maxHeadersCount allows). 2000 slots for every head cost more than the
/// parse itself.
const FIRST_HEADERS: usize = 32;

/// Slots enough for every header of a head within `bytes`: one per line.
fn slots_for(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b'\n').count() + 1
}

/// `parse(slots)` with FIRST_HEADERS slots, and again with `slots_for(bytes)` when it reports
/// (None) that the head has more headers than that.
fn with_slots(bytes: &[u8], mut parse: impl FnMut(usize) -> Option<JsValue>) -> Option<JsValue> {
    parse(FIRST_HEADERS).or_else(|| parse(slots_for(bytes).max(FIRST_HEADERS + 1)))
}

fn error(code: &str, ctx: &mut Context) -> JsValue {
    let mut init = ObjectInitializer::new(ctx);
    init.property(
        js_string!("error"),
        JsString::from(code),
        Default::default(),
    );
    init.build().into()
}

fn text(bytes: &[u8]) -> JsValue {
    // Header bytes are latin1 in node (each byte one UTF-16 unit).
    JsString::from(boa_string::JsStr::latin1(bytes)).into()
}

fn offset_arg(args: &[JsValue], i: usize) -> usize {
    args.get(i)
        .and_then(JsValue::as_number)
        .map_or(0, |n| n.max(0.0) as usize)
}

/// `[headerBytes, version, a, b, name, value, name, value, ...]` where version is
/// 10 * major + minor (11, 10, or 9 for HTTP/0.9) and (a, b) are (method, url) for requests and
/// (status, reason) for responses. Names and values are read from `orig` at the places httparse
/// found them in `parsed` (the same bytes unless lenient, see `lenient_copy`).
#[allow(clippy::too_many_arguments)]
fn head_result(
    len: usize,
    version: i32,
    a: JsValue,
    b: JsValue,
    headers: &[httparse::Header<'_>],
    parsed: &[u8],
    orig: &[u8],
    ctx: &mut Context,
) -> JsValue {
    let mut items = vec![JsValue::from(len as f64), JsValue::from(version), a, b];
    for h in headers {
        let name = restore(parsed, orig, h.name.as_bytes());
        if name != h.name.as_bytes() {
            return error("HPE_INVALID_HEADER_TOKEN", ctx);
        }
        items.push(text(name));
        items.push(text(restore(parsed, orig, h.value)));
    }
    JsArray::from_iter(items, ctx).into()
}

/// The bytes of `orig` where `part` (a slice of `parsed`) lies.
fn restore<'a>(parsed: &[u8], orig: &'a [u8], part: &'a [u8]) -> &'a [u8] {
    let start = (part.as_ptr() as usize).wrapping_sub(parsed.as_ptr() as usize);
    orig.get(start..start.wrapping_add(part.len()))
        .unwrap_or(part)
}

/// insecureHTTPParser (llhttp's lenient headers) takes control bytes in header values, which
/// httparse refuses: it reads a copy with them masked after the first line, and the values are
/// restored from the original (a name with such a byte is still refused).
fn lenient_copy(bytes: &[u8]) -> Vec<u8> {
    let first_line = bytes
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |i| i + 1);
    let mut copy = bytes.to_vec();
    for b in &mut copy[first_line..] {
        if (*b < 0x20 && !matches!(*b, b'\t' | b'\r' | b'\n')) || *b == 0x7f {
            *b = b'!';
        }
    }
    copy
}

fn lenient_arg(args: &[JsValue]) -> bool {
    args.get(2).is_some_and(JsValue::to_boolean)
}

fn parse_error(e: httparse::Error) -> &'static str {
    match e {
        httparse::Error::HeaderName => "HPE_INVALID_HEADER_TOKEN",
        // node's code is HPE_INVALID_HEADER_TOKEN; the JS side gives it llhttp's reason.
        httparse::Error::HeaderValue => "HPE_INVALID_HEADER_VALUE",
        httparse::Error::NewLine => "HPE_LF_EXPECTED",
        httparse::Error::Status => "HPE_INVALID_STATUS",
        httparse::Error::Token => "HPE_INVALID_METHOD",
        httparse::Error::TooManyHeaders => "HPE_HEADER_OVERFLOW",
        httparse::Error::Version => "HPE_INVALID_VERSION",
    }
}

/// Whether a complete head has a line ending in a bare LF (httparse takes those, llhttp wants
/// CRLF); reported as the pseudo-code HPE_BARE_LF.
fn bare_lf(head: &[u8]) -> bool {
    head.iter()
        .enumerate()
        .any(|(i, &b)| b == b'\n' && (i == 0 || head[i - 1] != b'\r'))
}

/// What llhttp makes of a request line httparse refused.
enum Line<'a> {
    /// Accepted: (line length with its CRLF, method, url, 10 * major + minor). llhttp takes a
    /// line without a version (`GET /path`) as HTTP/0.9 and also knows HTTP/0.9 and HTTP/2.0.
    Ok(usize, &'a [u8], &'a [u8], i32),
    /// Refused with this code.
    Err(&'static str),
    /// Not a line problem: httparse's own error stands.
    Other,
}

fn request_line(bytes: &[u8]) -> Line<'_> {
    let Some(lf) = bytes.iter().position(|&b| b == b'\n') else {
        return Line::Other;
    };
    let Some(line) = bytes[..lf].strip_suffix(b"\r") else {
        return Line::Other;
    };
    let mut parts = line.splitn(3, |&b| b == b' ');
    let (Some(method), Some(url)) = (parts.next(), parts.next()) else {
        return Line::Other;
    };
    if method.is_empty() || url.is_empty() {
        return Line::Other;
    }
    let version = match parts.next() {
        None => 9,
        Some(b"HTTP/0.9") => 9,
        Some(b"HTTP/2.0") => 20,
        Some(b"HTTP/1.0" | b"HTTP/1.1") => return Line::Other,
        Some(p) if p.starts_with(b"HTTP/") => return Line::Err("HPE_INVALID_VERSION"),
        Some(_) => return Line::Err("HPE_INVALID_CONSTANT"),
    };
    Line::Ok(lf + 1, method, url, version)
}

/// What `parseRequest`/`parseResponse` read: the view's bytes from `offset`, and with `lenient`
/// a copy in which the bytes llhttp's lenient mode accepts are masked.
fn head_input(args: &[JsValue], ctx: &mut Context) -> JsResult<(Vec<u8>, Option<Vec<u8>>)> {
    let data = view(args.first(), ctx)?;
    let offset = offset_arg(args, 1);
    let orig = data.with(|b| b.get(offset..).map(<[u8]>::to_vec).unwrap_or_default());
    let masked = lenient_arg(args).then(|| lenient_copy(&orig));
    Ok((orig, masked))
}

/// `parseRequest(bytes, offset, lenient)` → head array, null if incomplete, or `{ error }`.
fn parse_request(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (orig, masked) = head_input(args, ctx)?;
    let bytes: &[u8] = masked.as_deref().unwrap_or(&orig);
    let lenient = masked.is_some();
    let parsed = with_slots(bytes, |slots| request_in(slots, bytes, &orig, lenient, ctx));
    Ok(parsed.unwrap_or_else(|| error("HPE_HEADER_OVERFLOW", ctx)))
}

/// parseRequest's answer with `slots` header slots; None if the head has more headers.
fn request_in(
    slots: usize,
    bytes: &[u8],
    orig: &[u8],
    lenient: bool,
    ctx: &mut Context,
) -> Option<JsValue> {
    let mut headers = vec![httparse::EMPTY_HEADER; slots];
    let mut req = httparse::Request::new(&mut headers);
    let err = match req.parse(bytes) {
        Ok(httparse::Status::Complete(len)) if !lenient && bare_lf(&bytes[..len]) => {
            return Some(error("HPE_BARE_LF", ctx));
        }
        Ok(httparse::Status::Complete(len)) => {
            let path = req.path.unwrap_or("");
            if !path.is_ascii() {
                return Some(error("HPE_INVALID_URL", ctx));
            }
            let method = text(req.method.unwrap_or("").as_bytes());
            let url = text(path.as_bytes());
            let version = 10 + i32::from(req.version.unwrap_or(1));
            return Some(head_result(
                len,
                version,
                method,
                url,
                req.headers,
                bytes,
                orig,
                ctx,
            ));
        }
        Ok(httparse::Status::Partial) => return Some(JsValue::null()),
        Err(httparse::Error::TooManyHeaders) => return None,
        Err(e) => e,
    };
    let (line, method, url, version) = match request_line(bytes) {
        Line::Ok(_, _, url, _) if !url.is_ascii() => return Some(error("HPE_INVALID_URL", ctx)),
        Line::Ok(line, method, url, version) => (line, method, url, version),
        Line::Err(code) => return Some(error(code, ctx)),
        Line::Other => return Some(error(parse_error(err), ctx)),
    };
    let mut headers = vec![httparse::EMPTY_HEADER; slots];
    Some(
        match httparse::parse_headers(&bytes[line..], &mut headers) {
            Ok(httparse::Status::Complete((len, _)))
                if !lenient && bare_lf(&bytes[..line + len]) =>
            {
                error("HPE_BARE_LF", ctx)
            }
            Ok(httparse::Status::Complete((len, found))) => head_result(
                line + len,
                version,
                text(method),
                text(url),
                found,
                bytes,
                orig,
                ctx,
            ),
            Ok(httparse::Status::Partial) => JsValue::null(),
            Err(httparse::Error::TooManyHeaders) => return None,
            Err(e) => error(parse_error(e), ctx),
        },
    )
}

/// The reason phrase as sent, from after "HTTP/1.1 200 " to the line end (httparse gives an
/// empty one when it is not plain text; llhttp keeps any obs-text bytes).
fn raw_reason(head: &[u8]) -> &[u8] {
    let end = head.iter().position(|&b| b == b'\n').unwrap_or(head.len());
    let line = &head[..end];
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    line.get(13..).unwrap_or(&[])
}

/// `parseResponse(bytes, offset, lenient)` → head array, null if incomplete, or `{ error }`.
fn parse_response(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (orig, masked) = head_input(args, ctx)?;
    let bytes: &[u8] = masked.as_deref().unwrap_or(&orig);
    let lenient = masked.is_some();
    let parsed = with_slots(bytes, |slots| {
        response_in(slots, bytes, &orig, lenient, ctx)
    });
    Ok(parsed.unwrap_or_else(|| error("HPE_HEADER_OVERFLOW", ctx)))
}

/// parseResponse's answer with `slots` header slots; None if the head has more headers.
fn response_in(
    slots: usize,
    bytes: &[u8],
    orig: &[u8],
    lenient: bool,
    ctx: &mut Context,
) -> Option<JsValue> {
    let mut headers = vec![httparse::EMPTY_HEADER; slots];
    let mut res = httparse::Response::new(&mut headers);
    Some(match res.parse(bytes) {
        Ok(httparse::Status::Complete(len)) if !lenient && bare_lf(&bytes[..len]) => {
            error("HPE_BARE_LF", ctx)
        }
        Ok(httparse::Status::Complete(len)) => {
            let status = JsValue::from(i32::from(res.code.unwrap_or(0)));
            let reason = text(raw_reason(&bytes[..len]));
            head_result(
                len,
                10 + i32::from(res.version.unwrap_or(1)),
                status,
                reason,
                res.headers,
                bytes,
                orig,
                ctx,
            )
        }
        Ok(httparse::Status::Partial) => JsValue::null(),
        Err(httparse::Error::TooManyHeaders) => return None,
        Err(e) => error(parse_error(e), ctx),
    })
}

/// `parseChunkSize(bytes, offset)` → `[lineBytes, size]`, null if incomplete, or `{ error }`.
fn parse_chunk_size(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let data = view(args.first(), ctx)?;
    let offset = offset_arg(args, 1);
    let result = data.with(|b| httparse::parse_chunk_size(b.get(offset..).unwrap_or(&[])));
    match result {
        Ok(httparse::Status::Complete((len, size))) => Ok(JsArray::from_iter(
            [JsValue::from(len as f64), JsValue::from(size as f64)],
            ctx,
        )
        .into()),
        Ok(httparse::Status::Partial) => Ok(JsValue::null()),
        Err(_) => Ok(error("HPE_INVALID_CHUNK_SIZE", ctx)),
    }
}

/// Whether a code unit may appear in an HTTP token (RFC 9110 tchar).
fn is_tchar(c: u16) -> bool {
    matches!(c, 0x21 | 0x23..=0x27 | 0x2a | 0x2b | 0x2d | 0x2e | 0x5e..=0x60 | 0x7c | 0x7e)
        || (c as u8 as u16 == c && (c as u8).is_ascii_alphanumeric())
}

/// `isToken(value)` → whether String(value) is a non-empty HTTP token (header names, methods).
fn is_token(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = args.first().cloned().unwrap_or_default().to_string(ctx)?;
    Ok((!s.is_empty() && s.iter().all(is_tchar)).into())
}

/// `hasInvalidHeaderChar(value)` → whether String(value) has a code unit node refuses in a
/// header value (anything but tab, 0x20-0x7e and 0x80-0xff).
fn has_invalid_header_char(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = args.first().cloned().unwrap_or_default().to_string(ctx)?;
    Ok(s.iter()
        .any(|c| !(c == 0x09 || (0x20..=0x7e).contains(&c) || (0x80..=0xff).contains(&c)))
        .into())
}

/// The `internalBinding('http_parser')` object.
pub fn binding(ctx: &mut Context) -> JsObject {
    let fns: &[crate::node::NativeFn] = &[
        ("parseRequest", parse_request, 3),
        ("parseResponse", parse_response, 3),
        ("parseChunkSize", parse_chunk_size, 2),
        ("isToken", is_token, 1),
        ("hasInvalidHeaderChar", has_invalid_header_char, 1),
    ];
    crate::node::binding_object(ctx, fns)
}
