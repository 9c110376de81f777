//! The native half of `net` (`internalBinding('tcp')`): non-blocking TCP sockets and the
//! poll the event loop waits in. Failures come back as `{ code, errno }` values (not thrown),
//! because net.js builds node's errors with the address and port they concern.

use crate::host::net as hnet;
use crate::node::buffer::{new_buffer_from_vec, view};
use crate::node::str_arg;
use boa_engine::{
    js_string,
    object::{builtins::JsArray, JsObject, ObjectInitializer},
    Context, JsResult, JsString, JsValue,
};
use boa_string::JsStrVariant;

pub(crate) fn int_arg(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<i64> {
    match args.get(i) {
        Some(v) if !v.is_undefined() => Ok(v.to_number(ctx)? as i64),
        _ => Ok(0),
    }
}

/// `{ code, errno, message }` for an io error, with node's (Linux) numbers and libuv's text.
pub(crate) fn err_value(e: &std::io::Error, ctx: &mut Context) -> JsValue {
    let (code, errno, message) = crate::node::errors::uv_code(e);
    code_value(code, errno, message, ctx)
}

pub(crate) fn code_value(code: &str, errno: i32, message: &str, ctx: &mut Context) -> JsValue {
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

pub(crate) fn addr_value(addr: &hnet::Addr, ctx: &mut Context) -> JsValue {
    let items = [
        JsValue::from(JsString::from(addr.0.as_str())),
        JsValue::from(js_string!(addr.1)),
        JsValue::from(i32::from(addr.2)),
    ];
    JsArray::from_iter(items, ctx).into()
}

/// `listen(host, port, backlog)` → `[fd, address, family, port]` or an error value.
fn listen(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = str_arg(args, 0, ctx)?;
    let port = int_arg(args, 1, ctx)?.clamp(0, 65535) as u16;
    let backlog = int_arg(args, 2, ctx)?.clamp(1, 65535) as i32;
    Ok(match hnet::listen(&host, port, backlog) {
        Ok((fd, a)) => JsArray::from_iter(
            [
                JsValue::from(fd),
                JsValue::from(JsString::from(a.0.as_str())),
                JsValue::from(js_string!(a.1)),
                JsValue::from(i32::from(a.2)),
            ],
            ctx,
        )
        .into(),
        Err(e) => err_value(&e, ctx),
    })
}

/// `accept(fd)` → `[fd, address, family, port]`, null when none is pending, or an error value.
fn accept(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0, ctx)? as i32;
    Ok(match hnet::accept(fd) {
        Ok(Some((cfd, a))) => JsArray::from_iter(
            [
                JsValue::from(cfd),
                JsValue::from(JsString::from(a.0.as_str())),
                JsValue::from(js_string!(a.1)),
                JsValue::from(i32::from(a.2)),
            ],
            ctx,
        )
        .into(),
        Ok(None) => JsValue::null(),
        Err(e) => err_value(&e, ctx),
    })
}

/// `connect(ip, port)` → fd (connect in progress) or an error value.
fn connect(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = str_arg(args, 0, ctx)?;
    let port = int_arg(args, 1, ctx)?.clamp(0, 65535) as u16;
    Ok(match hnet::connect(&host, port) {
        Ok(fd) => fd.into(),
        Err(e) => err_value(&e, ctx),
    })
}

/// `connectResult(fd)` → 0 or an error value.
fn connect_result(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0, ctx)? as i32;
    Ok(match hnet::connect_result(fd) {
        Ok(()) => 0.into(),
        Err(e) => err_value(&e, ctx),
    })
}

/// `read(fd, max)` → Buffer, 0 at end of stream, null if nothing is ready, or an error value.
fn read(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0, ctx)? as i32;
    let max = int_arg(args, 1, ctx)?.clamp(1, 1 << 20) as usize;
    match hnet::read(fd, max) {
        Ok(Some(bytes)) if bytes.is_empty() => Ok(0.into()),
        Ok(Some(bytes)) => new_buffer_from_vec(bytes, ctx),
        Ok(None) => Ok(JsValue::null()),
        Err(e) => Ok(err_value(&e, ctx)),
    }
}

/// `write(fd, bytes, offset)` → bytes taken now (0 if the socket is full) or an error value.
fn write(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0, ctx)? as i32;
    let data = view(args.get(1), ctx)?;
    let offset = (int_arg(args, 2, ctx)?.max(0) as usize).min(data.len);
    Ok(match data.with(|b| hnet::write(fd, &b[offset..])) {
        Ok(n) => (n as f64).into(),
        Err(e) => err_value(&e, ctx),
    })
}

/// `writeString(fd, text, latin1)` → the text's byte length when all of it was taken,
/// `-(written + 1)` when only part was (0 if the socket is full), or an error value. The text
/// is encoded as UTF-8, or as latin1 (one byte per code unit) when `latin1` is true: writing a
/// string costs no Buffer.
fn write_string(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0, ctx)? as i32;
    let text = args.get(1).cloned().unwrap_or_default().to_string(ctx)?;
    let latin1 = args.get(2).is_some_and(JsValue::to_boolean);
    let bytes: Vec<u8> = match text.as_str().variant() {
        // Boa keeps one-byte strings as latin1: as they are, or widened to UTF-8.
        JsStrVariant::Latin1(b) if latin1 || b.is_ascii() => b.to_vec(),
        JsStrVariant::Utf16(u) if latin1 => u.iter().map(|&c| c as u8).collect(),
        _ => text.to_std_string_lossy().into_bytes(),
    };
    Ok(match hnet::write(fd, &bytes) {
        Ok(n) if n == bytes.len() => (n as f64).into(),
        Ok(n) => (-(n as f64) - 1.0).into(),
        Err(e) => err_value(&e, ctx),
    })
}

fn shutdown(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0, ctx)? as i32;
    Ok(match hnet::shutdown_write(fd) {
        Ok(()) => 0.into(),
        Err(e) => err_value(&e, ctx),
    })
}

fn close(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    hnet::close(int_arg(args, 0, ctx)? as i32);
    Ok(JsValue::undefined())
}

fn sockname(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0, ctx)? as i32;
    Ok(match hnet::local_addr(fd) {
        Ok(a) => addr_value(&a, ctx),
        Err(e) => err_value(&e, ctx),
    })
}

fn peername(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0, ctx)? as i32;
    Ok(match hnet::peer_addr(fd) {
        Ok(a) => addr_value(&a, ctx),
        Err(e) => err_value(&e, ctx),
    })
}

fn set_no_delay(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0, ctx)? as i32;
    let on = args.get(1).is_none_or(JsValue::to_boolean);
    let _ = hnet::set_no_delay(fd, on);
    Ok(JsValue::undefined())
}

fn set_keep_alive(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0, ctx)? as i32;
    let on = args.get(1).is_some_and(JsValue::to_boolean);
    let _ = hnet::set_keep_alive(fd, on);
    Ok(JsValue::undefined())
}

/// `poll(fds, events, timeoutMs)` → ready bits per descriptor (1 readable, 2 writable).
fn poll(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let list = |i: usize, ctx: &mut Context| -> JsResult<Vec<i64>> {
        let Some(obj) = args.get(i).and_then(JsValue::as_object) else {
            return Ok(Vec::new());
        };
        let arr = JsArray::from_object(obj.clone())?;
        let len = arr.length(ctx)?;
        let mut out = Vec::with_capacity(len as usize);
        for k in 0..len {
            out.push(arr.get(k, ctx)?.to_number(ctx)? as i64);
        }
        Ok(out)
    };
    let fds = list(0, ctx)?;
    let events = list(1, ctx)?;
    let timeout = int_arg(args, 2, ctx)?.clamp(-1, i64::from(i32::MAX)) as i32;
    let interest: Vec<(i32, i16)> = fds
        .iter()
        .zip(events.iter())
        .map(|(&fd, &ev)| {
            let mut bits = 0;
            if ev & 1 != 0 {
                bits |= hnet::READABLE;
            }
            if ev & 2 != 0 {
                bits |= hnet::WRITABLE;
            }
            (fd as i32, bits)
        })
        .collect();
    let ready = match hnet::poll(&interest, timeout) {
        Ok(r) => r,
        Err(e) => return Ok(err_value(&e, ctx)),
    };
    let out = ready.into_iter().map(|r| {
        let mut bits = 0;
        if r & hnet::READABLE != 0 {
            bits |= 1;
        }
        if r & hnet::WRITABLE != 0 {
            bits |= 2;
        }
        JsValue::from(bits)
    });
    Ok(JsArray::from_iter(out, ctx).into())
}

/// `lookup(host, family)` → `[address, family, ...]` or `{ code }`.
fn lookup(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = str_arg(args, 0, ctx)?;
    let family = int_arg(args, 1, ctx)? as i32;
    Ok(match hnet::lookup(&host, family) {
        Ok(list) => {
            let flat = list.into_iter().flat_map(|(a, f)| {
                [
                    JsValue::from(JsString::from(a.as_str())),
                    JsValue::from(i32::from(f)),
                ]
            });
            JsArray::from_iter(flat, ctx).into()
        }
        Err(code) => {
            let mut init = ObjectInitializer::new(ctx);
            init.property(js_string!("code"), js_string!(code), Default::default());
            init.build().into()
        }
    })
}

/// The `internalBinding('tcp')` object.
pub fn binding(ctx: &mut Context) -> JsObject {
    let fns: &[crate::node::NativeFn] = &[
        ("listen", listen, 3),
        ("accept", accept, 1),
        ("connect", connect, 2),
        ("connectResult", connect_result, 1),
        ("read", read, 2),
        ("write", write, 3),
        ("writeString", write_string, 3),
        ("shutdown", shutdown, 1),
        ("close", close, 1),
        ("sockname", sockname, 1),
        ("peername", peername, 1),
        ("setNoDelay", set_no_delay, 2),
        ("setKeepAlive", set_keep_alive, 2),
        ("poll", poll, 3),
        ("lookup", lookup, 2),
    ];
    crate::node::binding_object(ctx, fns)
}
