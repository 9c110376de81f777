//! Descriptor operations: open, close, read, write, fstat, ftruncate, fsync, futimes, and the
//! file offset of the regular files `open` returns.

use super::{fd_arg, fs_error, nonempty, num_arg, open_flags, stat_result, str_arg, valid_times};
use crate::host::fs as hfs;
use crate::node::buffer::{buffer_from_block, view};
use boa_engine::object::builtins::AlignedVec;
use boa_engine::{Context, JsNativeError, JsResult, JsValue};
use std::cell::RefCell;
use std::collections::HashMap;
use std::mem::MaybeUninit;

/// The offset of a regular file opened here, and whether it was opened to append.
#[derive(Clone, Copy)]
struct Cursor {
    pos: i64,
    append: bool,
}

thread_local! {
    /// wasmtime keeps separate read and write offsets for one descriptor and writes at the
    /// given position even in append mode; POSIX has one offset and O_APPEND always writes at
    /// the end. Current-offset I/O on regular files is therefore done positionally from here.
    static CURSORS: RefCell<HashMap<i32, Cursor>> = RefCell::new(HashMap::new());
}

fn cursor(fd: i32) -> Option<Cursor> {
    CURSORS.with(|c| c.borrow().get(&fd).copied())
}

fn set_cursor(fd: i32, pos: i64) {
    CURSORS.with(|c| {
        if let Some(cur) = c.borrow_mut().get_mut(&fd) {
            cur.pos = pos;
        }
    });
}

/// Runs `read` at `position`, or at the descriptor's offset (moving it past the bytes read)
/// when `position` < 0.
fn at_cursor(
    fd: i32,
    position: i64,
    read: impl FnOnce(i64) -> std::io::Result<usize>,
) -> std::io::Result<usize> {
    match cursor(fd) {
        Some(c) if position < 0 => {
            let n = read(c.pos)?;
            set_cursor(fd, c.pos + n as i64);
            Ok(n)
        }
        _ => read(position),
    }
}

/// Reads at `position`, or at the descriptor's offset (moving it) when `position` < 0.
pub(super) fn read_at(fd: i32, buf: &mut [u8], position: i64) -> std::io::Result<usize> {
    at_cursor(fd, position, |pos| hfs::read(fd, buf, pos))
}

/// [`read_at`] into memory that need not be initialised: a new block the read fills is spared
/// its zero fill (a tenth of reading a file from the page cache).
pub(super) fn read_at_uninit(
    fd: i32,
    buf: &mut [MaybeUninit<u8>],
    position: i64,
) -> std::io::Result<usize> {
    at_cursor(fd, position, |pos| host_read_uninit(fd, buf, pos))
}

#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
use hfs::read_uninit as host_read_uninit;

/// The browser's file system reads into initialised memory only: the block is zeroed first.
#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
fn host_read_uninit(fd: i32, buf: &mut [MaybeUninit<u8>], position: i64) -> std::io::Result<usize> {
    for b in buf.iter_mut() {
        b.write(0);
    }
    // SAFETY: every byte was just initialised.
    hfs::read(
        fd,
        unsafe { &mut *(buf as *mut [MaybeUninit<u8>] as *mut [u8]) },
        position,
    )
}

/// A new block of `len` bytes' capacity (a RangeError as a Buffer's when it cannot be had).
fn block_with_capacity(len: usize) -> JsResult<AlignedVec<u8>> {
    let mut block = AlignedVec::<u8>::new(64);
    block
        .try_reserve_exact(len)
        .map_err(|_| JsNativeError::range().with_message("Array buffer allocation failed"))?;
    Ok(block)
}

/// The spare capacity of `block` (from its length to its capacity), to read into.
pub(super) fn spare(block: &mut AlignedVec<u8>) -> &mut [MaybeUninit<u8>] {
    let (len, cap) = (block.len(), block.capacity());
    // SAFETY: the allocation holds `cap` bytes, of which the first `len` are in use.
    unsafe { std::slice::from_raw_parts_mut(block.as_mut_ptr().add(len).cast(), cap - len) }
}

/// Writes at `position`, or at the descriptor's offset (moving it) when `position` < 0; a
/// descriptor opened to append writes at the end whatever the position, as on Linux.
fn write_at(fd: i32, data: &[u8], position: i64) -> std::io::Result<usize> {
    match cursor(fd) {
        Some(c) if c.append => {
            let end = hfs::fstat(fd)?.size;
            let n = hfs::write(fd, data, end)?;
            if position < 0 {
                set_cursor(fd, end + n as i64);
            }
            Ok(n)
        }
        Some(c) if position < 0 => {
            let n = hfs::write(fd, data, c.pos)?;
            set_cursor(fd, c.pos + n as i64);
            Ok(n)
        }
        _ => hfs::write(fd, data, position),
    }
}

/// `open(path, flags, mode)` → fd.
pub fn open(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = str_arg(args, 0, ctx)?;
    let flags = open_flags(num_arg(args, 1, ctx)? as u32);
    let mode = num_arg(args, 2, ctx)? as u32;
    let append = flags.append;
    match nonempty(&path).and_then(|()| hfs::open(&path, flags, mode)) {
        Ok(fd) => {
            let regular = hfs::fstat(fd).is_ok_and(|s| s.mode & 0o170000 == 0o100000);
            CURSORS.with(|c| {
                let mut c = c.borrow_mut();
                if regular {
                    c.insert(fd, Cursor { pos: 0, append });
                } else {
                    c.remove(&fd);
                }
            });
            Ok(fd.into())
        }
        Err(e) => Err(fs_error(&e, "open", Some(&path), None, ctx)),
    }
}

pub fn close(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, 0, ctx)?;
    hfs::close(fd).map_err(|e| fs_error(&e, "close", None, None, ctx))?;
    CURSORS.with(|c| c.borrow_mut().remove(&fd));
    Ok(JsValue::undefined())
}

/// `read(fd, buffer, offset, length, position)` → bytes read; position < 0 reads at the
/// current file offset.
pub fn read(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, 0, ctx)?;
    let buf = view(args.get(1), ctx)?;
    let offset = (num_arg(args, 2, ctx)? as usize).min(buf.len);
    let length = (num_arg(args, 3, ctx)? as usize).min(buf.len - offset);
    let position = position_arg(args.get(4), ctx)?;
    let res = buf.with_mut(ctx, |b| {
        read_at(fd, &mut b[offset..offset + length], position)
    })?;
    match res {
        Ok(n) => Ok((n as f64).into()),
        Err(e) => Err(fs_error(&e, "read", None, None, ctx)),
    }
}

/// `readChunk(fd, length, position)` → a new Buffer of the bytes read (up to `length`, empty at
/// the end of the file; position < 0 reads at the file offset): a read stream's chunk in one
/// call, without the zero fill of a Buffer allocated first, and exactly as long as the read (a
/// short read does not hold on to the larger block, as node copies it).
pub fn read_chunk(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, 0, ctx)?;
    let length = num_arg(args, 1, ctx)?;
    let position = position_arg(args.get(2), ctx)?;
    let length = if length > 0.0 { length as usize } else { 0 };
    let mut block = block_with_capacity(length)?;
    match read_at_uninit(fd, &mut spare(&mut block)[..length], position) {
        Ok(n) => {
            // SAFETY: the read initialised the first `n` bytes.
            unsafe { block.set_len(n) };
            if n < length {
                block.shrink_to_fit();
            }
            buffer_from_block(block, ctx)
        }
        Err(e) => Err(fs_error(&e, "read", None, None, ctx)),
    }
}

/// `write(fd, buffer, offset, length, position)` → bytes written.
pub fn write(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, 0, ctx)?;
    let buf = view(args.get(1), ctx)?;
    let offset = (num_arg(args, 2, ctx)? as usize).min(buf.len);
    let length = (num_arg(args, 3, ctx)? as usize).min(buf.len - offset);
    let position = position_arg(args.get(4), ctx)?;
    let res = buf.with(|b| write_all(fd, &b[offset..offset + length], position));
    match res {
        Ok(n) => Ok((n as f64).into()),
        Err(e) => Err(fs_error(&e, "write", None, None, ctx)),
    }
}

/// Writes everything (short writes are retried), as node's callers expect for files.
pub(super) fn write_all(fd: i32, mut data: &[u8], mut position: i64) -> std::io::Result<usize> {
    let total = data.len();
    while !data.is_empty() {
        let n = write_at(fd, data, position)?;
        if n == 0 {
            break;
        }
        data = &data[n..];
        if position >= 0 {
            position += n as i64;
        }
    }
    Ok(total - data.len())
}

/// A position: null/undefined/-1 → current offset (-1); numbers and BigInts → that offset.
fn position_arg(v: Option<&JsValue>, ctx: &mut Context) -> JsResult<i64> {
    match v {
        None => Ok(-1),
        Some(v) if v.is_null_or_undefined() => Ok(-1),
        Some(v) if v.is_bigint() => Ok(v.to_big_int64(ctx)?),
        Some(v) => {
            let n = v.to_number(ctx)?;
            Ok(if n.is_finite() && n >= 0.0 {
                n as i64
            } else {
                -1
            })
        }
    }
}

/// `fstat(fd, statsPrototype?)` → stats array, or a `Stats` given its prototype.
pub fn fstat(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, 0, ctx)?;
    match hfs::fstat(fd) {
        Ok(s) => stat_result(&s, args, 1, ctx),
        Err(e) => Err(fs_error(&e, "fstat", None, None, ctx)),
    }
}

pub fn ftruncate(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, 0, ctx)?;
    let len = num_arg(args, 1, ctx)?.max(0.0) as i64;
    hfs::ftruncate(fd, len).map_err(|e| fs_error(&e, "ftruncate", None, None, ctx))?;
    Ok(JsValue::undefined())
}

/// `fsync(fd, dataOnly)`.
pub fn fsync(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, 0, ctx)?;
    let data_only = args.get(1).is_some_and(JsValue::to_boolean);
    let name = if data_only { "fdatasync" } else { "fsync" };
    hfs::fsync(fd, data_only).map_err(|e| fs_error(&e, name, None, None, ctx))?;
    Ok(JsValue::undefined())
}

/// `futimes(fd, atimeSeconds, mtimeSeconds)`.
pub fn futimes(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, 0, ctx)?;
    let (a, m) = (num_arg(args, 1, ctx)?, num_arg(args, 2, ctx)?);
    valid_times(a, m, || hfs::fstat(fd).map(drop))
        .and_then(|()| hfs::futimes(fd, a, m))
        .map_err(|e| fs_error(&e, "futime", None, None, ctx))?;
    Ok(JsValue::undefined())
}
