//! Build script: compresses the built-in modules' JS (src/js, src/node/js, src/module/js) with
//! Brotli into OUT_DIR and generates `builtin_js.rs`, which embeds the compressed files by their
//! path relative to `src/`. The embedded text is ~4x smaller, and every byte of rjs.wasm costs
//! start-up time under `wasmtime run` (it hashes, decompresses and maps the whole file on each
//! start); a built-in is decompressed when it is first loaded (src/node/mod.rs).

use std::fmt::Write as _;
use std::path::Path;

const DIRS: &[&str] = &["js", "node/js", "module/js"];
/// Included as plain text by lib.rs (it runs once, at snapshot time).
const SKIP: &[&str] = &["js/bootstrap.js"];

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut table = String::from(
        "/// The Brotli-compressed text of a built-in JS file, by its path relative to `src/`.\n\
         pub(crate) fn compressed_js(path: &str) -> Option<&'static [u8]> {\n    Some(match path {\n",
    );
    for dir in DIRS {
        let src_dir = Path::new("src").join(dir);
        println!("cargo:rerun-if-changed={}", src_dir.display());
        let mut names: Vec<String> = std::fs::read_dir(&src_dir)
            .expect("built-in source folder")
            .flatten()
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| n.ends_with(".js"))
            .collect();
        names.sort();
        for name in names {
            let rel = format!("{dir}/{name}");
            if SKIP.contains(&rel.as_str()) {
                continue;
            }
            let path = src_dir.join(&name);
            println!("cargo:rerun-if-changed={}", path.display());
            let text = std::fs::read(&path).expect("readable built-in source");
            let out = Path::new(&out_dir).join(rel.replace('/', "__") + ".br");
            std::fs::write(&out, compress(&text)).expect("writable OUT_DIR");
            let _ = writeln!(
                table,
                "        {rel:?} => include_bytes!({:?}),",
                out.display().to_string()
            );
        }
    }
    table.push_str("        _ => return None,\n    })\n}\n");
    std::fs::write(Path::new(&out_dir).join("builtin_js.rs"), table).expect("writable OUT_DIR");
}

fn compress(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        size_hint: text.len(),
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &text[..], &mut out, &params).expect("in-memory compression");
    out
}
