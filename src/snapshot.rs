//! Start-up snapshot (WASI build): the component exports `wizer-initialize`, which builds a
//! bootstrapped [`Runtime`] (Boa context, node's bootstrap, the built-ins nearly every script
//! loads) and keeps it. `wasmtime wizer` calls it at build time and writes the initialized
//! memory into rjs.wasm (scripts/build.sh), so `main` finds the runtime ready and only has to
//! `configure` it for this process.
//!
//! Nothing environment-dependent may happen during initialization: no arguments, environment,
//! clocks that matter, file system or stdio (WASI handles taken then would not exist in the
//! instance that runs later). `Runtime::configure` supplies all of that at run time.

use crate::Runtime;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The system allocator, except that while the snapshot is being taken freed memory is zeroed:
/// wizer saves every non-zero byte of memory, and the parser's and compiler's garbage would
/// otherwise double the size of rjs.wasm (and the time to load it). It also counts the bytes
/// in use, `process.memoryUsage().heapUsed`.
struct ZeroFreed;

/// Bytes currently allocated (requested sizes; the allocator's own overhead not included).
static LIVE_BYTES: AtomicUsize = AtomicUsize::new(0);

/// Bytes of heap in use by the runtime (everything allocated and not yet freed).
pub fn live_heap_bytes() -> usize {
    LIVE_BYTES.load(Ordering::Relaxed)
}

thread_local! {
    static ZEROING: Cell<bool> = const { Cell::new(false) };
}

fn zeroing() -> bool {
    ZEROING.try_with(Cell::get).unwrap_or(false)
}

// SAFETY: forwards to `System`; zeroing writes only within the block being freed.
unsafe impl GlobalAlloc for ZeroFreed {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            LIVE_BYTES.fetch_add(layout.size(), Ordering::Relaxed);
        } else {
            crate::oom::allocation_failed(layout.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(layout);
        if !p.is_null() {
            LIVE_BYTES.fetch_add(layout.size(), Ordering::Relaxed);
        } else {
            crate::oom::allocation_failed(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if zeroing() {
            std::ptr::write_bytes(ptr, 0, layout.size());
        }
        LIVE_BYTES.fetch_sub(layout.size(), Ordering::Relaxed);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if !zeroing() {
            let p = System.realloc(ptr, layout, new_size);
            if !p.is_null() {
                LIVE_BYTES.fetch_add(new_size, Ordering::Relaxed);
                LIVE_BYTES.fetch_sub(layout.size(), Ordering::Relaxed);
            } else {
                crate::oom::allocation_failed(new_size);
            }
            return p;
        }
        let Ok(new_layout) = Layout::from_size_align(new_size, layout.align()) else {
            return std::ptr::null_mut();
        };
        let new = self.alloc(new_layout);
        if !new.is_null() {
            std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
            self.dealloc(ptr, layout);
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: ZeroFreed = ZeroFreed;

wit_bindgen::generate!({
    inline: "package rjs:snapshot;\nworld rjs { export wizer-initialize: func(); }",
    world: "rjs",
});

// wasi-libc's copy of the environment (`environ`, behind `std::env::var`): the snapshot holds
// the one read at build time, so a snapshotted run reads it again.
extern "C" {
    fn __wasilibc_deinitialize_environ();
    fn __wasilibc_initialize_environ();
}

thread_local! {
    static PREPARED: RefCell<Option<Runtime>> = const { RefCell::new(None) };
}

/// The runtime bootstrapped at build time, if this binary was snapshotted (taken once).
pub fn take_prepared() -> Option<Runtime> {
    let rt = PREPARED.with(|p| p.borrow_mut().take());
    if let Some(rt) = rt {
        crate::host::reset_clock();
        // SAFETY: single-threaded, and nothing holds a pointer into `environ` across this call.
        unsafe {
            __wasilibc_deinitialize_environ();
            __wasilibc_initialize_environ();
        }
        // `--dev` reads the built-ins' JS from the source tree: bootstrap from it instead.
        if std::env::var_os("RJS_DEV_SRC").is_some() {
            std::mem::forget(rt);
            return None;
        }
        return Some(rt);
    }
    None
}

/// The built-ins loaded into rjs.wasm's snapshot: those most scripts reach (directly or through
/// `console`), whose loading reads nothing from the process or its host (no environment, no
/// handles). Node's own start-up snapshot holds them loaded too. Each adds to the binary's
/// size, which `wasmtime run` pays for on every start (it hashes the file and copies the
/// memory image), so the list stays short.
// `stream` (with the fs streams) is here because parsing it costs ~20 ms at first use, and
// process.stdout.write, readline, http and fs streams all use it: +1.2 MB of snapshot and ~2 ms
// on every start for -20 ms on each of those scripts (t2's measurement, session 16).
const WARM: &[&str] = &[
    "console",
    "events",
    "buffer",
    "util",
    "path",
    "fs",
    "stream",
    "internal/fs_streams",
];

/// What `RJS_WARM=all` (the launcher's binary: a precompiled, memory-mapped image costs almost
/// nothing per byte) loads in addition.
const WARM_MORE: &[&str] = &[
    "url",
    "querystring",
    "string_decoder",
    "timers",
    "stream/promises",
    "fs/promises",
    "assert",
    "readline",
    "crypto",
    "zlib",
    "net",
    "dns",
    "http",
    "https",
];

/// The list for this snapshot: `RJS_WARM` unset → [`WARM`]; `all` → with [`WARM_MORE`];
/// otherwise a comma-separated list of built-ins.
fn warm_list() -> Vec<String> {
    match std::env::var("RJS_WARM") {
        Err(_) => WARM.iter().map(|s| s.to_string()).collect(),
        Ok(v) if v == "all" => WARM
            .iter()
            .chain(WARM_MORE)
            .map(|s| s.to_string())
            .collect(),
        Ok(v) => v
            .split(',')
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect(),
    }
}

struct Snapshot;

impl Guest for Snapshot {
    fn wizer_initialize() {
        ZEROING.with(|z| z.set(true));
        // A failure here leaves no runtime behind: `main` then bootstraps as usual.
        if let Ok(mut rt) = Runtime::bootstrapped() {
            let list = warm_list();
            let names: Vec<&str> = list.iter().map(String::as_str).collect();
            if rt.warm(&names).is_ok() {
                PREPARED.with(|p| *p.borrow_mut() = Some(rt));
            }
        }
        boa_engine::gc::force_collect();
        ZEROING.with(|z| z.set(false));
    }
}

export!(Snapshot);
