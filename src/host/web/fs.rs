//! The browser host's file system: an in-memory POSIX tree (inodes, directories, hard and
//! symbolic links, descriptors with offsets) behind the same calls as the WASI host. Errors
//! carry Linux errno names, so node's codes and messages come out as they do on Linux.
//!
//! The module loader (`host::read_file`, `entry_kind`, `realpath`), `fs` and the page (through
//! `web.rs`) all see this one tree. The working directory lives here too.

use crate::host::{FsStat, OpenFlags};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::fmt;
use std::io;

const S_IFREG: u32 = 0o100000;
const S_IFDIR: u32 = 0o040000;
const S_IFLNK: u32 = 0o120000;
const S_IFCHR: u32 = 0o020000;
const UMASK: u32 = 0o022;
const ROOT: u64 = 1;
const MAX_LINK_HOPS: u32 = 40;
const UID: u32 = 1000;

/// The working directory scripts start in (node's `process.cwd()`), and its owner's home.
pub const HOME: &str = "/home/user";

/// An io::Error carrying a Linux errno name, read back by `errno_name`.
#[derive(Debug)]
struct Errno(&'static str);

impl fmt::Display for Errno {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for Errno {}

/// An io::Error for a Linux errno name (the network shares these errors).
pub(super) fn errno(name: &'static str) -> io::Error {
    err(name)
}

fn err(name: &'static str) -> io::Error {
    use io::ErrorKind as K;
    let kind = match name {
        "ENOENT" => K::NotFound,
        "EEXIST" => K::AlreadyExists,
        "ENOTDIR" => K::NotADirectory,
        "EISDIR" => K::IsADirectory,
        "ENOTEMPTY" => K::DirectoryNotEmpty,
        "EINVAL" => K::InvalidInput,
        "EACCES" | "EPERM" => K::PermissionDenied,
        "ENOSYS" => K::Unsupported,
        _ => K::Other,
    };
    io::Error::new(kind, Errno(name))
}

/// node's (Linux) errno name for an error of this file system.
pub fn errno_name(e: &io::Error) -> Option<&'static str> {
    e.get_ref()
        .and_then(|inner| inner.downcast_ref::<Errno>())
        .map(|errno| errno.0)
}

fn now_ns() -> i128 {
    (js_sys::Date::now() * 1_000_000.0) as i128
}

enum Data {
    File(Vec<u8>),
    Dir(BTreeMap<String, u64>),
    Link(String),
}

struct Inode {
    data: Data,
    /// Permission bits (the type comes from `data`).
    perm: u32,
    nlink: u64,
    atime: i128,
    mtime: i128,
    ctime: i128,
}

impl Inode {
    fn new(data: Data, perm: u32) -> Self {
        let t = now_ns();
        let nlink = if matches!(data, Data::Dir(_)) { 2 } else { 1 };
        Self {
            data,
            perm,
            nlink,
            atime: t,
            mtime: t,
            ctime: t,
        }
    }
    fn is_dir(&self) -> bool {
        matches!(self.data, Data::Dir(_))
    }
    fn kind_bits(&self) -> u32 {
        match self.data {
            Data::File(_) => S_IFREG,
            Data::Dir(_) => S_IFDIR,
            Data::Link(_) => S_IFLNK,
        }
    }
    fn touch(&mut self) {
        let t = now_ns();
        self.mtime = t;
        self.ctime = t;
    }
}

struct OpenFile {
    ino: u64,
    pos: u64,
    read: bool,
    write: bool,
    append: bool,
}

/// Where a path leads: its parent directory, final name, and the inode when it exists.
struct Resolved {
    parent: u64,
    name: String,
    ino: Option<u64>,
    /// The canonical absolute path (symbolic links resolved as far as followed).
    path: String,
}

struct Fs {
    inodes: HashMap<u64, Inode>,
    next_ino: u64,
    fds: HashMap<i32, OpenFile>,
    next_fd: i32,
    cwd: String,
}

thread_local! {
    static FS: RefCell<Fs> = RefCell::new(Fs::new());
}

fn with<T>(f: impl FnOnce(&mut Fs) -> T) -> T {
    FS.with(|fs| f(&mut fs.borrow_mut()))
}

impl Fs {
    fn new() -> Self {
        let mut fs = Fs {
            inodes: HashMap::new(),
            next_ino: ROOT,
            fds: HashMap::new(),
            next_fd: 3,
            cwd: String::from("/"),
        };
        let root = fs.alloc(Inode::new(Data::Dir(BTreeMap::new()), 0o755));
        debug_assert_eq!(root, ROOT);
        for dir in ["/tmp", "/home", HOME] {
            let _ = fs.mkdir(dir, 0o777);
        }
        if let Some(tmp) = fs.resolve("/tmp", true).ok().and_then(|r| r.ino) {
            if let Ok(n) = fs.node_mut(tmp) {
                n.perm = 0o1777;
            }
        }
        fs.cwd = HOME.to_string();
        fs
    }

    fn alloc(&mut self, inode: Inode) -> u64 {
        let ino = self.next_ino;
        self.next_ino += 1;
        self.inodes.insert(ino, inode);
        ino
    }

    /// The inode `ino` (every number reachable from a directory or descriptor is live; a
    /// missing one is an internal inconsistency, reported as EIO rather than a panic).
    fn node(&self, ino: u64) -> io::Result<&Inode> {
        self.inodes.get(&ino).ok_or_else(|| err("EIO"))
    }

    fn node_mut(&mut self, ino: u64) -> io::Result<&mut Inode> {
        self.inodes.get_mut(&ino).ok_or_else(|| err("EIO"))
    }

    fn entries(&self, ino: u64) -> io::Result<&BTreeMap<String, u64>> {
        match &self.node(ino)?.data {
            Data::Dir(map) => Ok(map),
            _ => Err(err("ENOTDIR")),
        }
    }

    fn entries_mut(&mut self, ino: u64) -> io::Result<&mut BTreeMap<String, u64>> {
        match &mut self.node_mut(ino)?.data {
            Data::Dir(map) => Ok(map),
            _ => Err(err("ENOTDIR")),
        }
    }

    fn absolute(&self, path: &str) -> String {
        if path.starts_with('/') {
            path.to_string()
        } else {
            format!("{}/{}", self.cwd.trim_end_matches('/'), path)
        }
    }

    /// Walks `path` component by component, following symbolic links on the way (and at the
    /// end when `follow`). A missing final component is not an error: `ino` is None.
    fn resolve(&self, path: &str, follow: bool) -> io::Result<Resolved> {
        if path.is_empty() {
            return Err(err("ENOENT"));
        }
        if path.contains('\0') {
            return Err(err("EINVAL"));
        }
        let abs = self.absolute(path);
        // "dir/" must name a directory, through a link if need be.
        let trailing_slash = abs.len() > 1 && abs.ends_with('/');
        let follow = follow || trailing_slash;
        let mut comps: VecDeque<String> = abs.split('/').map(str::to_string).collect();
        let mut stack: Vec<(u64, String)> = vec![(ROOT, String::new())];
        let mut hops = 0;
        let canonical = |stack: &[(u64, String)], last: Option<&str>| {
            let mut s: String = stack[1..].iter().map(|(_, n)| format!("/{n}")).collect();
            if let Some(l) = last {
                s.push('/');
                s.push_str(l);
            }
            if s.is_empty() {
                s.push('/');
            }
            s
        };
        while let Some(c) = comps.pop_front() {
            match c.as_str() {
                "" | "." => {
                    // Still a lookup in the current node: it must be a directory.
                    let top = stack.last().ok_or_else(|| err("EIO"))?.0;
                    if !self.node(top)?.is_dir() {
                        return Err(err("ENOTDIR"));
                    }
                    continue;
                }
                ".." => {
                    let top = stack.last().ok_or_else(|| err("EIO"))?.0;
                    if !self.node(top)?.is_dir() {
                        return Err(err("ENOTDIR"));
                    }
                    if stack.len() > 1 {
                        stack.pop();
                    }
                    continue;
                }
                _ => {}
            }
            if c.len() > 255 {
                return Err(err("ENAMETOOLONG"));
            }
            let dir = stack.last().ok_or_else(|| err("EIO"))?.0;
            let child = self.entries(dir)?.get(&c).copied();
            let remaining = comps.iter().any(|c| !c.is_empty() && c != ".");
            match child {
                None if remaining => return Err(err("ENOENT")),
                None => {
                    return Ok(Resolved {
                        parent: dir,
                        path: canonical(&stack, Some(&c)),
                        name: c,
                        ino: None,
                    })
                }
                Some(ino) => {
                    if let Data::Link(target) = &self.node(ino)?.data {
                        if remaining || follow {
                            hops += 1;
                            if hops > MAX_LINK_HOPS {
                                return Err(err("ELOOP"));
                            }
                            if target.starts_with('/') {
                                stack.truncate(1);
                            }
                            for part in target.split('/').rev() {
                                comps.push_front(part.to_string());
                            }
                            continue;
                        }
                    }
                    if remaining {
                        stack.push((ino, c));
                    } else {
                        if trailing_slash && !self.node(ino)?.is_dir() {
                            return Err(err("ENOTDIR"));
                        }
                        return Ok(Resolved {
                            parent: dir,
                            path: canonical(&stack, Some(&c)),
                            name: c,
                            ino: Some(ino),
                        });
                    }
                }
            }
        }
        // The path ended in the directory on top of the stack ("/", "a/..", "a/.").
        let (ino, name) = stack.last().cloned().ok_or_else(|| err("EIO"))?;
        let parent = if stack.len() > 1 {
            stack[stack.len() - 2].0
        } else {
            ROOT
        };
        Ok(Resolved {
            parent,
            name,
            ino: Some(ino),
            path: canonical(&stack, None),
        })
    }

    fn existing(&self, path: &str, follow: bool) -> io::Result<u64> {
        self.resolve(path, follow)?.ino.ok_or_else(|| err("ENOENT"))
    }

    fn stat_of(&self, ino: u64) -> io::Result<FsStat> {
        let n = self.node(ino)?;
        let size = match &n.data {
            Data::File(b) => b.len() as i64,
            Data::Dir(_) => 4096,
            Data::Link(t) => t.len() as i64,
        };
        Ok(FsStat {
            dev: 2049,
            ino,
            mode: n.kind_bits() | n.perm,
            nlink: n.nlink,
            uid: UID,
            gid: UID,
            rdev: 0,
            size,
            blksize: 4096,
            blocks: (size + 4095) / 4096 * 8,
            atime_ns: n.atime,
            mtime_ns: n.mtime,
            ctime_ns: n.ctime,
        })
    }

    /// Adds `ino` under `parent` as `name`, updating link counts and times.
    fn attach(&mut self, parent: u64, name: &str, ino: u64) -> io::Result<()> {
        let is_dir = self.node(ino)?.is_dir();
        self.entries_mut(parent)?.insert(name.to_string(), ino);
        let p = self.node_mut(parent)?;
        if is_dir {
            p.nlink += 1;
        }
        p.touch();
        Ok(())
    }

    /// Removes `name` from `parent`; drops the inode when nothing refers to it any more.
    fn detach(&mut self, parent: u64, name: &str) -> io::Result<()> {
        let ino = self
            .entries_mut(parent)?
            .remove(name)
            .ok_or_else(|| err("ENOENT"))?;
        let is_dir = self.node(ino)?.is_dir();
        let p = self.node_mut(parent)?;
        if is_dir {
            p.nlink -= 1;
        }
        p.touch();
        let n = self.node_mut(ino)?;
        n.nlink = if is_dir { 0 } else { n.nlink.saturating_sub(1) };
        n.ctime = now_ns();
        self.collect(ino);
        Ok(())
    }

    fn collect(&mut self, ino: u64) {
        let unlinked = self.node(ino).is_ok_and(|n| n.nlink == 0);
        if unlinked && !self.fds.values().any(|f| f.ino == ino) {
            self.inodes.remove(&ino);
        }
    }

    fn mkdir(&mut self, path: &str, mode: u32) -> io::Result<()> {
        let r = self.resolve(path, false)?;
        if r.ino.is_some() {
            return Err(err("EEXIST"));
        }
        let ino = self.alloc(Inode::new(
            Data::Dir(BTreeMap::new()),
            mode & 0o7777 & !UMASK,
        ));
        self.attach(r.parent, &r.name, ino)
    }

    fn file(&self, fd: i32) -> io::Result<&OpenFile> {
        self.fds.get(&fd).ok_or_else(|| err("EBADF"))
    }

    fn open(&mut self, path: &str, flags: OpenFlags, mode: u32) -> io::Result<i32> {
        let r = self.resolve(path, !flags.nofollow)?;
        let writable = flags.write || flags.append;
        let ino = match r.ino {
            Some(_) if flags.create && flags.exclusive => return Err(err("EEXIST")),
            Some(ino) => {
                let n = self.node(ino)?;
                match n.data {
                    Data::Link(_) => return Err(err("ELOOP")),
                    Data::Dir(_) if writable || flags.truncate => return Err(err("EISDIR")),
                    Data::File(_) if flags.directory => return Err(err("ENOTDIR")),
                    _ => {}
                }
                if flags.truncate && writable {
                    let n = self.node_mut(ino)?;
                    if let Data::File(b) = &mut n.data {
                        b.clear();
                    }
                    n.touch();
                }
                ino
            }
            None if flags.create && !flags.directory => {
                let ino = self.alloc(Inode::new(Data::File(Vec::new()), mode & 0o7777 & !UMASK));
                self.attach(r.parent, &r.name, ino)?;
                ino
            }
            None => return Err(err("ENOENT")),
        };
        let fd = self.next_fd;
        self.next_fd += 1;
        self.fds.insert(
            fd,
            OpenFile {
                ino,
                pos: 0,
                read: flags.read || !writable,
                write: writable,
                append: flags.append,
            },
        );
        Ok(fd)
    }

    fn read(&mut self, fd: i32, buf: &mut [u8], position: i64) -> io::Result<usize> {
        let f = self.file(fd)?;
        if !f.read {
            return Err(err("EBADF"));
        }
        let (ino, start) = (f.ino, if position < 0 { f.pos } else { position as u64 });
        let n = self.node_mut(ino)?;
        let data = match &n.data {
            Data::File(b) => b,
            Data::Dir(_) => return Err(err("EISDIR")),
            Data::Link(_) => return Err(err("EINVAL")),
        };
        let start = (start as usize).min(data.len());
        let count = buf.len().min(data.len() - start);
        buf[..count].copy_from_slice(&data[start..start + count]);
        n.atime = now_ns();
        if position < 0 {
            self.fds.get_mut(&fd).ok_or_else(|| err("EBADF"))?.pos = (start + count) as u64;
        }
        Ok(count)
    }

    fn write(&mut self, fd: i32, bytes: &[u8], position: i64) -> io::Result<usize> {
        let f = self.file(fd)?;
        if !f.write {
            return Err(err("EBADF"));
        }
        let (ino, append, pos) = (f.ino, f.append, f.pos);
        let n = self.node_mut(ino)?;
        let data = match &mut n.data {
            Data::File(b) => b,
            Data::Dir(_) => return Err(err("EISDIR")),
            Data::Link(_) => return Err(err("EINVAL")),
        };
        // O_APPEND writes at the end whatever the position (Linux ignores pwrite's offset).
        let start = if append {
            data.len()
        } else if position < 0 {
            pos as usize
        } else {
            position as usize
        };
        let end = start + bytes.len();
        if data.len() < end {
            data.resize(end, 0);
        }
        data[start..end].copy_from_slice(bytes);
        n.touch();
        if position < 0 || append {
            self.fds.get_mut(&fd).ok_or_else(|| err("EBADF"))?.pos = end as u64;
        }
        Ok(bytes.len())
    }

    fn remove_entry(&mut self, path: &str, want_dir: bool) -> io::Result<()> {
        let r = self.resolve(path, false)?;
        let ino = r.ino.ok_or_else(|| err("ENOENT"))?;
        let n = self.node(ino)?;
        if want_dir {
            if ino == ROOT {
                return Err(err("EBUSY"));
            }
            match &n.data {
                Data::Dir(m) if !m.is_empty() => return Err(err("ENOTEMPTY")),
                Data::Dir(_) => {}
                _ => return Err(err("ENOTDIR")),
            }
            if r.name == "." || path.trim_end_matches('/').ends_with("/.") || path == "." {
                return Err(err("EINVAL"));
            }
        } else if n.is_dir() {
            return Err(err("EISDIR"));
        }
        self.detach(r.parent, &r.name)
    }

    fn rename(&mut self, from: &str, to: &str) -> io::Result<()> {
        let a = self.resolve(from, false)?;
        let src = a.ino.ok_or_else(|| err("ENOENT"))?;
        if src == ROOT {
            return Err(err("EBUSY"));
        }
        let b = self.resolve(to, false)?;
        let src_dir = self.node(src)?.is_dir();
        if src_dir && (b.path == a.path || b.path.starts_with(&format!("{}/", a.path))) {
            if b.path == a.path {
                return Ok(());
            }
            return Err(err("EINVAL"));
        }
        if let Some(dst) = b.ino {
            if dst == src {
                return Ok(());
            }
            let dst_node = self.node(dst)?;
            match (src_dir, &dst_node.data) {
                (true, Data::Dir(m)) if !m.is_empty() => return Err(err("ENOTEMPTY")),
                (true, Data::Dir(_)) => {}
                (true, _) => return Err(err("ENOTDIR")),
                (false, Data::Dir(_)) => return Err(err("EISDIR")),
                (false, _) => {}
            }
            self.detach(b.parent, &b.name)?;
        }
        // Move the entry without touching the inode's own link count.
        self.entries_mut(a.parent)?.remove(&a.name);
        if src_dir {
            self.node_mut(a.parent)?.nlink -= 1;
        }
        self.node_mut(a.parent)?.touch();
        self.attach(b.parent, &b.name, src)?;
        self.node_mut(src)?.ctime = now_ns();
        Ok(())
    }
}

pub fn open(path: &str, flags: OpenFlags, mode: u32) -> io::Result<i32> {
    with(|fs| fs.open(path, flags, mode))
}

pub fn close(fd: i32) -> io::Result<()> {
    if (0..=2).contains(&fd) {
        return Ok(());
    }
    with(|fs| {
        let f = fs.fds.remove(&fd).ok_or_else(|| err("EBADF"))?;
        if fs.inodes.contains_key(&f.ino) {
            fs.collect(f.ino);
        }
        Ok(())
    })
}

/// Reads at `position`, or at the current offset when `position` is negative. Standard input
/// is what the page's terminal sent (EAGAIN while nothing is typed yet).
pub fn read(fd: i32, buf: &mut [u8], position: i64) -> io::Result<usize> {
    match fd {
        0 => {
            let data = super::read_stdin_chunk(buf.len())?;
            buf[..data.len()].copy_from_slice(&data);
            Ok(data.len())
        }
        1 | 2 => Err(err("EBADF")),
        _ => with(|fs| fs.read(fd, buf, position)),
    }
}

/// Writes at `position`, or at the current offset when `position` is negative. Descriptors 1
/// and 2 are the page's output.
pub fn write(fd: i32, data: &[u8], position: i64) -> io::Result<usize> {
    match fd {
        1 | 2 => {
            super::write_fd(fd, data);
            Ok(data.len())
        }
        0 => Err(err("EBADF")),
        _ => with(|fs| fs.write(fd, data, position)),
    }
}

pub fn stat(path: &str, follow: bool) -> io::Result<FsStat> {
    with(|fs| {
        let ino = fs.existing(path, follow)?;
        fs.stat_of(ino)
    })
}

fn stdio_stat() -> FsStat {
    let t = now_ns();
    FsStat {
        dev: 5,
        ino: 3,
        mode: S_IFCHR | 0o620,
        nlink: 1,
        uid: UID,
        gid: 5,
        rdev: 34816,
        blksize: 1024,
        atime_ns: t,
        mtime_ns: t,
        ctime_ns: t,
        ..FsStat::default()
    }
}

pub fn fstat(fd: i32) -> io::Result<FsStat> {
    if (0..=2).contains(&fd) {
        return Ok(stdio_stat());
    }
    with(|fs| {
        let ino = fs.file(fd)?.ino;
        fs.stat_of(ino)
    })
}

pub fn ftruncate(fd: i32, len: i64) -> io::Result<()> {
    if len < 0 {
        return Err(err("EINVAL"));
    }
    with(|fs| {
        let f = fs.file(fd)?;
        if !f.write {
            return Err(err("EINVAL"));
        }
        let n = fs.node_mut(f.ino)?;
        match &mut n.data {
            Data::File(b) => b.resize(len as usize, 0),
            _ => return Err(err("EINVAL")),
        }
        n.touch();
        Ok(())
    })
}

/// Nothing to flush in memory; checks the descriptor.
pub fn fsync(fd: i32, _data_only: bool) -> io::Result<()> {
    if (0..=2).contains(&fd) {
        return Err(err("EINVAL"));
    }
    with(|fs| fs.file(fd).map(|_| ()))
}

pub fn mkdir(path: &str, mode: u32) -> io::Result<()> {
    with(|fs| fs.mkdir(path, mode))
}

pub fn rmdir(path: &str) -> io::Result<()> {
    with(|fs| fs.remove_entry(path, true))
}

pub fn unlink(path: &str) -> io::Result<()> {
    with(|fs| fs.remove_entry(path, false))
}

pub fn rename(from: &str, to: &str) -> io::Result<()> {
    with(|fs| fs.rename(from, to))
}

pub fn link(existing: &str, new: &str) -> io::Result<()> {
    with(|fs| {
        let src = fs.existing(existing, false)?;
        if fs.node(src)?.is_dir() {
            return Err(err("EPERM"));
        }
        let r = fs.resolve(new, false)?;
        if r.ino.is_some() {
            return Err(err("EEXIST"));
        }
        fs.attach(r.parent, &r.name, src)?;
        let n = fs.node_mut(src)?;
        n.nlink += 1;
        n.ctime = now_ns();
        Ok(())
    })
}

pub fn symlink(target: &str, path: &str) -> io::Result<()> {
    with(|fs| {
        let r = fs.resolve(path, false)?;
        if r.ino.is_some() {
            return Err(err("EEXIST"));
        }
        if target.is_empty() {
            return Err(err("ENOENT"));
        }
        let ino = fs.alloc(Inode::new(Data::Link(target.to_string()), 0o777));
        fs.attach(r.parent, &r.name, ino)
    })
}

pub fn readlink(path: &str) -> io::Result<Vec<u8>> {
    with(|fs| {
        let ino = fs.existing(path, false)?;
        match &fs.node(ino)?.data {
            Data::Link(t) => Ok(t.as_bytes().to_vec()),
            _ => Err(err("EINVAL")),
        }
    })
}

/// The canonical absolute path, every symbolic link resolved.
pub fn realpath(path: &str) -> io::Result<String> {
    with(|fs| {
        let r = fs.resolve(path, true)?;
        r.ino.ok_or_else(|| err("ENOENT"))?;
        Ok(r.path)
    })
}

/// Entries of a directory as (name, kind) with kind 1 file, 2 dir, 3 symlink, 0 other.
pub fn readdir(path: &str) -> io::Result<Vec<(String, u8)>> {
    with(|fs| {
        let ino = fs.existing(path, true)?;
        let entries = fs.entries(ino)?;
        entries
            .iter()
            .map(|(name, &child)| {
                let kind = match fs.node(child)?.data {
                    Data::File(_) => 1,
                    Data::Dir(_) => 2,
                    Data::Link(_) => 3,
                };
                Ok((name.clone(), kind))
            })
            .collect()
    })
}

fn secs_to_ns(s: f64) -> i128 {
    (s * 1e9) as i128
}

/// Sets access and modification times (seconds since the epoch).
pub fn utimes(path: &str, atime: f64, mtime: f64, follow: bool) -> io::Result<()> {
    with(|fs| {
        let ino = fs.existing(path, follow)?;
        let n = fs.node_mut(ino)?;
        n.atime = secs_to_ns(atime);
        n.mtime = secs_to_ns(mtime);
        n.ctime = now_ns();
        Ok(())
    })
}

pub fn futimes(fd: i32, atime: f64, mtime: f64) -> io::Result<()> {
    with(|fs| {
        let ino = fs.file(fd)?.ino;
        let n = fs.node_mut(ino)?;
        n.atime = secs_to_ns(atime);
        n.mtime = secs_to_ns(mtime);
        n.ctime = now_ns();
        Ok(())
    })
}

/// Fails like `access(2)` when the path does not exist (everything is the user's own).
pub fn access(path: &str) -> io::Result<()> {
    with(|fs| fs.existing(path, true).map(|_| ()))
}

pub fn copy_file(from: &str, to: &str, exclusive: bool) -> io::Result<()> {
    with(|fs| {
        let src = fs.existing(from, true)?;
        let (bytes, perm) = match &fs.node(src)?.data {
            Data::File(b) => (b.clone(), fs.node(src)?.perm),
            _ => return Err(err("EISDIR")),
        };
        let r = fs.resolve(to, true)?;
        match r.ino {
            Some(_) if exclusive => Err(err("EEXIST")),
            Some(dst) if dst == src => Ok(()),
            Some(dst) => {
                let n = fs.node_mut(dst)?;
                match &mut n.data {
                    Data::File(b) => *b = bytes,
                    _ => return Err(err("EISDIR")),
                }
                n.touch();
                Ok(())
            }
            None => {
                let ino = fs.alloc(Inode::new(Data::File(bytes), perm));
                fs.attach(r.parent, &r.name, ino)
            }
        }
    })
}

// ---- for the module loader, the working directory and the page ----------------------------

/// Kind of the entry `path` leads to (links followed): 0 missing, 1 file, 2 directory.
pub(crate) fn kind_of(path: &str) -> u8 {
    with(|fs| match fs.existing(path, true) {
        Ok(ino) => match fs.node(ino).map(|n| n.is_dir()) {
            Ok(true) => 2,
            Ok(false) => 1,
            Err(_) => 0,
        },
        Err(_) => 0,
    })
}

/// Contents of the file `path` leads to.
pub(crate) fn read_whole(path: &str) -> io::Result<Vec<u8>> {
    with(|fs| {
        let ino = fs.existing(path, true)?;
        match &fs.node(ino)?.data {
            Data::File(b) => Ok(b.clone()),
            Data::Dir(_) => Err(err("EISDIR")),
            Data::Link(_) => Err(err("ELOOP")),
        }
    })
}

/// Creates or replaces a file, making its parent directories as needed (`mkdir -p`).
pub(crate) fn write_whole(path: &str, data: Vec<u8>) -> io::Result<()> {
    with(|fs| {
        let abs = fs.absolute(path);
        let mut dir = String::new();
        let parts: Vec<&str> = abs.split('/').filter(|p| !p.is_empty()).collect();
        if parts.is_empty() {
            return Err(err("EISDIR"));
        }
        for part in &parts[..parts.len() - 1] {
            dir.push('/');
            dir.push_str(part);
            match fs.mkdir(&dir, 0o777) {
                Ok(()) => {}
                Err(e) if errno_name(&e) == Some("EEXIST") => {}
                Err(e) => return Err(e),
            }
        }
        let r = fs.resolve(&abs, true)?;
        match r.ino {
            Some(ino) => {
                let n = fs.node_mut(ino)?;
                match &mut n.data {
                    Data::File(b) => *b = data,
                    _ => return Err(err("EISDIR")),
                }
                n.touch();
                Ok(())
            }
            None => {
                let ino = fs.alloc(Inode::new(Data::File(data), 0o644));
                fs.attach(r.parent, &r.name, ino)
            }
        }
    })
}

/// Every regular file under `dir` (absolute paths), for the page to show what a script wrote.
pub(crate) fn list_files(dir: &str) -> Vec<String> {
    file_stamps(dir).into_iter().map(|(p, _, _)| p).collect()
}

/// Every regular file under `dir` with its modification time (ns) and size, sorted by path:
/// the worker compares these between calls to find the files a script wrote or removed.
pub(crate) fn file_stamps(dir: &str) -> Vec<(String, i128, usize)> {
    with(|fs| {
        let mut out = Vec::new();
        let Ok(r) = fs.resolve(dir, true) else {
            return out;
        };
        let Some(start) = r.ino else { return out };
        let mut todo = vec![(start, r.path.trim_end_matches('/').to_string())];
        while let Some((ino, path)) = todo.pop() {
            if let Ok(Data::Dir(m)) = fs.node(ino).map(|n| &n.data) {
                for (name, &child) in m {
                    let p = format!("{path}/{name}");
                    let Ok(n) = fs.node(child) else { continue };
                    match &n.data {
                        Data::Dir(_) => todo.push((child, p)),
                        Data::File(b) => out.push((p, n.mtime, b.len())),
                        Data::Link(_) => {}
                    }
                }
            }
        }
        out.sort();
        out
    })
}

pub(crate) fn cwd() -> String {
    with(|fs| fs.cwd.clone())
}

pub(crate) fn chdir(path: &str) -> io::Result<()> {
    with(|fs| {
        let r = fs.resolve(path, true)?;
        let ino = r.ino.ok_or_else(|| err("ENOENT"))?;
        if !fs.node(ino)?.is_dir() {
            return Err(err("ENOTDIR"));
        }
        fs.cwd = r.path;
        Ok(())
    })
}
