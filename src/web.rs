//! wasm-bindgen exports for the browser build (wasm32-unknown-unknown). For now one call:
//! put files in the in-memory file system, run a script, collect its output.

use crate::{host, MainKind, RunOptions};
use wasm_bindgen::prelude::*;

/// Adds a file to the in-memory file system used by `fs` and `require`.
#[wasm_bindgen]
pub fn put_file(path: &str, contents: &str) {
    host::put_file(path, contents.as_bytes().to_vec());
}

/// Runs `path` to completion and returns its exit code.
#[wasm_bindgen]
pub fn run_file(path: &str) -> i32 {
    crate::run(RunOptions {
        main: MainKind::File(path.to_string()),
        argv: vec!["/usr/local/bin/rjs".into(), path.to_string()],
        exec_argv: Vec::new(),
        no_warnings: false,
        no_deprecation: false,
        check: false,
        input_type_module: false,
        preload: Vec::new(),
    })
}

/// Takes the output written so far as text, stdout and stderr interleaved.
#[wasm_bindgen]
pub fn take_output() -> String {
    host::take_output()
        .into_iter()
        .map(|(_, b)| String::from_utf8_lossy(&b).into_owned())
        .collect()
}
