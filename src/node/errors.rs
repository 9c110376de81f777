//! Node's error shapes in one place: system errors (`code`, `errno`, `syscall`, `path`, `dest`)
//! built from `io::Error`, with libuv's codes and message text.

use boa_engine::{js_string, Context, JsError, JsNativeError, JsValue};
use std::io::ErrorKind;

/// libuv's (code, negative errno, description) for an io error.
pub fn uv_code(err: &std::io::Error) -> (&'static str, i32, &'static str) {
    match err.kind() {
        ErrorKind::NotFound => ("ENOENT", -2, "no such file or directory"),
        ErrorKind::PermissionDenied => ("EACCES", -13, "permission denied"),
        ErrorKind::AlreadyExists => ("EEXIST", -17, "file already exists"),
        ErrorKind::IsADirectory => ("EISDIR", -21, "illegal operation on a directory"),
        ErrorKind::NotADirectory => ("ENOTDIR", -20, "not a directory"),
        ErrorKind::DirectoryNotEmpty => ("ENOTEMPTY", -39, "directory not empty"),
        ErrorKind::InvalidInput => ("EINVAL", -22, "invalid argument"),
        ErrorKind::AddrInUse => ("EADDRINUSE", -98, "address already in use"),
        ErrorKind::ConnectionRefused => ("ECONNREFUSED", -111, "connection refused"),
        ErrorKind::ConnectionReset => ("ECONNRESET", -104, "connection reset by peer"),
        ErrorKind::BrokenPipe => ("EPIPE", -32, "broken pipe"),
        ErrorKind::TimedOut => ("ETIMEDOUT", -110, "connection timed out"),
        ErrorKind::Unsupported => ("ENOSYS", -38, "function not implemented"),
        ErrorKind::ReadOnlyFilesystem => ("EROFS", -30, "read-only file system"),
        _ => ("EIO", -5, "i/o error"),
    }
}

/// Builds `Error: ENOENT: no such file or directory, open '/x'` with node's extra fields.
pub fn system_error(
    err: &std::io::Error,
    syscall: &str,
    path: Option<&str>,
    dest: Option<&str>,
    ctx: &mut Context,
) -> JsError {
    let (code, errno, desc) = uv_code(err);
    let mut msg = format!("{code}: {desc}, {syscall}");
    if let Some(p) = path.filter(|p| !p.is_empty()) {
        msg.push_str(&format!(" '{p}'"));
        if let Some(d) = dest {
            msg.push_str(&format!(" -> '{d}'"));
        }
    }
    let e = JsNativeError::error().with_message(msg).into_opaque(ctx);
    let e = JsValue::from(e);
    if let Some(obj) = e.as_object() {
        let _ = obj.set(js_string!("errno"), errno, false, ctx);
        let _ = obj.set(js_string!("code"), js_string!(code), false, ctx);
        let _ = obj.set(js_string!("syscall"), js_string!(syscall), false, ctx);
        if let Some(p) = path.filter(|p| !p.is_empty()) {
            let _ = obj.set(js_string!("path"), js_string!(p), false, ctx);
        }
        if let Some(d) = dest {
            let _ = obj.set(js_string!("dest"), js_string!(d), false, ctx);
        }
    }
    JsError::from_opaque(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_not_found() {
        let e = std::io::Error::from(ErrorKind::NotFound);
        assert_eq!(uv_code(&e), ("ENOENT", -2, "no such file or directory"));
    }
}
