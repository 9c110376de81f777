//! Node's built-in modules. Each built-in is a JS file under `node/js/` (glue where semantics
//! are intricate) backed by Rust functions in the binding; sources are embedded and compiled
//! lazily on first `require`, so a script pays only for what it uses.

pub mod errors;

/// Built-in module names, as `require('module').builtinModules` lists them.
pub const BUILTINS: &[&str] = &[
    "assert",
    "assert/strict",
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

/// The embedded JS source of a built-in (or an internal helper such as `internal/inspect`).
pub fn builtin_source(name: &str) -> Option<&'static str> {
    Some(match name {
        "internal/loop" => include_str!("../js/loop.js"),
        "internal/process" => include_str!("../js/process.js"),
        "internal/stdio" => include_str!("../js/stdio.js"),
        "internal/repl" => include_str!("../js/repl.js"),
        "internal/cjs_loader" => crate::module::CJS_LOADER,
        "internal/web" => include_str!("js/web.js"),
        "internal/comparisons" => include_str!("js/comparisons.js"),
        "perf_hooks" => include_str!("js/perf_hooks.js"),
        "timers/promises" => include_str!("js/timers_promises.js"),
        "readline/promises" => "module.exports = require('readline').promises;",
        "events" => include_str!("js/events.js"),
        "util" => include_str!("js/util.js"),
        "util/types" => include_str!("js/util_types.js"),
        "internal/inspect" => include_str!("js/inspect.js"),
        "internal/errors" => include_str!("js/errors.js"),
        "internal/validators" => include_str!("js/validators.js"),
        "console" => include_str!("js/console.js"),
        "path" | "path/posix" => include_str!("js/path.js"),
        "timers" => include_str!("js/timers.js"),
        "assert" => include_str!("js/assert.js"),
        "assert/strict" => "module.exports = require('assert').strict;",
        "process" => "module.exports = process;",
        "module" => "module.exports = internalBinding('module');",
        "readline" => include_str!("js/readline.js"),
        "os" => include_str!("js/os.js"),
        "tty" => include_str!("js/tty.js"),
        "sys" => "module.exports = require('util');",
        "child_process"
        | "cluster"
        | "worker_threads"
        | "inspector"
        | "dgram"
        | "http2"
        | "trace_events"
        | "wasi"
        | "v8"
        | "vm"
        | "repl"
        | "domain"
        | "diagnostics_channel" => {
            include_str!("js/unavailable.js")
        }
        _ => return None,
    })
}

/// Whether `name` (without `node:`) is a built-in module.
pub fn is_builtin(name: &str) -> bool {
    BUILTINS.contains(&name)
}
