//! Node's error shapes in one place: system errors (`code`, `errno`, `syscall`, `path`, `dest`)
//! built from `io::Error`, with libuv's codes and message text.

use boa_engine::{js_string, Context, JsError, JsNativeError, JsValue};
use std::io::ErrorKind;

/// libuv's (code, negative Linux errno, description) for an io error: from the platform's
/// raw errno when there is one, else from the error kind.
pub fn uv_code(err: &std::io::Error) -> (&'static str, i32, &'static str) {
    if let Some(found) = crate::host::fs::errno_name(err).and_then(by_name) {
        return found;
    }
    let name = match err.kind() {
        ErrorKind::NotFound => "ENOENT",
        ErrorKind::PermissionDenied => "EACCES",
        ErrorKind::AlreadyExists => "EEXIST",
        ErrorKind::IsADirectory => "EISDIR",
        ErrorKind::NotADirectory => "ENOTDIR",
        ErrorKind::DirectoryNotEmpty => "ENOTEMPTY",
        ErrorKind::InvalidInput => "EINVAL",
        ErrorKind::AddrInUse => "EADDRINUSE",
        ErrorKind::ConnectionRefused => "ECONNREFUSED",
        ErrorKind::ConnectionReset => "ECONNRESET",
        ErrorKind::BrokenPipe => "EPIPE",
        ErrorKind::TimedOut => "ETIMEDOUT",
        ErrorKind::Unsupported => "ENOSYS",
        ErrorKind::ReadOnlyFilesystem => "EROFS",
        _ => "EIO",
    };
    by_name(name).unwrap_or(("EIO", -5, "i/o error"))
}

/// (code, negative Linux errno, libuv's description) by code name. WASI's ENOTCAPABLE (a path
/// outside the granted directories) is node's EACCES.
pub fn by_name(name: &str) -> Option<(&'static str, i32, &'static str)> {
    Some(match name {
        "EPERM" => ("EPERM", -1, "operation not permitted"),
        "ENOENT" => ("ENOENT", -2, "no such file or directory"),
        "EIO" => ("EIO", -5, "i/o error"),
        "EBADF" => ("EBADF", -9, "bad file descriptor"),
        "EAGAIN" => ("EAGAIN", -11, "resource temporarily unavailable"),
        "ENOMEM" => ("ENOMEM", -12, "not enough memory"),
        "EACCES" | "ENOTCAPABLE" => ("EACCES", -13, "permission denied"),
        "EBUSY" => ("EBUSY", -16, "resource busy or locked"),
        "EEXIST" => ("EEXIST", -17, "file already exists"),
        "EXDEV" => ("EXDEV", -18, "cross-device link not permitted"),
        "ENOTDIR" => ("ENOTDIR", -20, "not a directory"),
        "EISDIR" => ("EISDIR", -21, "illegal operation on a directory"),
        "EINVAL" => ("EINVAL", -22, "invalid argument"),
        "EMFILE" => ("EMFILE", -24, "too many open files"),
        "EFBIG" => ("EFBIG", -27, "file too large"),
        "ENOSPC" => ("ENOSPC", -28, "no space left on device"),
        "ESPIPE" => ("ESPIPE", -29, "invalid seek"),
        "EROFS" => ("EROFS", -30, "read-only file system"),
        "EMLINK" => ("EMLINK", -31, "too many links"),
        "EPIPE" => ("EPIPE", -32, "broken pipe"),
        "ENAMETOOLONG" => ("ENAMETOOLONG", -36, "name too long"),
        "ENOSYS" => ("ENOSYS", -38, "function not implemented"),
        "ENOTEMPTY" => ("ENOTEMPTY", -39, "directory not empty"),
        "ELOOP" => ("ELOOP", -40, "too many symbolic links encountered"),
        "ENOTSUP" => ("ENOTSUP", -95, "operation not supported on socket"),
        "EADDRINUSE" => ("EADDRINUSE", -98, "address already in use"),
        "EADDRNOTAVAIL" => ("EADDRNOTAVAIL", -99, "address not available"),
        "ENETUNREACH" => ("ENETUNREACH", -101, "network is unreachable"),
        "ECONNABORTED" => ("ECONNABORTED", -103, "software caused connection abort"),
        "ECONNRESET" => ("ECONNRESET", -104, "connection reset by peer"),
        "ENOTCONN" => ("ENOTCONN", -107, "socket is not connected"),
        "ETIMEDOUT" => ("ETIMEDOUT", -110, "connection timed out"),
        "ECONNREFUSED" => ("ECONNREFUSED", -111, "connection refused"),
        "EHOSTUNREACH" => ("EHOSTUNREACH", -113, "host is unreachable"),
        _ => return None,
    })
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
