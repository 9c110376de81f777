//! Browser host (wasm32-unknown-unknown): the in-memory file system (`fs`), output streamed to
//! a JS callback (or collected when none is set), standard input typed in the page's terminal
//! (pushed in by the worker, never blocking), browser clocks and randomness. The runtime
//! runs in a Web Worker; the worker drives the event loop one step at a time (see `web.rs`),
//! so nothing here ever blocks.

pub mod fs;
pub mod http;
pub mod net;

use super::EntryKind;
use std::cell::{Cell, RefCell};
use std::io;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `performance.now()`: exists in pages and workers alike.
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;
    /// `crypto.getRandomValues(bytes)` (at most 65536 bytes a call).
    #[wasm_bindgen(js_namespace = crypto, js_name = getRandomValues)]
    fn get_random_values(buf: &mut [u8]);
}

thread_local! {
    static OUTPUT: RefCell<Vec<(i32, Vec<u8>)>> = const { RefCell::new(Vec::new()) };
    static SINK: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    static EXIT_CODE: Cell<Option<i32>> = const { Cell::new(None) };
}

/// Prefix of the message thrown to JS when the script calls `process.exit`.
pub const EXIT_MARK: &str = "rjs:exit:";

/// Adds (or replaces) a file in the in-memory file system, creating its parent directories.
pub fn put_file(path: &str, data: Vec<u8>) {
    let _ = fs::write_whole(path, data);
}

/// Streams output to `sink(fd, bytes)` from now on (None: collect it for `take_output`).
pub fn set_output(sink: Option<js_sys::Function>) {
    SINK.with(|s| *s.borrow_mut() = sink);
}

/// Takes what the script wrote so far while no sink was set, as (fd, bytes) chunks.
pub fn take_output() -> Vec<(i32, Vec<u8>)> {
    OUTPUT.with(|o| std::mem::take(&mut *o.borrow_mut()))
}

/// Writes to the page's terminal (fd 1 or 2); always succeeds (true), as on WASI's unbroken pipe.
pub fn write_fd(fd: i32, data: &[u8]) -> bool {
    let sink = SINK.with(|s| s.borrow().clone());
    match sink {
        Some(f) => {
            let bytes = js_sys::Uint8Array::from(data);
            let _ = f.call2(&JsValue::NULL, &JsValue::from(fd), &bytes);
        }
        None => OUTPUT.with(|o| o.borrow_mut().push((fd, data.to_vec()))),
    }
    true
}

/// The exit code `process.exit` asked for, once it did.
pub fn exit_code() -> Option<i32> {
    EXIT_CODE.with(Cell::get)
}

/// What the user typed in the page's terminal and the script has not read yet; `eof` once
/// they pressed Ctrl+D on an empty line (or the page ended the input).
#[derive(Default)]
struct Stdin {
    buf: std::collections::VecDeque<u8>,
    eof: bool,
}

thread_local! {
    static STDIN: RefCell<Stdin> = RefCell::new(Stdin::default());
    /// A read of fd 0 found nothing typed (EAGAIN) and the loop has not watched fd 0 since:
    /// a synchronous read (`fs.readFileSync(0)`, `fs.readSync(0, …)`), not the stdin stream
    /// (which answers EAGAIN by waiting for fd 0 in the loop's poll).
    static SYNC_STDIN_MISSED: Cell<bool> = const { Cell::new(false) };
    /// The stdin stream has waited for input at least once (the loop polled fd 0 with nothing
    /// typed): the page then puts the keyboard focus on its terminal.
    static STDIN_AWAITED: Cell<bool> = const { Cell::new(false) };
}

/// The loop polls fd 0: the last EAGAIN went to the stdin stream, which now waits for input.
/// Returns whether a read would return at once.
pub fn stdin_watched() -> bool {
    SYNC_STDIN_MISSED.with(|m| m.set(false));
    let ready = stdin_ready();
    if !ready {
        STDIN_AWAITED.with(|a| a.set(true));
    }
    ready
}

/// Whether the script's stdin stream has waited for typed input during this run.
pub fn stdin_awaited() -> bool {
    STDIN_AWAITED.with(Cell::get)
}

/// Whether a synchronous read of stdin failed with EAGAIN because nothing was typed yet (the
/// page then explains why: a worker cannot block while the user types).
pub fn sync_stdin_missed() -> bool {
    SYNC_STDIN_MISSED.with(Cell::get)
}

/// Appends typed input (the terminal's line discipline sends whole lines, or the partial line
/// on Ctrl+D).
pub fn push_stdin(bytes: &[u8]) {
    STDIN.with(|s| s.borrow_mut().buf.extend(bytes));
}

/// Ends standard input: reads return what is buffered, then end of input.
pub fn end_stdin() {
    STDIN.with(|s| s.borrow_mut().eof = true);
}

/// Whether a read of stdin would return at once (data or end of input).
pub fn stdin_ready() -> bool {
    STDIN.with(|s| {
        let s = s.borrow();
        s.eof || !s.buf.is_empty()
    })
}

/// What is buffered (the browser cannot wait for the rest).
pub fn read_stdin_to_end() -> io::Result<Vec<u8>> {
    Ok(STDIN.with(|s| s.borrow_mut().buf.drain(..).collect()))
}

/// Up to `max` typed bytes; empty at end of input; EAGAIN while nothing is typed yet (the
/// stdin stream then waits for fd 0 in the loop's poll, see `net::poll`).
pub fn read_stdin_chunk(max: usize) -> io::Result<Vec<u8>> {
    STDIN.with(|s| {
        let mut s = s.borrow_mut();
        if s.buf.is_empty() {
            return if s.eof {
                Ok(Vec::new())
            } else {
                SYNC_STDIN_MISSED.with(|m| m.set(true));
                Err(fs::errno("EAGAIN"))
            };
        }
        let n = max.min(s.buf.len());
        Ok(s.buf.drain(..n).collect())
    })
}

/// Standard input is the page's terminal (in line mode: the page echoes and edits the line);
/// stdout and stderr are not terminals (no colours or cursor queries unless forced), so output
/// matches node's on a pipe.
pub fn is_tty(fd: i32) -> bool {
    fd == 0
}

pub fn init_cwd() {}

pub fn read_file(path: &str) -> io::Result<Vec<u8>> {
    fs::read_whole(path)
}

pub fn entry_kind(path: &str) -> EntryKind {
    match fs::kind_of(path) {
        1 => EntryKind::File,
        2 => EntryKind::Dir,
        _ => EntryKind::Missing,
    }
}

pub fn realpath(path: &str) -> io::Result<String> {
    fs::realpath(path)
}

pub fn cwd() -> io::Result<String> {
    Ok(fs::cwd())
}

pub fn chdir(path: &str) -> io::Result<()> {
    fs::chdir(path)
}

/// A small, plausible environment for a user's shell in the playground.
pub fn env_vars() -> Vec<(String, String)> {
    [
        ("HOME", fs::HOME),
        ("USER", "user"),
        ("LOGNAME", "user"),
        ("PATH", "/usr/local/bin:/usr/bin:/bin"),
        ("PWD", fs::HOME),
        ("SHELL", "/bin/sh"),
        ("LANG", "en_US.UTF-8"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

thread_local! {
    /// `performance.now()` when the script's process "started" (see `restart_clock`).
    static CLOCK_START: Cell<f64> = const { Cell::new(0.0) };
}

/// Monotonic nanoseconds since the run started (node's clocks count from the process start; a
/// worker's runtime is bootstrapped before that, see `web::prepare`).
pub fn monotonic_ns() -> u128 {
    let ms = (performance_now() - CLOCK_START.with(Cell::get)).max(0.0);
    (ms * 1_000_000.0) as u128
}

/// The process starts now: `hrtime`, `performance.now()` and the loop's clock count from here.
/// Called once, when a run starts (before the runtime is configured).
pub fn restart_clock() {
    CLOCK_START.with(|c| c.set(performance_now()));
}

pub fn wall_ms() -> f64 {
    js_sys::Date::now()
}

/// The browser cannot block; the worker schedules the next loop step instead.
pub fn sleep_ms(_ms: f64) {}

/// Ends the script: records the code and throws to the JS caller of `run`/`tick`, unwinding
/// every Rust frame without running destructors. The instance must not be reused afterwards
/// (the page starts a fresh worker for each run).
pub fn exit(code: i32) -> ! {
    EXIT_CODE.with(|c| c.set(Some(code)));
    wasm_bindgen::throw_str(&format!("{EXIT_MARK}{code}"))
}

pub fn fill_random(buf: &mut [u8]) {
    for chunk in buf.chunks_mut(65536) {
        get_random_values(chunk);
    }
}

pub fn pid() -> u32 {
    42
}

/// The in-memory file system is rooted at `/`.
pub fn preopens() -> Vec<String> {
    vec!["/".to_string()]
}

/// The browser's file system has no read-only grants.
pub fn read_only_preopens() -> Vec<String> {
    Vec::new()
}

/// The browser build never runs under the native launcher.
pub fn under_launcher() -> bool {
    false
}
