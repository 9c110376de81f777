//! WASI host (wasm32-wasip2, also native builds): std for files and stdio, `wasi` bindings for
//! what std does not expose (terminal detection, the initial working directory).

pub mod fs;
pub mod http;
pub mod net;

use super::EntryKind;
use std::io::{self, Read, Write};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

thread_local! {
    static START: std::cell::Cell<Instant> = std::cell::Cell::new(Instant::now());
}

/// Restarts the runtime's monotonic clock (a snapshotted runtime starts when it is run, not
/// when it was snapshotted; the host's clock may also have restarted from zero).
pub fn reset_clock() {
    START.with(|s| s.set(Instant::now()));
}

thread_local! {
    /// Standard streams whose reader went away (bit 1: stdout, bit 2: stderr): later writes
    /// are dropped at once instead of failing again in the host, which costs about 1 ms each.
    static BROKEN: std::cell::Cell<u8> = const { std::cell::Cell::new(0) };
}

/// Writes bytes to stdout (fd 1) or stderr (fd 2). A failed write (a closed pipe) marks the
/// descriptor broken: later writes are dropped. Returns false when it is broken, now or before:
/// console ignores that, as node's does; the process.stdout/stderr streams report EPIPE.
pub fn write_fd(fd: i32, data: &[u8]) -> bool {
    let bit = if fd == 2 { 2 } else { 1 };
    if BROKEN.with(|b| b.get() & bit != 0) {
        return false;
    }
    let result = if fd == 2 {
        let mut out = io::stderr().lock();
        out.write_all(data).and_then(|_| out.flush())
    } else {
        let mut out = io::stdout().lock();
        out.write_all(data).and_then(|_| out.flush())
    };
    if result.is_err_and(|e| e.kind() != io::ErrorKind::WouldBlock) {
        BROKEN.with(|b| b.set(b.get() | bit));
        return false;
    }
    true
}

/// Reads all of stdin (used when the script comes from a pipe).
pub fn read_stdin_to_end() -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    io::stdin().lock().read_to_end(&mut buf)?;
    Ok(buf)
}

/// Reads up to `max` bytes from stdin, blocking; an empty result means end of input.
pub fn read_stdin_chunk(max: usize) -> io::Result<Vec<u8>> {
    let mut buf = vec![0u8; max.max(1)];
    let n = io::stdin().lock().read(&mut buf)?;
    buf.truncate(n);
    Ok(buf)
}

/// Whether the given standard stream is a terminal.
pub fn is_tty(fd: i32) -> bool {
    #[cfg(target_os = "wasi")]
    {
        match fd {
            0 => ::wasi::cli::terminal_stdin::get_terminal_stdin().is_some(),
            1 => ::wasi::cli::terminal_stdout::get_terminal_stdout().is_some(),
            2 => ::wasi::cli::terminal_stderr::get_terminal_stderr().is_some(),
            _ => false,
        }
    }
    #[cfg(not(target_os = "wasi"))]
    {
        use std::io::IsTerminal;
        match fd {
            0 => io::stdin().is_terminal(),
            1 => io::stdout().is_terminal(),
            2 => io::stderr().is_terminal(),
            _ => false,
        }
    }
}

/// Applies the host's initial working directory (`wasmtime run -S cwd=...`), which std does not.
pub fn init_cwd() {
    #[cfg(target_os = "wasi")]
    if let Some(dir) = ::wasi::cli::environment::initial_cwd() {
        let _ = std::env::set_current_dir(dir);
    }
}

pub fn read_file(path: &str) -> io::Result<Vec<u8>> {
    std::fs::read(path)
}

pub fn entry_kind(path: &str) -> EntryKind {
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => EntryKind::Dir,
        Ok(_) => EntryKind::File,
        Err(_) => EntryKind::Missing,
    }
}

pub fn realpath(path: &str) -> io::Result<String> {
    std::fs::canonicalize(path).map(|p| p.to_string_lossy().into_owned())
}

pub fn cwd() -> io::Result<String> {
    std::env::current_dir().map(|p| p.to_string_lossy().into_owned())
}

pub fn chdir(path: &str) -> io::Result<()> {
    std::env::set_current_dir(path)
}

pub fn env_vars() -> Vec<(String, String)> {
    // Straight from WASI, not libc's `environ` (a snapshotted binary would keep the copy libc
    // made at build time).
    #[cfg(target_os = "wasi")]
    return ::wasi::cli::environment::get_environment();
    #[cfg(not(target_os = "wasi"))]
    std::env::vars_os()
        .map(|(k, v)| {
            (
                k.to_string_lossy().into_owned(),
                v.to_string_lossy().into_owned(),
            )
        })
        .collect()
}

/// Monotonic nanoseconds since the runtime started.
pub fn monotonic_ns() -> u128 {
    START.with(|s| s.get().elapsed().as_nanos())
}

/// Wall clock in milliseconds since the Unix epoch.
pub fn wall_ms() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64() * 1000.0)
        .unwrap_or(0.0)
}

/// Blocks until `ms` milliseconds have passed (the poll phase with nothing but timers).
pub fn sleep_ms(ms: f64) {
    if ms > 0.0 && ms.is_finite() {
        // wasmtime's sleep (a tokio timer) rounds the deadline up to its next 1 ms tick and
        // then waits whole milliseconds: ~1 ms late. Asking for 0.9 ms less lands on the time
        // asked (the loop checks due times again after any wake-up).
        std::thread::sleep(Duration::from_secs_f64((ms - 0.9).max(0.05) / 1000.0));
    }
}

/// Ends the process after flushing stdio. WASI's stable exit only says success or failure,
/// so under the rjs launcher (which sets `RJS_EXIT_CODE_FILE`) the code is also written there.
pub fn exit(code: i32) -> ! {
    let _ = io::stdout().flush();
    let _ = io::stderr().flush();
    if let Ok(path) = std::env::var("RJS_EXIT_CODE_FILE") {
        let _ = std::fs::write(path, code.to_string());
    }
    #[cfg(target_os = "wasi")]
    if code != 0 {
        // Exit codes are 8 bits wide, as on POSIX (process.exit(256) is 0 there too).
        ::wasip2::cli::exit::exit_with_code((code & 0xff) as u8);
    }
    std::process::exit(code)
}

/// Whether the native `rjs` launcher runs us (its capability flags differ from wasmtime's).
pub fn under_launcher() -> bool {
    std::env::var_os("RJS_LAUNCHER").is_some()
}

pub fn fill_random(buf: &mut [u8]) {
    #[cfg(target_os = "wasi")]
    {
        let bytes = ::wasi::random::random::get_random_bytes(buf.len() as u64);
        for (d, s) in buf.iter_mut().zip(bytes) {
            *d = s;
        }
    }
    #[cfg(not(target_os = "wasi"))]
    {
        // Native builds (tests, benchmarks): a time-seeded xorshift is enough for Math.random-like use.
        let mut x = (wall_ms() as u64) ^ (monotonic_ns() as u64) | 1;
        for b in buf.iter_mut() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            *b = x as u8;
        }
    }
}

pub fn pid() -> u32 {
    42
}

/// Guest paths of the granted directories that may not be changed (wasmtime `--dir` with
/// read-only permissions; the launcher's `--allow-read` without `--allow-write`).
pub fn read_only_preopens() -> Vec<String> {
    #[cfg(target_os = "wasi")]
    {
        use ::wasi::filesystem::types::DescriptorFlags;
        ::wasi::filesystem::preopens::get_directories()
            .into_iter()
            .filter(|(d, _)| {
                d.get_flags()
                    .is_ok_and(|f| !f.contains(DescriptorFlags::MUTATE_DIRECTORY))
            })
            .map(|(_, p)| p)
            .collect()
    }
    #[cfg(not(target_os = "wasi"))]
    {
        Vec::new()
    }
}

/// Guest paths of the directories the host granted (`wasmtime run --dir`).
pub fn preopens() -> Vec<String> {
    #[cfg(target_os = "wasi")]
    {
        ::wasi::filesystem::preopens::get_directories()
            .into_iter()
            .map(|(_, p)| p)
            .collect()
    }
    #[cfg(not(target_os = "wasi"))]
    {
        vec!["/".to_string()]
    }
}
