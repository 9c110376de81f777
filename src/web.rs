//! wasm-bindgen exports for the browser build (wasm32-unknown-unknown). The page's worker puts
//! files into the in-memory file system, starts a script with `run`, then calls `tick` until it
//! returns -1, waiting the returned number of milliseconds in between so the worker's own event
//! loop gets its turns. Output arrives through the callback given to `setOutput`.
//!
//! `process.exit()` (and a fatal error) throws a JS `Error` whose message starts with
//! `rjs:exit:` out of `run`/`tick`; the instance is finished then and the worker discards it.
//!
//! The script's servers listen on the host's virtual loopback network (`host::net`). The page
//! hears about listeners through `setNetEvents`, and the worker answers the preview's HTTP
//! requests by opening a connection to the port (`connectPort`), writing the raw request
//! (`sendBytes`) and reading the response (`receiveBytes`) between ticks.
//!
//! Startup: the worker calls `prepare` as soon as the module is instantiated, before the user
//! clicks Run: it builds the context, evaluates the bootstrap (`Runtime::bootstrapped`, the
//! bulk of the start-up time) and loads the built-ins it is given (`console`: nearly every
//! script prints). `run` then only has to `configure` it (argv, environment, clocks) and start
//! the script.
//!
//! Standard input is what the user types in the page's terminal: the worker hands it over with
//! `pushStdin` (Ctrl+D: `endStdin`) and runs the loop. Outgoing fetches (`host::http`) call the
//! `setWake` callback when a response part arrives, so the worker runs the loop then too.

use crate::{host, MainKind, RunOptions, Runtime};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    static RUNTIME: RefCell<Option<Runtime>> = const { RefCell::new(None) };
    static EXITED: RefCell<Option<i32>> = const { RefCell::new(None) };
    /// A bootstrapped runtime waiting for `run` (made by `prepare`).
    static PREPARED: RefCell<Option<Runtime>> = const { RefCell::new(None) };
}

/// How long `tick` keeps running loop turns that have more work right away before yielding.
const SLICE_MS: f64 = 8.0;
/// What `tick` returns when the loop waits for I/O only: the worker sleeps until it injects a
/// connection (and then calls `tick` at once).
const WAIT_FOR_IO_MS: f64 = 2_147_483_647.0;

// The stepping form of `Runtime::run`: the same calls, one loop turn at a time.
impl Runtime {
    /// One loop turn: Some(milliseconds to wait before the next), None when the loop is done.
    pub fn step(&mut self) -> Option<f64> {
        match self.call_internal("turn", &[]) {
            Ok(v) => {
                let wait = v.as_number().unwrap_or(-1.0);
                (wait >= 0.0).then_some(wait)
            }
            Err(e) => {
                self.report(e);
                self.drain_ticks();
                Some(0.0)
            }
        }
    }

    /// Emits `exit` and returns the exit code.
    pub fn finish(&mut self) -> i32 {
        match self.call_internal("exit", &[]) {
            Ok(v) => v.as_number().map(|n| n as i32).unwrap_or(0),
            Err(e) => {
                self.report(e);
                1
            }
        }
    }
}

/// Rust panics (bugs) reach the page's stderr before the instance traps.
#[wasm_bindgen(start)]
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        host::write_fd(2, format!("rjs: internal error: {info}\n").as_bytes());
    }));
}

/// Creates or replaces a file (parent directories are made as needed).
#[wasm_bindgen(js_name = writeFile)]
pub fn write_file(path: &str, contents: &[u8]) {
    host::put_file(path, contents.to_vec());
}

/// The contents of a file, or an exception naming node's error code.
#[wasm_bindgen(js_name = readFile)]
pub fn read_file(path: &str) -> Result<Vec<u8>, JsError> {
    host::read_file(path).map_err(|e| {
        let (code, _, text) = crate::node::errors::uv_code(&e);
        JsError::new(&format!("{code}: {text}, open '{path}'"))
    })
}

/// Absolute paths of every regular file under `dir`.
#[wasm_bindgen(js_name = listFiles)]
pub fn list_files(dir: &str) -> Vec<String> {
    host::fs::list_files(dir)
}

/// Every regular file under `dir` as `"<mtime ns>:<size>:<absolute path>"`: the worker compares
/// these between calls to see which files the script created, changed or removed.
#[wasm_bindgen(js_name = fileStamps)]
pub fn file_stamps(dir: &str) -> Vec<String> {
    host::fs::file_stamps(dir)
        .into_iter()
        .map(|(path, mtime, size)| format!("{mtime}:{size}:{path}"))
        .collect()
}

/// The working directory scripts start in (relative paths given to `writeFile` land here).
#[wasm_bindgen]
pub fn cwd() -> String {
    host::cwd().unwrap_or_default()
}

/// Streams output to `sink(fd, Uint8Array)`; `null` collects it for `takeOutput` instead.
#[wasm_bindgen(js_name = setOutput)]
pub fn set_output(sink: Option<js_sys::Function>) {
    host::set_output(sink);
}

/// Output written while no sink was set, as text (stdout and stderr interleaved).
#[wasm_bindgen(js_name = takeOutput)]
pub fn take_output() -> String {
    host::take_output()
        .into_iter()
        .map(|(_, b)| String::from_utf8_lossy(&b).into_owned())
        .collect()
}

/// Builds the runtime's context and bootstrap ahead of the run and loads the built-ins named in
/// `warm` (does nothing when one is already prepared); `run` then configures this one instead
/// of building its own.
#[wasm_bindgen]
pub fn prepare(warm: Vec<String>) -> Result<(), JsError> {
    if PREPARED.with(|p| p.borrow().is_some()) {
        return Ok(());
    }
    let failed = |e: boa_engine::JsError| JsError::new(&format!("rjs: failed to prepare: {e}"));
    let mut rt = Runtime::bootstrapped().map_err(failed)?;
    let names: Vec<&str> = warm.iter().map(String::as_str).collect();
    rt.warm(&names).map_err(failed)?;
    PREPARED.with(|p| *p.borrow_mut() = Some(rt));
    Ok(())
}

/// Starts `path` with extra `args` (node's `process.argv.slice(2)`): runs the main script and
/// its microtasks, then returns; `tick` drives the rest.
#[wasm_bindgen]
pub fn run(path: &str, args: Vec<String>) -> Result<(), JsError> {
    let abs = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("{}/{}", cwd().trim_end_matches('/'), path)
    };
    let mut argv = vec!["/usr/local/bin/node".to_string(), abs.clone()];
    argv.extend(args);
    let opts = RunOptions {
        main: MainKind::File(abs),
        argv,
        exec_argv: Vec::new(),
        no_warnings: false,
        no_deprecation: false,
        check: false,
        input_type_module: false,
        preload: Vec::new(),
    };
    RUNTIME.with(|r| r.borrow_mut().take());
    EXITED.with(|e| *e.borrow_mut() = None);
    host::restart_clock();
    let failed = |e: boa_engine::JsError| JsError::new(&format!("rjs: failed to start: {e}"));
    let mut rt = match PREPARED.with(|p| p.borrow_mut().take()) {
        Some(mut rt) => {
            rt.configure(&opts).map_err(failed)?;
            rt
        }
        None => Runtime::new(&opts).map_err(failed)?,
    };
    rt.start(&opts.main);
    RUNTIME.with(|r| *r.borrow_mut() = Some(rt));
    Ok(())
}

/// Runs loop turns for up to a few milliseconds. Returns how long to wait before calling again
/// (0: right away, after yielding), or -1 once the script has finished (see `exitCode`).
#[wasm_bindgen]
pub fn tick() -> f64 {
    // The runtime is out of its cell while it runs: a `process.exit` unwinding through here
    // leaves the cell empty rather than borrowed.
    let Some(mut rt) = RUNTIME.with(|r| r.borrow_mut().take()) else {
        return -1.0;
    };
    let start = js_sys::Date::now();
    loop {
        let step = rt.step();
        // The loop turn asks for another right away whenever it polled sockets; when that poll
        // found nothing and could have waited, the loop is idle until a timer or new I/O.
        let step = match (step, host::net::take_idle_wait()) {
            (Some(w), Some(idle)) if w <= 0.0 => Some(if idle < 0 {
                WAIT_FOR_IO_MS
            } else {
                f64::from(idle)
            }),
            (other, _) => other,
        };
        match step {
            Some(wait) if wait <= 0.0 && js_sys::Date::now() - start < SLICE_MS => continue,
            Some(wait) => {
                RUNTIME.with(|r| *r.borrow_mut() = Some(rt));
                return wait;
            }
            None => {
                let code = rt.finish();
                EXITED.with(|e| *e.borrow_mut() = Some(code));
                return -1.0;
            }
        }
    }
}

/// The exit code once the script has finished (the loop ran dry or `process.exit` was called).
#[wasm_bindgen(js_name = exitCode)]
pub fn exit_code() -> Option<i32> {
    host::exit_code().or_else(|| EXITED.with(|e| *e.borrow()))
}

/// Calls `callback(kind, port)` with kind `"listen"` or `"close"` whenever the script's
/// servers start or stop listening on the virtual network.
#[wasm_bindgen(js_name = setNetEvents)]
pub fn set_net_events(callback: Option<js_sys::Function>) {
    host::net::set_event_sink(callback);
}

fn net_error(e: &std::io::Error, what: &str) -> JsError {
    let (code, _, text) = crate::node::errors::uv_code(e);
    JsError::new(&format!("{code}: {text}, {what}"))
}

/// Opens a connection from outside the script to `port` on localhost (the script's server
/// accepts it on its next loop turn). Throws `ECONNREFUSED: …` when nothing listens there.
#[wasm_bindgen(js_name = connectPort)]
pub fn connect_port(port: u16) -> Result<i32, JsError> {
    host::net::connect_port(port).map_err(|e| net_error(&e, &format!("connect 127.0.0.1:{port}")))
}

/// Writes all of `bytes` to a connection from `connectPort`.
#[wasm_bindgen(js_name = sendBytes)]
pub fn send_bytes(id: i32, bytes: &[u8]) -> Result<(), JsError> {
    host::net::write_all(id, bytes).map_err(|e| net_error(&e, "write"))
}

/// What the server sent on a connection from `connectPort`: bytes, an empty array once it has
/// closed (or reset) the connection, `undefined` while nothing new has arrived.
#[wasm_bindgen(js_name = receiveBytes)]
pub fn receive_bytes(id: i32) -> Option<Vec<u8>> {
    match host::net::read(id, 1 << 20) {
        Ok(r) => r,
        Err(_) => Some(Vec::new()),
    }
}

/// Closes a connection from `connectPort`.
#[wasm_bindgen(js_name = closeConnection)]
pub fn close_connection(id: i32) {
    host::net::close(id);
}

/// Appends typed input to the script's standard input (the worker then runs the loop).
#[wasm_bindgen(js_name = pushStdin)]
pub fn push_stdin(bytes: &[u8]) {
    host::push_stdin(bytes);
}

/// Ends the script's standard input (Ctrl+D on an empty line): 'end' once it has read the rest.
#[wasm_bindgen(js_name = endStdin)]
pub fn end_stdin() {
    host::end_stdin();
}

/// Whether a synchronous read of stdin (`fs.readFileSync(0)`, `fs.readSync(0, …)`) failed with
/// EAGAIN because nothing was typed yet (and the stdin stream has not taken over since).
#[wasm_bindgen(js_name = syncStdinMissed)]
pub fn sync_stdin_missed() -> bool {
    host::sync_stdin_missed()
}

/// Whether the script's stdin stream has waited for typed input (the page then focuses its
/// terminal, where typing goes to stdin).
#[wasm_bindgen(js_name = stdinAwaited)]
pub fn stdin_awaited() -> bool {
    host::stdin_awaited()
}

/// Calls `callback()` whenever an outgoing fetch has a new response part for the script.
#[wasm_bindgen(js_name = setWake)]
pub fn set_wake(callback: Option<js_sys::Function>) {
    host::http::set_wake(callback);
}
