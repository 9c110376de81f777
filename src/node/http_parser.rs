//! The native half of `http` parsing (`internalBinding('http_parser')`), on httparse:
//! request and response heads and chunk-size lines. Bodies, keep-alive and limits are the JS
//! side's (node/js/http_*.js).

use crate::node::buffer::view;
use boa_engine::{
    js_string,
    object::{builtins::JsArray, JsObject, ObjectInitializer},
    Context, JsResult, JsString, JsValue,
};

/// Most header lines one message may carry (node's default maxHeadersCount is 2000).
const MAX_HEADERS: usize = 2000;

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

/// `[headerBytes, versionMinor, a, b, name, value, name, value, ...]` where (a, b) are
/// (method, url) for requests and (status, reason) for responses.
fn head_result(
    len: usize,
    version: Option<u8>,
    a: JsValue,
    b: JsValue,
    headers: &[httparse::Header<'_>],
    ctx: &mut Context,
) -> JsValue {
    let mut items = vec![
        JsValue::from(len as f64),
        JsValue::from(i32::from(version.unwrap_or(1))),
        a,
        b,
    ];
    for h in headers {
        items.push(text(h.name.as_bytes()));
        items.push(text(h.value));
    }
    JsArray::from_iter(items, ctx).into()
}

fn parse_error(e: httparse::Error) -> &'static str {
    match e {
        httparse::Error::HeaderName => "HPE_INVALID_HEADER_TOKEN",
        httparse::Error::HeaderValue => "HPE_INVALID_HEADER_TOKEN",
        httparse::Error::NewLine => "HPE_LF_EXPECTED",
        httparse::Error::Status => "HPE_INVALID_STATUS",
        httparse::Error::Token => "HPE_INVALID_METHOD",
        httparse::Error::TooManyHeaders => "HPE_HEADER_OVERFLOW",
        httparse::Error::Version => "HPE_INVALID_VERSION",
    }
}

/// `parseRequest(bytes, offset)` → head array, null if incomplete, or `{ error }`.
fn parse_request(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let data = view(args.first(), ctx)?;
    let offset = offset_arg(args, 1);
    let bytes = data.with(|b| b.get(offset..).map(<[u8]>::to_vec).unwrap_or_default());
    let mut headers = vec![httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut req = httparse::Request::new(&mut headers);
    match req.parse(&bytes) {
        Ok(httparse::Status::Complete(len)) => {
            let method = text(req.method.unwrap_or("").as_bytes());
            let url = text(req.path.unwrap_or("").as_bytes());
            Ok(head_result(len, req.version, method, url, req.headers, ctx))
        }
        Ok(httparse::Status::Partial) => Ok(JsValue::null()),
        Err(e) => Ok(error(parse_error(e), ctx)),
    }
}

/// `parseResponse(bytes, offset)` → head array, null if incomplete, or `{ error }`.
fn parse_response(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let data = view(args.first(), ctx)?;
    let offset = offset_arg(args, 1);
    let bytes = data.with(|b| b.get(offset..).map(<[u8]>::to_vec).unwrap_or_default());
    let mut headers = vec![httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut res = httparse::Response::new(&mut headers);
    match res.parse(&bytes) {
        Ok(httparse::Status::Complete(len)) => {
            let status = JsValue::from(i32::from(res.code.unwrap_or(0)));
            let reason = text(res.reason.unwrap_or("").as_bytes());
            Ok(head_result(
                len,
                res.version,
                status,
                reason,
                res.headers,
                ctx,
            ))
        }
        Ok(httparse::Status::Partial) => Ok(JsValue::null()),
        Err(e) => Ok(error(parse_error(e), ctx)),
    }
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

/// The `internalBinding('http_parser')` object.
pub fn binding(ctx: &mut Context) -> JsObject {
    let fns: &[crate::node::NativeFn] = &[
        ("parseRequest", parse_request, 2),
        ("parseResponse", parse_response, 2),
        ("parseChunkSize", parse_chunk_size, 2),
    ];
    crate::node::binding_object(ctx, fns)
}
