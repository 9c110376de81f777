//! File system calls for the WASI host, through wasi-libc (the `libc` crate): real file
//! descriptors, positional I/O, stat with inode numbers, links. wasi-libc resolves every path
//! against the directories granted with `--dir`; nothing outside them is reachable.
//! Native (test) builds use the same calls on the host's libc.

use crate::host::{FsStat, OpenFlags};
use std::ffi::CString;
use std::io;
use std::mem::MaybeUninit;

fn cpath(path: &str) -> io::Result<CString> {
    CString::new(path).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))
}

/// -1 from libc → the errno as an io::Error.
fn check(ret: libc::c_int) -> io::Result<libc::c_int> {
    if ret < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(ret)
    }
}

fn check_size(ret: libc::ssize_t) -> io::Result<usize> {
    if ret < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(ret as usize)
    }
}

/// node's (Linux) errno name for a raw OS error of this platform.
pub fn errno_name(err: &io::Error) -> Option<&'static str> {
    let n = err.raw_os_error()?;
    Some(match n {
        libc::EPERM => "EPERM",
        libc::ENOENT => "ENOENT",
        libc::EIO => "EIO",
        libc::EBADF => "EBADF",
        libc::EAGAIN => "EAGAIN",
        libc::ENOMEM => "ENOMEM",
        libc::EACCES => "EACCES",
        libc::EBUSY => "EBUSY",
        libc::EEXIST => "EEXIST",
        libc::EXDEV => "EXDEV",
        libc::ENOTDIR => "ENOTDIR",
        libc::EISDIR => "EISDIR",
        libc::EINVAL => "EINVAL",
        libc::EMFILE => "EMFILE",
        libc::EFBIG => "EFBIG",
        libc::ENOSPC => "ENOSPC",
        libc::ESPIPE => "ESPIPE",
        libc::EROFS => "EROFS",
        libc::EMLINK => "EMLINK",
        libc::EPIPE => "EPIPE",
        libc::ENAMETOOLONG => "ENAMETOOLONG",
        libc::ENOSYS => "ENOSYS",
        libc::ENOTEMPTY => "ENOTEMPTY",
        libc::ELOOP => "ELOOP",
        libc::ENOTSUP => "ENOTSUP",
        libc::EADDRINUSE => "EADDRINUSE",
        libc::EADDRNOTAVAIL => "EADDRNOTAVAIL",
        libc::ECONNREFUSED => "ECONNREFUSED",
        libc::ECONNRESET => "ECONNRESET",
        libc::ETIMEDOUT => "ETIMEDOUT",
        libc::ENOTCONN => "ENOTCONN",
        libc::EHOSTUNREACH => "EHOSTUNREACH",
        libc::ENETUNREACH => "ENETUNREACH",
        #[cfg(target_os = "wasi")]
        libc::ENOTCAPABLE => "ENOTCAPABLE",
        _ => return None,
    })
}

pub fn open(path: &str, flags: OpenFlags, mode: u32) -> io::Result<i32> {
    let mut f = match (flags.read, flags.write) {
        (true, true) => libc::O_RDWR,
        (false, true) => libc::O_WRONLY,
        _ => libc::O_RDONLY,
    };
    for (on, bit) in [
        (flags.create, libc::O_CREAT),
        (flags.exclusive, libc::O_EXCL),
        (flags.truncate, libc::O_TRUNC),
        (flags.append, libc::O_APPEND),
        (flags.directory, libc::O_DIRECTORY),
        (flags.nofollow, libc::O_NOFOLLOW),
        (flags.sync, libc::O_SYNC),
    ] {
        if on {
            f |= bit;
        }
    }
    let p = cpath(path)?;
    // SAFETY: `p` is a valid NUL-terminated string for the duration of the call.
    let opened = check(unsafe { libc::open(p.as_ptr(), f, mode as libc::c_uint) });
    // wasmtime refuses synchronous writes (ENOTSUP): open without and sync after each write.
    let fd = match opened {
        Err(e) if flags.sync && e.raw_os_error() == Some(libc::ENOTSUP) => {
            // SAFETY: as above.
            let fd =
                check(unsafe { libc::open(p.as_ptr(), f & !libc::O_SYNC, mode as libc::c_uint) })?;
            SYNC_WRITES.with(|s| s.borrow_mut().insert(fd));
            fd
        }
        other => other?,
    };
    ACCESS.with(|a| {
        a.borrow_mut()
            .insert(fd, (flags.read || !flags.write, flags.write))
    });
    Ok(fd)
}

pub fn close(fd: i32) -> io::Result<()> {
    ACCESS.with(|a| a.borrow_mut().remove(&fd));
    SYNC_WRITES.with(|s| s.borrow_mut().remove(&fd));
    // SAFETY: closing an integer descriptor has no memory effects.
    check(unsafe { libc::close(fd) }).map(|_| ())
}

thread_local! {
    /// (readable, writable) of each descriptor `open` returned. wasi-libc traps (out-of-bounds
    /// access) on a positional read of a write-only descriptor and reports EIO for the other
    /// mismatches; node says EBADF, so those calls are answered here without reaching it.
    static ACCESS: std::cell::RefCell<std::collections::HashMap<i32, (bool, bool)>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

thread_local! {
    /// Descriptors opened for synchronous writes (O_SYNC) that the host opened without it.
    static SYNC_WRITES: std::cell::RefCell<std::collections::HashSet<i32>> =
        std::cell::RefCell::new(std::collections::HashSet::new());
}

fn ebadf() -> io::Error {
    io::Error::from_raw_os_error(libc::EBADF)
}

/// Whether `fd` (when `open` made it) allows reading (`write` false) or writing.
fn allowed(fd: i32, write: bool) -> bool {
    ACCESS.with(|a| {
        a.borrow()
            .get(&fd)
            .is_none_or(|&(r, w)| if write { w } else { r })
    })
}

/// Largest single read or write handed to the host (it buffers a write whole: one 100 MB call
/// would hold the data twice). Larger requests loop.
const CHUNK: usize = 1 << 20;

/// Reads at `position`, or at the current offset when `position` is negative. A regular file
/// is read until the buffer is full or the file ends, as node's read of a file returns
/// (wasmtime hands out at most 64 KiB per call); other descriptors return what one call gives.
pub fn read(fd: i32, buf: &mut [u8], position: i64) -> io::Result<usize> {
    // SAFETY: initialised bytes are valid `MaybeUninit`s, and `read_uninit` only writes them.
    read_uninit(
        fd,
        unsafe { &mut *(buf as *mut [u8] as *mut [MaybeUninit<u8>]) },
        position,
    )
}

/// [`read`] into memory that need not be initialised (a fresh buffer the read fills spares the
/// zero fill): the first `n` bytes are initialised when it returns `Ok(n)`.
pub fn read_uninit(fd: i32, buf: &mut [MaybeUninit<u8>], position: i64) -> io::Result<usize> {
    if !allowed(fd, false) {
        return Err(ebadf());
    }
    let mut done = 0;
    let mut regular = None;
    loop {
        let want = (buf.len() - done).min(CHUNK);
        let pos = if position < 0 {
            -1
        } else {
            position + done as i64
        };
        let n = read_once(fd, &mut buf[done..done + want], pos);
        match n {
            Ok(n) => {
                done += n;
                if n == 0 || done == buf.len() {
                    return Ok(done);
                }
                if n < want
                    && !*regular.get_or_insert_with(|| {
                        fstat(fd).is_ok_and(|s| s.mode & 0o170000 == 0o100000)
                    })
                {
                    return Ok(done);
                }
            }
            Err(e) if done == 0 => return Err(e),
            Err(_) => return Ok(done),
        }
    }
}

fn read_once(fd: i32, buf: &mut [MaybeUninit<u8>], position: i64) -> io::Result<usize> {
    let ptr = buf.as_mut_ptr().cast();
    // SAFETY: `buf` is valid for writes of `buf.len()` bytes; the call only writes them.
    check_size(unsafe {
        if position < 0 {
            libc::read(fd, ptr, buf.len())
        } else {
            libc::pread(fd, ptr, buf.len(), position)
        }
    })
}

/// Writes at `position`, or at the current offset when `position` is negative.
pub fn write(fd: i32, data: &[u8], position: i64) -> io::Result<usize> {
    if !allowed(fd, true) {
        return Err(ebadf());
    }
    let mut done = 0;
    loop {
        let want = (data.len() - done).min(CHUNK);
        let pos = if position < 0 {
            -1
        } else {
            position + done as i64
        };
        match write_once(fd, &data[done..done + want], pos) {
            Ok(n) => {
                done += n;
                if n < want || done == data.len() {
                    if SYNC_WRITES.with(|s| s.borrow().contains(&fd)) {
                        fsync(fd, false)?;
                    }
                    return Ok(done);
                }
            }
            Err(e) if done == 0 => return Err(e),
            Err(_) => return Ok(done),
        }
    }
}

fn write_once(fd: i32, data: &[u8], position: i64) -> io::Result<usize> {
    let ptr = data.as_ptr().cast();
    // SAFETY: `data` is valid for reads of `data.len()` bytes.
    check_size(unsafe {
        if position < 0 {
            libc::write(fd, ptr, data.len())
        } else {
            libc::pwrite(fd, ptr, data.len(), position)
        }
    })
}

/// (atime, mtime, ctime) in nanoseconds; wasi-libc has timespecs, glibc separate fields.
#[cfg(target_os = "wasi")]
fn times(s: &libc::stat) -> [i128; 3] {
    let ns = |t: &libc::timespec| t.tv_sec as i128 * 1_000_000_000 + t.tv_nsec as i128;
    [ns(&s.st_atim), ns(&s.st_mtim), ns(&s.st_ctim)]
}
#[cfg(not(target_os = "wasi"))]
fn times(s: &libc::stat) -> [i128; 3] {
    let ns = |sec: i64, nsec: i64| sec as i128 * 1_000_000_000 + nsec as i128;
    [
        ns(s.st_atime, s.st_atime_nsec),
        ns(s.st_mtime, s.st_mtime_nsec),
        ns(s.st_ctime, s.st_ctime_nsec),
    ]
}

// libc field types differ between targets, so the casts are kept.
#[allow(clippy::unnecessary_cast)]
fn to_stat(s: &libc::stat) -> FsStat {
    let mut mode = s.st_mode as u32;
    // WASI reports no permission bits: show what a default umask gives on Linux.
    if mode & 0o777 == 0 {
        mode |= match mode & 0o170000 {
            0o040000 => 0o755,
            0o120000 => 0o777,
            _ => 0o644,
        };
    }
    // Nor a block size or count: show a 4 KiB-block file system's (a symbolic link's target
    // is kept in its inode, no blocks).
    let size = s.st_size as i64;
    let blksize = if s.st_blksize == 0 {
        4096
    } else {
        s.st_blksize as i64
    };
    let blocks = if s.st_blocks == 0 && mode & 0o170000 != 0o120000 {
        (size.max(0) + 4095) / 4096 * 8
    } else {
        s.st_blocks as i64
    };
    FsStat {
        dev: s.st_dev,
        ino: s.st_ino,
        mode,
        nlink: s.st_nlink,
        uid: s.st_uid,
        gid: s.st_gid,
        rdev: s.st_rdev,
        size,
        blksize,
        blocks,
        atime_ns: times(s)[0],
        mtime_ns: times(s)[1],
        ctime_ns: times(s)[2],
    }
}

pub fn stat(path: &str, follow: bool) -> io::Result<FsStat> {
    let p = cpath(path)?;
    // SAFETY: an all-zero `stat` is a valid value; `p` is NUL-terminated.
    let mut s: libc::stat = unsafe { std::mem::zeroed() };
    check(unsafe {
        if follow {
            libc::stat(p.as_ptr(), &mut s)
        } else {
            libc::lstat(p.as_ptr(), &mut s)
        }
    })?;
    Ok(to_stat(&s))
}

pub fn fstat(fd: i32) -> io::Result<FsStat> {
    // SAFETY: as in `stat`.
    let mut s: libc::stat = unsafe { std::mem::zeroed() };
    check(unsafe { libc::fstat(fd, &mut s) })?;
    Ok(to_stat(&s))
}

pub fn ftruncate(fd: i32, len: i64) -> io::Result<()> {
    // SAFETY: no memory is passed.
    check(unsafe { libc::ftruncate(fd, len) }).map(|_| ())
}

pub fn fsync(fd: i32, data_only: bool) -> io::Result<()> {
    // SAFETY: no memory is passed.
    check(unsafe {
        if data_only {
            libc::fdatasync(fd)
        } else {
            libc::fsync(fd)
        }
    })
    .map(|_| ())
}

pub fn mkdir(path: &str, mode: u32) -> io::Result<()> {
    let p = cpath(path)?;
    // SAFETY: `p` is NUL-terminated.
    check(unsafe { libc::mkdir(p.as_ptr(), mode as libc::mode_t) }).map(|_| ())
}

pub fn rmdir(path: &str) -> io::Result<()> {
    let p = cpath(path)?;
    // SAFETY: `p` is NUL-terminated.
    check(unsafe { libc::rmdir(p.as_ptr()) }).map(|_| ())
}

pub fn unlink(path: &str) -> io::Result<()> {
    let p = cpath(path)?;
    // SAFETY: `p` is NUL-terminated.
    check(unsafe { libc::unlink(p.as_ptr()) }).map(|_| ())
}

pub fn rename(from: &str, to: &str) -> io::Result<()> {
    let (a, b) = (cpath(from)?, cpath(to)?);
    // SAFETY: both are NUL-terminated.
    check(unsafe { libc::rename(a.as_ptr(), b.as_ptr()) }).map(|_| ())
}

pub fn link(existing: &str, new: &str) -> io::Result<()> {
    let (a, b) = (cpath(existing)?, cpath(new)?);
    // SAFETY: both are NUL-terminated.
    check(unsafe { libc::link(a.as_ptr(), b.as_ptr()) }).map(|_| ())
}

pub fn symlink(target: &str, path: &str) -> io::Result<()> {
    let (a, b) = (cpath(target)?, cpath(path)?);
    // SAFETY: both are NUL-terminated.
    check(unsafe { libc::symlink(a.as_ptr(), b.as_ptr()) }).map(|_| ())
}

pub fn readlink(path: &str) -> io::Result<Vec<u8>> {
    let p = cpath(path)?;
    let mut buf = vec![0u8; 4096];
    // SAFETY: `buf` is valid for `buf.len()` bytes; `p` is NUL-terminated.
    let n = check_size(unsafe { libc::readlink(p.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) })?;
    buf.truncate(n);
    Ok(buf)
}

pub fn realpath(path: &str) -> io::Result<String> {
    std::fs::canonicalize(path).map(|p| p.to_string_lossy().into_owned())
}

/// Entries of a directory as (name, kind) with kind 1 file, 2 dir, 3 symlink, 0 other.
#[cfg(target_os = "wasi")]
pub use wasi_dir::exists;

pub fn readdir(path: &str) -> io::Result<Vec<(String, u8)>> {
    #[cfg(target_os = "wasi")]
    if let Some(entries) = wasi_dir::readdir(path) {
        return Ok(entries);
    }
    let mut out = Vec::new();
    for entry in std::fs::read_dir(path)? {
        let entry = entry?;
        let kind = match entry.file_type() {
            Ok(t) if t.is_symlink() => 3,
            Ok(t) if t.is_dir() => 2,
            Ok(t) if t.is_file() => 1,
            _ => 0,
        };
        out.push((entry.file_name().to_string_lossy().into_owned(), kind));
    }
    Ok(out)
}

/// libuv's uv__fs_to_timespec: whole seconds toward zero and the nanoseconds cut to microseconds
/// (libuv keeps microsecond resolution on every platform), borrowing a second when negative.
/// NaN (an invalid Date) is EINVAL, as utimensat refuses the seconds libuv makes of it.
fn timespec(seconds: f64) -> io::Result<libc::timespec> {
    if seconds.is_nan() {
        return Err(io::Error::from_raw_os_error(libc::EINVAL));
    }
    let whole = seconds.trunc();
    let (mut sec, mut nsec) = (whole as i64, ((seconds - whole) * 1e9) as i64);
    nsec -= nsec % 1000;
    if nsec < 0 {
        nsec += 1_000_000_000;
        sec -= 1;
    }
    Ok(libc::timespec {
        tv_sec: sec as libc::time_t,
        tv_nsec: nsec as _,
    })
}

/// Sets access and modification times (seconds since the epoch).
pub fn utimes(path: &str, atime: f64, mtime: f64, follow: bool) -> io::Result<()> {
    let p = cpath(path)?;
    let times = [timespec(atime)?, timespec(mtime)?];
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: `times` holds two timespecs; `p` is NUL-terminated.
    check(unsafe { libc::utimensat(libc::AT_FDCWD, p.as_ptr(), times.as_ptr(), flags) }).map(|_| ())
}

pub fn futimes(fd: i32, atime: f64, mtime: f64) -> io::Result<()> {
    let times = [timespec(atime)?, timespec(mtime)?];
    // SAFETY: `times` holds two timespecs.
    check(unsafe { libc::futimens(fd, times.as_ptr()) }).map(|_| ())
}

/// Fails like `access(2)` when the path does not exist (WASI has no permission bits to check).
pub fn access(path: &str) -> io::Result<()> {
    stat(path, true).map(|_| ())
}

pub fn copy_file(from: &str, to: &str, exclusive: bool) -> io::Result<()> {
    if exclusive && stat(to, false).is_ok() {
        return Err(io::Error::from(io::ErrorKind::AlreadyExists));
    }
    std::fs::copy(from, to).map(|_| ())
}

/// Directory listing straight over `wasi:filesystem`: wasi-libc's readdir also asks the host
/// for every entry's inode (one more host call per name), which std's `read_dir` never uses.
/// Any doubt (path outside the preopens, an error) returns `None` and the caller falls back to
/// std, which reports the error as usual.
#[cfg(target_os = "wasi")]
mod wasi_dir {
    use std::path::{Component, Path, PathBuf};
    use wasip2::filesystem::preopens::get_directories;
    use wasip2::filesystem::types::{
        Descriptor, DescriptorFlags, DescriptorType, ErrorCode, OpenFlags, PathFlags,
    };

    thread_local! {
        // A relative grant (`--dir .`) names the root, as wasi-libc resolves it.
        static PREOPENS: Vec<(Descriptor, PathBuf)> = get_directories()
            .into_iter()
            .map(|(d, p)| (d, lexical(Path::new("/").join(p))))
            .collect();
    }

    /// `path` made absolute against the cwd and `.`/`..` removed lexically, as wasi-libc does.
    fn absolute(path: &str) -> Option<PathBuf> {
        let joined = if path.starts_with('/') {
            PathBuf::from(path)
        } else {
            std::env::current_dir().ok()?.join(path)
        };
        Some(lexical(joined))
    }

    fn lexical(joined: PathBuf) -> PathBuf {
        let mut out = PathBuf::from("/");
        for c in joined.components() {
            match c {
                Component::Normal(n) => out.push(n),
                Component::ParentDir => {
                    out.pop();
                }
                _ => {}
            }
        }
        out
    }

    /// Runs `f` with the grant holding `path` and the path relative to it (`.` for the grant
    /// itself); `None` when no grant holds it.
    fn in_grant<R>(path: &str, f: impl FnOnce(&Descriptor, &str) -> Option<R>) -> Option<R> {
        let abs = absolute(path)?;
        PREOPENS.with(|pre| {
            let (dir, rel) = pre
                .iter()
                .filter_map(|(d, p)| abs.strip_prefix(p).ok().map(|r| (d, r)))
                .min_by_key(|(_, r)| r.components().count())?;
            let rel = if rel == Path::new("") {
                Path::new(".")
            } else {
                rel
            };
            f(dir, rel.to_str()?)
        })
    }

    /// Whether `path` names an entry (links followed), in one host call: wasi-libc's stat also
    /// asks for the entry's inode (a second call). `None` when unsure (no grant holds it, or an
    /// error other than a missing entry, or a path whose lexical form could differ from the
    /// kernel's walk: a trailing slash, a `.` or `..` after a name, which need not be a directory).
    /// The caller asks again through libc.
    pub fn exists(path: &str) -> Option<bool> {
        let mut named = false;
        for part in path.split('/') {
            match part {
                "." | ".." if named => return None,
                "" | "." | ".." => {}
                _ => named = true,
            }
        }
        if path.ends_with('/') {
            return None;
        }
        in_grant(path, |dir, rel| {
            match dir.stat_at(PathFlags::SYMLINK_FOLLOW, rel) {
                Ok(_) => Some(true),
                Err(ErrorCode::NoEntry) => Some(false),
                Err(_) => None,
            }
        })
    }

    pub fn readdir(path: &str) -> Option<Vec<(String, u8)>> {
        in_grant(path, |dir, rel| {
            let sub = dir
                .open_at(
                    PathFlags::SYMLINK_FOLLOW,
                    rel,
                    OpenFlags::DIRECTORY,
                    DescriptorFlags::READ,
                )
                .ok()?;
            let stream = sub.read_directory().ok()?;
            let mut out = Vec::new();
            while let Some(entry) = stream.read_directory_entry().ok()? {
                let kind = match entry.type_ {
                    DescriptorType::SymbolicLink => 3,
                    DescriptorType::Directory => 2,
                    DescriptorType::RegularFile => 1,
                    _ => 0,
                };
                out.push((entry.name, kind));
            }
            Some(out)
        })
    }
}
