//! readFile / writeFile in one native call each: open, size, read or write, close, with no
//! copy beyond the one into the result Buffer.

use super::{
    files::{read_at_uninit, spare, write_all},
    fs_error, nonempty, num_arg, open_flags, str_arg,
};
use crate::host::fs as hfs;
use crate::node::buffer::{buffer_from_block, view, View};
use boa_engine::object::builtins::AlignedVec;
use boa_engine::{Context, JsResult, JsString, JsValue};

/// node's kIoMaxLength: readFile refuses larger files (ERR_FS_FILE_TOO_LARGE).
const IO_MAX_LENGTH: u64 = (1 << 31) - 1;

/// Reads from `fd` until end of file (or, positionally with a `hint`, up to `hint` bytes),
/// starting with a buffer sized for `hint` bytes: from its current offset when `start` is
/// negative, else positionally from `start` (a positional read runs on wasmtime's calling
/// thread; a current-offset one is a stream read handed to a worker).
fn read_to_end(fd: i32, hint: usize, start: i64) -> std::io::Result<AlignedVec<u8>> {
    // Read straight into the engine's aligned storage (the Buffer takes it without a copy), and
    // into its spare capacity: the reads fill it, a zero fill first would only cost time.
    let mut data = AlignedVec::<u8>::with_capacity(64, hint.max(8191) + 1);
    loop {
        let len = data.len();
        if len == data.capacity() {
            // A file that grows past what a Buffer can hold (its size unknown up front).
            let grown = data.capacity() * 2;
            if grown as u64 > IO_MAX_LENGTH + 1 {
                return Err(std::io::ErrorKind::FileTooLarge.into());
            }
            data.reserve_exact(grown - len);
        }
        let at = if start < 0 { -1 } else { start + len as i64 };
        // The expected bytes first: a read that fills its buffer spares the host's check for a
        // short one (an fstat); the next read finds the end of the file.
        let end = if len < hint { hint } else { data.capacity() };
        let n = read_at_uninit(fd, &mut spare(&mut data)[..end - len], at)?;
        if n == 0 {
            break;
        }
        // SAFETY: the read initialised the `n` bytes after the length.
        unsafe { data.set_len(len + n) };
        // A regular file (read positionally) of a known size is read up to that size, as node's
        // readFileSync stops once it has `size` bytes: no further read to find the end.
        if start >= 0 && hint > 0 && len + n >= hint {
            break;
        }
    }
    Ok(data)
}

/// Largest file `readFile` decodes to a string itself; a larger one is handed back as a Buffer,
/// whose toString reports a string too long as node does.
const UTF8_DIRECT_MAX: usize = 1 << 24;

/// The bytes read as readFile's result: a Buffer, or with `utf8` (and not too large) the string
/// Buffer.toString() would give, sparing the caller the Buffer and the call.
fn file_result(data: AlignedVec<u8>, utf8: bool, ctx: &mut Context) -> JsResult<JsValue> {
    if utf8 && data.len() <= UTF8_DIRECT_MAX {
        return Ok(JsString::from(String::from_utf8_lossy(&data).as_ref()).into());
    }
    buffer_from_block(data, ctx)
}

/// `readFile(pathOrFd, flags, noSize, utf8)` → Buffer (a string with `utf8`, see
/// [`file_result`]), or the file's size (a number) when it is larger than node's limit. A
/// number is a descriptor read from its offset; `noSize` reads it without the fstat first, as
/// node's utf8 read does (a bad descriptor then fails in read).
pub fn read_file(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let utf8 = args.get(3).is_some_and(JsValue::to_boolean);
    if let Some(fd) = args.first().and_then(JsValue::as_number) {
        let fd = fd as i32;
        let no_size = args.get(2).is_some_and(JsValue::to_boolean);
        // As node's readFileSync, the descriptor is fstat'ed first: a bad one fails there. (A
        // stdio stream the host cannot stat is read to its end.)
        let stat = if no_size { None } else { Some(hfs::fstat(fd)) };
        let size = match stat {
            Some(Ok(s)) => s.size.max(0) as u64,
            Some(Err(e)) if hfs::errno_name(&e) == Some("EBADF") => {
                return Err(fs_error(&e, "fstat", None, None, ctx));
            }
            _ => 0,
        };
        if size > IO_MAX_LENGTH {
            return Ok(JsValue::from(size as f64));
        }
        let data = read_to_end(fd, size as usize, -1)
            .map_err(|e| fs_error(&e, "read", None, None, ctx))?;
        return file_result(data, utf8, ctx);
    }
    let path = str_arg(args, 0, ctx)?;
    let flags = open_flags(num_arg(args, 1, ctx)? as u32);
    let fd = nonempty(&path)
        .and_then(|()| hfs::open(&path, flags, 0o666))
        .map_err(|e| fs_error(&e, "open", Some(&path), None, ctx))?;
    let result = hfs::fstat(fd).and_then(|s| {
        let size = s.size.max(0) as u64;
        if s.mode & 0o170000 == 0o040000 {
            Err(std::io::Error::from(std::io::ErrorKind::IsADirectory))
        } else if size > IO_MAX_LENGTH {
            Ok(Err(size))
        } else {
            // A regular file is read positionally; anything else (a FIFO) from its offset.
            let start = if s.mode & 0o170000 == 0o100000 { 0 } else { -1 };
            read_to_end(fd, size as usize, start).map(Ok)
        }
    });
    let _ = hfs::close(fd);
    match result {
        Ok(Ok(data)) => file_result(data, utf8, ctx),
        Ok(Err(size)) => Ok(JsValue::from(size as f64)),
        Err(e) => Err(fs_error(&e, "read", None, None, ctx)),
    }
}

/// What `writeFile` writes: a view's bytes, or a string as UTF-8 (a lone surrogate as U+FFFD,
/// as node's Buffer.from makes it), which spares the caller a Buffer.
enum Data {
    View(View),
    Text(String),
}

impl Data {
    fn from_arg(v: Option<&JsValue>, ctx: &mut Context) -> JsResult<Self> {
        match v.and_then(JsValue::as_string) {
            Some(s) => Ok(Self::Text(s.to_std_string_lossy())),
            None => view(v, ctx).map(Self::View),
        }
    }
    fn with<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match self {
            Self::View(v) => v.with(f),
            Self::Text(s) => f(s.as_bytes()),
        }
    }
}

/// Writes all of `data` to a descriptor just opened: positionally from the start (see
/// `read_to_end`) unless it appends, or from its offset when it cannot seek (a FIFO: nothing is
/// written before that refusal).
fn write_fresh(fd: i32, data: &[u8], append: bool) -> std::io::Result<usize> {
    if append {
        return write_all(fd, data, -1);
    }
    match write_all(fd, data, 0) {
        Err(e) if hfs::errno_name(&e) == Some("ESPIPE") => write_all(fd, data, -1),
        r => r,
    }
}

/// `writeFile(pathOrFd, bytesOrUtf8String, flags, mode)`.
pub fn write_file(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let data = Data::from_arg(args.get(1), ctx)?;
    if let Some(fd) = args.first().and_then(JsValue::as_number) {
        data.with(|b| write_all(fd as i32, b, -1))
            .map_err(|e| fs_error(&e, "write", None, None, ctx))?;
        return Ok(JsValue::undefined());
    }
    let path = str_arg(args, 0, ctx)?;
    let flags = open_flags(num_arg(args, 2, ctx)? as u32);
    let mode = num_arg(args, 3, ctx)? as u32;
    let fd = nonempty(&path)
        .and_then(|()| hfs::open(&path, flags, mode))
        .map_err(|e| fs_error(&e, "open", Some(&path), None, ctx))?;
    let result = data.with(|b| write_fresh(fd, b, flags.append));
    let _ = hfs::close(fd);
    result.map_err(|e| fs_error(&e, "write", None, None, ctx))?;
    Ok(JsValue::undefined())
}
