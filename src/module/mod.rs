//! Module system, engine side: compiling CommonJS wrappers and the ESM loader.
//!
//! Resolution (relative, node_modules, package.json `main`/`exports`, `node:` prefix) and the
//! CommonJS cache live in `module/js/cjs_loader.js`, which the ESM loader (`esm.rs`) also calls
//! so both module kinds resolve the same way.

mod cjs_lexer;
pub mod esm;
mod import_assertions;

use boa_engine::{Context, JsResult, JsValue, Source};
use std::path::Path;

/// Compiles `body` as the inside of a function with the given parameters, attributing it to
/// `filename` so stack traces and syntax errors name the file. Lines keep their numbers.
pub fn compile_function(
    body: &str,
    params: &str,
    filename: &str,
    context: &mut Context,
) -> JsResult<JsValue> {
    let body = strip_hashbang(body);
    let src = format!("(function ({params}) {{{body}\n}})");
    context.eval(Source::from_bytes(&src).with_path(Path::new(filename)))
}

/// Replaces a leading `#!` line with a comment of the same length so line numbers stay.
pub(crate) fn strip_hashbang(body: &str) -> std::borrow::Cow<'_, str> {
    match body.strip_prefix("#!") {
        Some(rest) => std::borrow::Cow::Owned(format!("//{rest}")),
        None => std::borrow::Cow::Borrowed(body),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashbang_becomes_comment() {
        assert_eq!(
            strip_hashbang("#!/usr/bin/env node\nx"),
            "///usr/bin/env node\nx"
        );
        assert_eq!(strip_hashbang("x"), "x");
    }
}
