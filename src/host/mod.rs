//! The platform layer: the only place that names WASI or browser types.
//!
//! Both hosts expose the same free functions (stdio, files, clocks, sleeping, process exit);
//! `node/` and the runtime core call them through `crate::host::*`.

#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
mod wasi;
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
pub use self::wasi::*;

#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
mod web;
#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
pub use self::web::*;

/// Kind of a file system entry, as the module resolver needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    Missing,
    File,
    Dir,
}

/// File metadata as node's Stats needs it (times in nanoseconds since the epoch).
#[derive(Debug, Clone, Copy, Default)]
pub struct FsStat {
    pub dev: u64,
    pub ino: u64,
    pub mode: u32,
    pub nlink: u64,
    pub uid: u32,
    pub gid: u32,
    pub rdev: u64,
    pub size: i64,
    pub blksize: i64,
    pub blocks: i64,
    pub atime_ns: i128,
    pub mtime_ns: i128,
    pub ctime_ns: i128,
}

/// How to open a file (node's flag strings and O_* numbers are decoded by the caller).
#[derive(Debug, Clone, Copy, Default)]
pub struct OpenFlags {
    pub read: bool,
    pub write: bool,
    pub create: bool,
    pub exclusive: bool,
    pub truncate: bool,
    pub append: bool,
    pub directory: bool,
    pub nofollow: bool,
    pub sync: bool,
}
