//! Locates the rjs.wasm component the launcher embeds (`RJS_WASM`, default `../rjs.wasm`) and
//! hashes it, so the precompiled artifact in the cache is named after exactly these bytes.
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=RJS_WASM");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let wasm = match std::env::var_os("RJS_WASM") {
        Some(p) => manifest.join(p),
        None => manifest.join("../rjs.wasm"),
    };
    let wasm = wasm.canonicalize().unwrap_or_else(|_| {
        panic!(
            "{} not found: build it first with `bash scripts/build.sh` (or set RJS_WASM)",
            wasm.display()
        )
    });
    println!("cargo:rerun-if-changed={}", wasm.display());
    let bytes = std::fs::read(&wasm).expect("read rjs.wasm");
    // FNV-1a, 64 bit: only names the cache file (the artifact itself is validated by wasmtime).
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in &bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    println!("cargo:rustc-env=RJS_WASM_PATH={}", wasm.display());
    println!("cargo:rustc-env=RJS_WASM_HASH={h:016x}{:08x}", bytes.len());
}
