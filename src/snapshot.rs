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

/// Where the packed heap image is (scripts/strip-zero-runs.mjs fills it in after the snapshot).
/// The snapshot's heap (from `__heap_base` to its end, ~10 MB that is mostly free space between
/// live objects) is not stored as data segments but as one compressed blob, placed by the
/// script so that it ends at or just above the heap's end: [`unpack_image`] expands it in
/// place, low addresses first, and the writes never overtake the bytes still to be read. A
/// smaller file and no static memory image make `wasmtime run` hash, decompress and copy less
/// on every start. All zero: nothing to unpack (not packed, or already unpacked).
#[repr(C)]
struct PackedImage {
    /// Found by the script in the data segments (it must occur once).
    magic: [u8; 16],
    /// `__heap_base`, recorded while the snapshot is taken: where the packed part starts.
    heap_base: u32,
    /// The blob: address and length.
    src: u32,
    src_len: u32,
    /// The heap image: `dst..dst + dst_len`.
    dst: u32,
    dst_len: u32,
    /// The blob's end: bytes above `dst + dst_len` up to here are zeroed after unpacking.
    end: u32,
}

#[used]
static mut PACKED_IMAGE: PackedImage = PackedImage {
    magic: *b"rjs:packed-heap!",
    heap_base: 0,
    src: 0,
    src_len: 0,
    dst: 0,
    dst_len: 0,
    end: 0,
};

extern "C" {
    /// The first address past the static data (wasm-ld): dlmalloc's heap starts here.
    static __heap_base: u8;
}

/// Runs first thing in every start (the component's `run` export calls the constructors before
/// `main` and before anything allocates): expands the packed heap image, if there is one.
/// Touches no static data but [`PACKED_IMAGE`] and no heap: only the blob and the image.
extern "C" fn unpack_image() {
    // SAFETY: single-threaded; the fields are plain integers written by the build script, read
    // volatile so they are not folded to the zeros of the initializer.
    unsafe {
        let p = std::ptr::addr_of_mut!(PACKED_IMAGE);
        let src = std::ptr::addr_of!((*p).src).read_volatile() as usize;
        let src_len = std::ptr::addr_of!((*p).src_len).read_volatile() as usize;
        let dst = std::ptr::addr_of!((*p).dst).read_volatile() as usize;
        let dst_len = std::ptr::addr_of!((*p).dst_len).read_volatile() as usize;
        let end = std::ptr::addr_of!((*p).end).read_volatile() as usize;
        if src_len == 0 || dst_len == 0 {
            return;
        }
        unpack(src, src_len, dst, dst_len);
        let image_end = dst + dst_len;
        if end > image_end {
            let from = image_end.max(src);
            std::ptr::write_bytes(from as *mut u8, 0, end - from);
        }
        std::ptr::addr_of_mut!((*p).src_len).write_volatile(0);
    }
}

#[used]
#[link_section = ".init_array.00001"]
static UNPACK_IMAGE: extern "C" fn() = unpack_image;

/// Expands the blob at `src` into `dst..dst + dst_len`. Its format (scripts/strip-zero-runs.mjs
/// writes it): a sequence of a token byte (high nibble: literal count, low nibble: run length
/// - 4; 15 in either: a LEB128 extension follows), the literals, then unless the image is
///   complete, a LEB128 distance (0: a run of zeros, else a copy from that far back) and the run
///   length's extension. Zero runs below `src` are skipped (memory starts zeroed), those over the
///   blob's bytes are written.
///
/// # Safety
/// Both ranges are in linear memory and the blob is one the build script made for them.
unsafe fn unpack(src: usize, src_len: usize, dst: usize, dst_len: usize) {
    let blob_end = src + src_len;
    let out_end = dst + dst_len;
    let mut r = src;
    let mut w = dst;
    // A malformed blob stops the loop (reads stay inside it, writes inside the image).
    let varint = |r: &mut usize| -> usize {
        let mut v = 0usize;
        let mut shift = 0u32;
        while *r < blob_end && shift < 32 {
            let b = *(*r as *const u8);
            *r += 1;
            v |= ((b & 0x7f) as usize) << shift;
            if b & 0x80 == 0 {
                break;
            }
            shift += 7;
        }
        v
    };
    while w < out_end && r < blob_end {
        let token = *(r as *const u8);
        r += 1;
        let mut lit = (token >> 4) as usize;
        if lit == 15 {
            lit += varint(&mut r);
        }
        if lit > blob_end - r || lit > out_end - w {
            return;
        }
        // Forward copy: the blob never lies below the output it has not produced yet.
        copy_forward(r, w, lit);
        r += lit;
        w += lit;
        if w >= out_end {
            return;
        }
        let dist = varint(&mut r);
        let mut len = (token & 15) as usize;
        if len == 15 {
            len += varint(&mut r);
        }
        len += 4;
        if len > out_end - w {
            return;
        }
        if dist == 0 {
            if w + len > src {
                let from = w.max(src);
                std::ptr::write_bytes(from as *mut u8, 0, w + len - from);
            }
        } else {
            if dist > w - dst {
                return;
            }
            copy_forward(w - dist, w, len);
        }
        w += len;
    }
}

/// Copies `len` bytes from `from` to `to`, front to back, where `to` is below `from` (literals
/// unpacked in place) or above it (a copy from the output so far, which may overlap what it
/// writes when `from + len > to`: the bytes it produces are read again, as LZ77 means). Runs of
/// fewer than 256 bytes, nearly all of them, move in 8-byte words inline (wasmtime's
/// `memory.copy` is a call into the host); a word is copied only when the bytes it reads were
/// all written before it.
///
/// # Safety
/// Both ranges are in linear memory.
#[inline(always)]
unsafe fn copy_forward(from: usize, to: usize, len: usize) {
    if len >= 256 && (to < from || to - from >= len) {
        std::ptr::copy(from as *const u8, to as *mut u8, len);
        return;
    }
    let mut k = 0;
    if to < from || to - from >= 8 {
        while k + 8 <= len {
            let v = ((from + k) as *const u64).read_unaligned();
            ((to + k) as *mut u64).write_unaligned(v);
            k += 8;
        }
    }
    while k < len {
        *((to + k) as *mut u8) = *((from + k) as *const u8);
        k += 1;
    }
}

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
        // SAFETY: single-threaded; the address of a linker symbol, stored for the build script.
        unsafe {
            let heap_base = std::ptr::addr_of!(__heap_base) as usize as u32;
            std::ptr::addr_of_mut!(PACKED_IMAGE.heap_base).write_volatile(heap_base);
        }
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
