//! Out of memory as node reports it. A failed allocation that nothing can handle ends node with
//! `FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory` on
//! stderr and SIGABRT (exit code 134); Rust's default would print `memory allocation of N bytes
//! failed` and end in a wasm trap. The global allocator (snapshot.rs) calls
//! [`allocation_failed`] before it reports a failure.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

/// Failed allocations at least this large are left to their caller: the requests a script sizes
/// itself (ArrayBuffers, file contents, encodings) reserve fallibly and throw a RangeError, as
/// node does. Anything smaller failing means the heap is exhausted.
const CALLER_HANDLED_FROM: usize = 256 << 20;

/// Set once the report has started: an allocation that fails while it is written aborts.
static REPORTING: AtomicBool = AtomicBool::new(false);

/// node's report (without its GC trace and native stack, which have no equivalent here).
const REPORT: &[u8] = b"\n<--- Last few GCs --->\n\n\n<--- JS stacktrace --->\n\n\
FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n";

/// Called when an allocation of `size` bytes failed: returns for a large request (its caller
/// decides), otherwise reports node's fatal out-of-memory error and exits with 134.
pub fn allocation_failed(size: usize) {
    if size >= CALLER_HANDLED_FROM {
        return;
    }
    if REPORTING.swap(true, Ordering::Relaxed) {
        std::process::abort();
    }
    let _ = std::io::stderr().write_all(REPORT);
    crate::host::exit(134);
}
