//! Browser host (wasm32-unknown-unknown). For now a stub with an in-memory file table and
//! output collected for the page; the worker bridge grows here.

pub mod fs;
pub mod net;

use super::EntryKind;
use std::cell::RefCell;
use std::collections::HashMap;
use std::io;

thread_local! {
    static FILES: RefCell<HashMap<String, Vec<u8>>> = RefCell::new(HashMap::new());
    static OUTPUT: RefCell<Vec<(i32, Vec<u8>)>> = const { RefCell::new(Vec::new()) };
    static CWD: RefCell<String> = RefCell::new(String::from("/"));
}

/// Adds a file to the in-memory file system.
pub fn put_file(path: &str, data: Vec<u8>) {
    FILES.with(|f| f.borrow_mut().insert(path.to_string(), data));
}

/// Takes what the script wrote so far, as (fd, bytes) chunks.
pub fn take_output() -> Vec<(i32, Vec<u8>)> {
    OUTPUT.with(|o| std::mem::take(&mut *o.borrow_mut()))
}

pub fn write_fd(fd: i32, data: &[u8]) {
    OUTPUT.with(|o| o.borrow_mut().push((fd, data.to_vec())));
}

pub fn read_stdin_to_end() -> io::Result<Vec<u8>> {
    Ok(Vec::new())
}

pub fn read_stdin_chunk(_max: usize) -> io::Result<Vec<u8>> {
    Ok(Vec::new())
}

pub fn is_tty(_fd: i32) -> bool {
    false
}

pub fn init_cwd() {}

fn not_found() -> io::Error {
    io::Error::from(io::ErrorKind::NotFound)
}

pub fn read_file(path: &str) -> io::Result<Vec<u8>> {
    FILES.with(|f| f.borrow().get(path).cloned().ok_or_else(not_found))
}

pub fn entry_kind(path: &str) -> EntryKind {
    FILES.with(|f| {
        let files = f.borrow();
        if files.contains_key(path) {
            return EntryKind::File;
        }
        let prefix = format!("{}/", path.trim_end_matches('/'));
        if path == "/" || files.keys().any(|k| k.starts_with(&prefix)) {
            EntryKind::Dir
        } else {
            EntryKind::Missing
        }
    })
}

pub fn realpath(path: &str) -> io::Result<String> {
    match entry_kind(path) {
        EntryKind::Missing => Err(not_found()),
        _ => Ok(path.to_string()),
    }
}

pub fn cwd() -> io::Result<String> {
    Ok(CWD.with(|c| c.borrow().clone()))
}

pub fn chdir(path: &str) -> io::Result<()> {
    if entry_kind(path) != EntryKind::Dir {
        return Err(not_found());
    }
    CWD.with(|c| *c.borrow_mut() = path.to_string());
    Ok(())
}

pub fn env_vars() -> Vec<(String, String)> {
    Vec::new()
}

pub fn monotonic_ns() -> u128 {
    (js_sys::Date::now() * 1_000_000.0) as u128
}

pub fn wall_ms() -> f64 {
    js_sys::Date::now()
}

/// The browser cannot block; the worker schedules the next loop turn instead.
pub fn sleep_ms(_ms: f64) {}

pub fn exit(code: i32) -> ! {
    panic!("process.exit({code})")
}

pub fn fill_random(buf: &mut [u8]) {
    for b in buf.iter_mut() {
        *b = (js_sys::Math::random() * 256.0) as u8;
    }
}

pub fn pid() -> u32 {
    42
}

/// The in-memory file system is rooted at `/`.
pub fn preopens() -> Vec<String> {
    vec!["/".to_string()]
}

/// The browser build never runs under the native launcher.
pub fn under_launcher() -> bool {
    false
}
