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
