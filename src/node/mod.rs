//! Node's built-in modules. Each built-in is a JS file under `node/js/` (glue where semantics
//! are intricate) backed by Rust functions in the binding; sources are embedded and compiled
//! lazily on first `require`, so a script pays only for what it uses.

pub mod buffer;
pub mod crypto;
pub mod dgram;
mod embedded_js;
pub mod encoding;
pub mod errors;
pub mod fs;
pub mod http_parser;
pub mod inspect;
pub mod net;
pub mod path;
pub mod querystring;
pub mod segmenter;
pub mod timezone;
pub mod url;
pub mod vm;
mod vm_source_map;
pub mod webassembly;
pub mod zlib;

use boa_engine::{
    js_string, native_function::NativeFunctionPointer, object::JsObject, object::ObjectInitializer,
    Context, JsResult, JsString, JsValue, NativeFunction,
};
use std::borrow::Cow;

/// One entry of a native binding: the JS name, the function and its declared length.
pub(crate) type NativeFn = (&'static str, NativeFunctionPointer, usize);

/// Builds an `internalBinding(...)` object from a table of native functions.
pub(crate) fn binding_object(ctx: &mut Context, fns: &[NativeFn]) -> JsObject {
    let mut init = ObjectInitializer::new(ctx);
    for (name, f, len) in fns {
        init.function(NativeFunction::from_fn_ptr(*f), js_string!(*name), *len);
    }
    init.build()
}

/// `{ code, message }`: a failure handed to JS as a value (the JS side builds node's error).
pub(crate) fn code_message_value(code: &str, message: &str, ctx: &mut Context) -> JsValue {
    let mut init = ObjectInitializer::new(ctx);
    init.property(js_string!("code"), JsString::from(code), Default::default());
    init.property(
        js_string!("message"),
        JsString::from(message),
        Default::default(),
    );
    init.build().into()
}

/// A string argument (undefined → empty; lone surrogates become U+FFFD).
pub(crate) fn str_arg(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<String> {
    match args.get(i) {
        Some(v) if !v.is_undefined() => Ok(v.to_string(ctx)?.to_std_string_lossy()),
        _ => Ok(String::new()),
    }
}

/// The native half of a built-in, as `internalBinding(name)` returns it (created on first use).
pub fn native_binding(name: &str, ctx: &mut Context) -> Option<JsObject> {
    Some(match name {
        "buffer" => buffer::binding(ctx),
        "url" => url::binding(ctx),
        "fs" => fs::binding(ctx),
        "tcp" => net::binding(ctx),
        "udp" => dgram::binding(ctx),
        "crypto" => crypto::binding(ctx),
        "zlib" => zlib::binding(ctx),
        "encoding" => encoding::binding(ctx),
        "http_parser" => http_parser::binding(ctx),
        "path" => path::binding(ctx),
        "inspect" => inspect::binding(ctx),
        "async_context" => crate::event_loop::async_context::binding(ctx),
        "querystring" => querystring::binding(ctx),
        "segmenter" => segmenter::binding(ctx),
        "timezone" => timezone::binding(ctx),
        "vm" => vm::binding(ctx),
        "webassembly" => webassembly::binding(ctx),
        "host_http" => crate::host::http::binding(ctx),
        _ => return None,
    })
}

/// Built-in module names, as `require('module').builtinModules` lists them.
pub const BUILTINS: &[&str] = &[
    "_http_agent",
    "_http_client",
    "_http_common",
    "_http_incoming",
    "_http_outgoing",
    "_http_server",
    "_stream_duplex",
    "_stream_passthrough",
    "_stream_readable",
    "_stream_transform",
    "_stream_wrap",
    "_stream_writable",
    "_tls_common",
    "_tls_wrap",
    "assert",
    "assert/strict",
    "async_hooks",
    "buffer",
    "child_process",
    "cluster",
    "console",
    "constants",
    "crypto",
    "dgram",
    "diagnostics_channel",
    "dns",
    "dns/promises",
    "domain",
    "events",
    "fs",
    "fs/promises",
    "http",
    "http2",
    "https",
    "inspector",
    "inspector/promises",
    "module",
    "net",
    "os",
    "path",
    "path/posix",
    "path/win32",
    "perf_hooks",
    "process",
    "punycode",
    "querystring",
    "readline",
    "readline/promises",
    "repl",
    "stream",
    "stream/consumers",
    "stream/promises",
    "stream/web",
    "string_decoder",
    "sys",
    "timers",
    "timers/promises",
    "tls",
    "trace_events",
    "tty",
    "url",
    "util",
    "util/types",
    "v8",
    "vm",
    "wasi",
    "worker_threads",
    "zlib",
];

/// A built-in JS file (embedded compressed by build.rs), by its path relative to `src/`.
macro_rules! js_file {
    ($path:literal) => {
        ("", $path)
    };
}

/// The source of a built-in (or an internal helper such as `internal/inspect`): a one-line
/// source defined here, or ("", the path relative to `src/`) of an embedded JS file, which
/// [`builtin_source`] decompresses.
pub fn builtin_entry(name: &str) -> Option<(&'static str, &'static str)> {
    Some(match name {
        "internal/loop" => js_file!("js/loop.js"),
        "internal/process" => js_file!("js/process.js"),
        "internal/stdio" => js_file!("js/stdio.js"),
        "internal/repl" => js_file!("js/repl.js"),
        "repl" => js_file!("node/js/repl.js"),
        "internal/cjs_loader" => js_file!("module/js/cjs_loader.js"),
        "internal/web" => js_file!("node/js/web.js"),
        "internal/comparisons" => js_file!("node/js/comparisons.js"),
        "perf_hooks" => js_file!("node/js/perf_hooks.js"),
        "timers/promises" => js_file!("node/js/timers_promises.js"),
        "readline/promises" => ("module.exports = require('readline').promises;", ""),
        "events" => js_file!("node/js/events.js"),
        "util" => js_file!("node/js/util.js"),
        "util/types" => js_file!("node/js/util_types.js"),
        "internal/inspect" => js_file!("node/js/inspect.js"),
        "internal/mime" => js_file!("node/js/mime.js"),
        "internal/errors" => js_file!("node/js/errors.js"),
        "internal/validators" => js_file!("node/js/validators.js"),
        "console" => js_file!("node/js/console.js"),
        "path" => js_file!("node/js/path.js"),
        "internal/path_win32" => js_file!("node/js/path_win32.js"),
        "path/posix" => ("module.exports = require('path').posix;", ""),
        "path/win32" => ("module.exports = require('path').win32;", ""),
        "timers" => js_file!("node/js/timers.js"),
        "assert" => js_file!("node/js/assert.js"),
        "assert/strict" => ("module.exports = require('assert').strict;", ""),
        "process" => ("module.exports = process;", ""),
        "module" => ("module.exports = internalBinding('module');", ""),
        "readline" => js_file!("node/js/readline.js"),
        "os" => js_file!("node/js/os.js"),
        "tls" => js_file!("node/js/tls.js"),
        "tty" => js_file!("node/js/tty.js"),
        "buffer" => js_file!("node/js/buffer.js"),
        "string_decoder" => js_file!("node/js/string_decoder.js"),
        "url" => js_file!("node/js/url.js"),
        "internal/url_legacy" => js_file!("node/js/url_legacy.js"),
        "querystring" => js_file!("node/js/querystring.js"),
        "punycode" | "internal/punycode" => js_file!("node/js/punycode.js"),
        "fs" => js_file!("node/js/fs.js"),
        "fs/promises" => js_file!("node/js/fs_promises.js"),
        "internal/fs_types" => js_file!("node/js/fs_types.js"),
        "internal/fs_streams" => js_file!("node/js/fs_streams.js"),
        "crypto" => js_file!("node/js/crypto.js"),
        "internal/crypto_keys" => js_file!("node/js/crypto_keys.js"),
        "internal/crypto_globals" => (
            "const c = require('crypto'); module.exports = { Crypto: c.webcrypto.constructor, \
             SubtleCrypto: c.subtle.constructor, CryptoKey: c[Symbol.for('rjs.CryptoKey')] };",
            "",
        ),
        "internal/fetch" => js_file!("node/js/fetch.js"),
        "internal/intl" => js_file!("node/js/intl.js"),
        "internal/webassembly" => js_file!("node/js/webassembly.js"),
        "zlib" => js_file!("node/js/zlib.js"),
        "net" => js_file!("node/js/net.js"),
        "dgram" => js_file!("node/js/dgram.js"),
        "dns" => js_file!("node/js/dns.js"),
        "dns/promises" => ("module.exports = require('dns').promises;", ""),
        "http" => js_file!("node/js/http.js"),
        "https" => js_file!("node/js/https.js"),
        "internal/http_server" => js_file!("node/js/http_server.js"),
        "internal/http_client" => js_file!("node/js/http_client.js"),
        "internal/http_common" => js_file!("node/js/http_common.js"),
        "stream" => js_file!("node/js/stream.js"),
        "stream/promises" => js_file!("node/js/stream_promises.js"),
        "stream/consumers" => js_file!("node/js/stream_consumers.js"),
        "stream/web" => js_file!("node/js/stream_web.js"),
        "sys" => (
            "process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', \
             'DEP0025'); module.exports = require('util');",
            "",
        ),
        "test" => js_file!("node/js/test.js"),
        "test/reporters" => js_file!("node/js/test_reporters.js"),
        "async_hooks" => js_file!("node/js/async_hooks.js"),
        "diagnostics_channel" => js_file!("node/js/diagnostics_channel.js"),
        "constants" => js_file!("node/js/constants.js"),
        "vm" => js_file!("node/js/vm.js"),
        "v8" => js_file!("node/js/v8.js"),
        "worker_threads" => js_file!("node/js/worker_threads.js"),
        // node's legacy underscore modules: the same classes as the public modules hold.
        "_stream_readable" => ("module.exports = require('stream').Readable;", ""),
        "_stream_writable" => ("module.exports = require('stream').Writable;", ""),
        "_stream_duplex" => ("module.exports = require('stream').Duplex;", ""),
        "_stream_transform" => ("module.exports = require('stream').Transform;", ""),
        "_stream_passthrough" => ("module.exports = require('stream').PassThrough;", ""),
        // node's JSStreamSocket (a net.Socket over a Duplex); rjs gives net.Socket itself.
        "_stream_wrap" => (
            "process.emitWarning('The _stream_wrap module is deprecated.', 'DeprecationWarning', \
             'DEP0125'); module.exports = require('net').Socket;",
            "",
        ),
        "_http_agent" => (
            "const h = require('http'); module.exports = { Agent: h.Agent, globalAgent: h.globalAgent };",
            "",
        ),
        "_http_client" => ("module.exports = { ClientRequest: require('http').ClientRequest };", ""),
        "_http_incoming" => (
            "module.exports = require('internal/http_common').legacyModules._http_incoming;",
            "",
        ),
        "_http_outgoing" => (
            "module.exports = require('internal/http_common').legacyModules._http_outgoing;",
            "",
        ),
        "_http_server" => ("module.exports = require('internal/http_server');", ""),
        // node's keys, with its HTTPParser binding class (msw and nock build on it).
        "_http_common" => (
            "module.exports = require('internal/http_common').legacyModules._http_common;",
            "",
        ),
        "_tls_common" => (
            "const t = require('tls'); module.exports = { SecureContext: t.SecureContext, \
             createSecureContext: t.createSecureContext };",
            "",
        ),
        "_tls_wrap" => (
            "const t = require('tls'); module.exports = { TLSSocket: t.TLSSocket, Server: t.Server, \
             createServer: t.createServer, connect: t.connect };",
            "",
        ),
        "child_process" => js_file!("node/js/child_process.js"),
        "cluster" | "inspector" | "http2" | "trace_events" | "wasi"
        | "domain" | "inspector/promises" => {
            js_file!("node/js/unavailable.js")
        }
        _ => return None,
    })
}

/// The embedded JS source of a built-in.
pub fn builtin_source(name: &str) -> Option<Cow<'static, str>> {
    let (src, path) = builtin_entry(name)?;
    if path.is_empty() {
        return Some(Cow::Borrowed(src));
    }
    embedded_js::text(path).map(Cow::Owned)
}

/// Whether `name` (without `node:`) is a built-in module.
pub fn is_builtin(name: &str) -> bool {
    BUILTINS.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::{builtin_entry, builtin_source, BUILTINS};

    /// Every public built-in's source is embedded and decompresses (build.rs compresses the
    /// files `builtin_entry` names by path; a name without its file would fail only at run time).
    #[test]
    fn builtin_sources_are_embedded() {
        for name in BUILTINS {
            if builtin_entry(name).is_none() {
                continue;
            }
            let src = builtin_source(name);
            assert!(
                src.is_some_and(|s| !s.is_empty()),
                "{name}: no embedded source"
            );
        }
        for internal in [
            "internal/loop",
            "internal/process",
            "internal/errors",
            "internal/inspect",
        ] {
            assert!(
                builtin_source(internal).is_some(),
                "{internal}: no embedded source"
            );
        }
    }

    /// Built-in JS stays Latin-1: the engine keeps every script's text for
    /// `Function.prototype.toString`, at one byte per character only when all of it fits, and the
    /// snapshot carries the warm built-ins' texts into every start. Write other characters as
    /// `\u` escapes in strings, and in ASCII in comments.
    #[test]
    fn builtin_sources_are_latin1() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        for dir in ["js", "node/js", "module/js"] {
            let entries = std::fs::read_dir(format!("{root}/{dir}")).expect("source folder");
            for entry in entries.flatten() {
                let path = entry.path();
                if path.extension().and_then(|e| e.to_str()) != Some("js") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).expect("readable source");
                for (n, line) in text.lines().enumerate() {
                    assert!(
                        line.chars().all(|c| u32::from(c) < 256),
                        "{}:{}: a character beyond Latin-1",
                        path.display(),
                        n + 1
                    );
                }
            }
        }
    }
}
