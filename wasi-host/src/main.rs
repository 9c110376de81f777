//! `rjs`: the native launcher. Runs the rjs.wasm component embedded in this binary in wasmtime,
//! from a precompiled artifact (compiled once, then only mmapped), with node's ergonomics
//! (`rjs app.js args`, the current directory granted) and Deno-style capability flags mapped
//! onto WASI 0.2 capabilities:
//!
//!   --allow-read[=DIR,...]    read-only preopens (bare: `/`)
//!   --allow-write[=DIR,...]   read-write preopens (bare: `/`)
//!   --allow-net[=HOST[:PORT],...]  sockets (bare: any address), name lookup and wasi:http
//!                             (the guest's https; extra CAs from NODE_EXTRA_CA_CERTS, see http.rs)
//!   --allow-env[=NAME,...]    environment variables (bare: all of them)
//!   --precompile              compile the embedded rjs.wasm into the cache now and exit
//!
//! Every other argument goes to the guest, which parses node's options itself.
//!
//! Environment: `RJS_CACHE_DIR` (default `$XDG_CACHE_HOME/rjs`, `~/.cache/rjs`) holds the
//! compiled artifact; `RJS_LAUNCHER_TRACE=1` prints where start-up time goes.

mod cli;
mod http;
mod net;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use wasmtime::component::{Component, Linker, ResourceTable};
use wasmtime::{Config, Engine, Store};
use wasmtime_wasi::p2::bindings::sync::Command;
use wasmtime_wasi::{FsPerms, I32Exit, WasiCtx, WasiCtxBuilder, WasiCtxView, WasiView};

/// The rjs.wasm component (see build.rs).
static RJS_WASM: &[u8] = include_bytes!(env!("RJS_WASM_PATH"));
/// Hash of RJS_WASM, computed at build time so a start never hashes 8 MB.
const RJS_WASM_HASH: &str = env!("RJS_WASM_HASH");

/// Where the guest finds the directory its exit code goes to (see `ExitFile`).
const HOST_DIR_GUEST: &str = "/.rjs-host";

/// Environment variables that only change how output looks; passed even without --allow-env.
const PRESENTATION_ENV: &[&str] = &[
    "NO_COLOR",
    "FORCE_COLOR",
    "NODE_DISABLE_COLORS",
    "TERM",
    "COLORTERM",
];

struct Host {
    ctx: WasiCtx,
    table: ResourceTable,
    http: wasmtime_wasi_http::WasiHttpCtx,
    hooks: http::Hooks,
}

impl wasmtime_wasi_http::WasiHttpView for Host {
    fn http(&mut self) -> wasmtime_wasi_http::WasiHttpCtxView<'_> {
        wasmtime_wasi_http::WasiHttpCtxView {
            ctx: &mut self.http,
            table: &mut self.table,
            hooks: &mut self.hooks,
        }
    }
}

impl WasiView for Host {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.ctx,
            table: &mut self.table,
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = match cli::parse(args) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("rjs: {msg}");
            return ExitCode::from(9); // node's exit code for a bad option
        }
    };
    match run(opts) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("rjs: {e:?}");
            ExitCode::from(1)
        }
    }
}

/// The engine. Its configuration must be the same for `--precompile` and for loading (the
/// artifact's name includes the engine's compatibility hash, and wasmtime checks it again).
fn engine() -> wasmtime::Result<Engine> {
    let mut config = Config::new();
    // The defaults, spelled out: what `wasmtime run` uses, so behaviour (stack depth included)
    // matches the differential tests.
    config.wasm_component_model(true);
    config.cranelift_opt_level(wasmtime::OptLevel::Speed);
    config.parallel_compilation(true);
    Engine::new(&config)
}

fn cache_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("RJS_CACHE_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(d);
    }
    if let Some(d) = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(d).join("rjs");
    }
    if let Some(d) = std::env::var_os("HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(d).join(".cache").join("rjs");
    }
    std::env::temp_dir().join("rjs-cache")
}

/// The artifact's path: named by the embedded bytes and the engine's compatibility hash
/// (which covers the wasmtime version, target CPU features and compiler settings).
fn artifact_path(engine: &Engine) -> PathBuf {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    engine.precompile_compatibility_hash().hash(&mut h);
    cache_dir().join(format!("rjs-{RJS_WASM_HASH}-{:016x}.cwasm", h.finish()))
}

/// Compiles the embedded component and writes the artifact atomically (tmp + rename).
fn precompile(engine: &Engine, path: &Path) -> wasmtime::Result<()> {
    use wasmtime::error::Context as _;
    let bytes = engine.precompile_component(RJS_WASM)?;
    let dir = path.parent().unwrap();
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        path.file_name().unwrap().to_string_lossy(),
        std::process::id()
    ));
    std::fs::write(&tmp, &bytes).with_context(|| format!("writing {}", tmp.display()))?;
    if let Err(e) = std::fs::rename(&tmp, path) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e).with_context(|| format!("writing {}", path.display()));
    }
    // Artifacts of other rjs.wasm builds or engines are ~17 MB each and never used again by this
    // binary: remove them (a process still running one keeps its mapping).
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let name = e.file_name();
            let name = name.to_string_lossy();
            if name.starts_with("rjs-") && name.ends_with(".cwasm") && e.path() != path {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
    Ok(())
}

/// The component: the cached artifact, mmapped; compiled (and cached) first if absent or stale.
fn load(engine: &Engine) -> wasmtime::Result<Component> {
    let path = artifact_path(engine);
    if path.exists() {
        // SAFETY: the file is our own artifact, named by the hash of the embedded component and
        // of this engine's configuration, written atomically; wasmtime checks its header too.
        match unsafe { Component::deserialize_file(engine, &path) } {
            Ok(c) => return Ok(c),
            Err(_) => {
                let _ = std::fs::remove_file(&path);
            }
        }
    }
    match precompile(engine, &path) {
        // SAFETY: as above; just written by `precompile`.
        Ok(()) => unsafe { Component::deserialize_file(engine, &path) },
        // An unwritable cache only costs the compilation on every start.
        Err(e) => {
            eprintln!("rjs: warning: cannot cache the compiled runtime: {e:#}");
            Component::new(engine, RJS_WASM)
        }
    }
}

/// The directory the guest writes its exit code to: WASI 0.2's stable `exit` only says success
/// or failure, so the guest also writes the decimal code to `$RJS_EXIT_CODE_FILE`
/// (`/.rjs-host/exit`), a file in a fresh host temporary directory preopened at `/.rjs-host`.
struct ExitFile {
    dir: PathBuf,
}

impl ExitFile {
    fn new() -> Option<Self> {
        let base = std::env::var_os("XDG_RUNTIME_DIR")
            .map(PathBuf::from)
            .filter(|d| d.is_dir())
            .unwrap_or_else(std::env::temp_dir);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        for i in 0..8u32 {
            let dir = base.join(format!("rjs-{}-{:08x}", std::process::id(), nanos ^ i));
            if std::fs::create_dir(&dir).is_ok() {
                return Some(ExitFile { dir });
            }
        }
        None
    }

    /// The code the guest wrote, if it wrote one.
    fn code(&self) -> Option<u8> {
        let text = std::fs::read_to_string(self.dir.join("exit")).ok()?;
        let code: i64 = text.trim().parse().ok()?;
        Some((code & 0xff) as u8) // as a process exit status: node's process.exit(256) is 0
    }
}

impl Drop for ExitFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn run(opts: cli::Options) -> wasmtime::Result<u8> {
    use wasmtime::error::Context as _;
    let t0 = std::time::Instant::now();
    let trace = std::env::var_os("RJS_LAUNCHER_TRACE").is_some();
    let mark = |what: &str| {
        if trace {
            eprintln!("rjs: {what}: {:.2} ms", t0.elapsed().as_secs_f64() * 1e3);
        }
    };
    let engine = engine()?;
    mark("engine");
    if opts.precompile {
        let path = artifact_path(&engine);
        precompile(&engine, &path)?;
        println!("{}", path.display());
        return Ok(0);
    }

    let mut wasi = WasiCtxBuilder::new();
    // File I/O on this thread, as `wasmtime run` does (set before the preopens, which copy
    // it): otherwise each file system call is handed to tokio's blocking pool and waited for
    // (a statSync ~35 -> ~16 us, 10,000 writeFileSync ~2.2x the CPU).
    wasi.allow_blocking_current_thread(true);
    wasi.inherit_stdio();
    wasi.arg("rjs");
    wasi.args(&opts.guest_args);

    // The current directory, read-write, under its real absolute path, as the initial cwd.
    let cwd = std::env::current_dir().context("current directory")?;
    let cwd = cwd.canonicalize().unwrap_or(cwd);
    let cwd_str = cwd.to_string_lossy().into_owned();
    wasi.preopened_dir(&cwd, &cwd_str, FsPerms::ReadWrite)
        .with_context(|| format!("granting {}", cwd.display()))?;
    wasi.initial_cwd(&cwd_str);
    for grant in &opts.dirs {
        let perms = if grant.write {
            FsPerms::ReadWrite
        } else {
            FsPerms::ReadOnly
        };
        let guest = grant.path.to_string_lossy();
        wasi.preopened_dir(&grant.path, &guest, perms)
            .with_context(|| format!("granting {}", grant.path.display()))?;
    }

    // Environment.
    match &opts.env {
        cli::EnvGrant::All => {
            wasi.inherit_env();
        }
        cli::EnvGrant::Names(names) => {
            for n in PRESENTATION_ENV
                .iter()
                .copied()
                .chain(names.iter().map(|s| s.as_str()))
            {
                if let Ok(v) = std::env::var(n) {
                    wasi.env(n, v);
                }
            }
        }
    }
    wasi.env("RJS_LAUNCHER", "1");
    let exit_file = ExitFile::new();
    if let Some(f) = &exit_file {
        wasi.preopened_dir(&f.dir, HOST_DIR_GUEST, FsPerms::ReadWrite)?;
        wasi.env("RJS_EXIT_CODE_FILE", format!("{HOST_DIR_GUEST}/exit"));
    }

    // Network.
    let http_policy = match &opts.net {
        cli::NetGrant::None => http::Policy::Denied,
        cli::NetGrant::All => {
            wasi.inherit_network();
            wasi.allow_ip_name_lookup(true)
                .allow_tcp(true)
                .allow_udp(true);
            http::Policy::Any
        }
        cli::NetGrant::Hosts(hosts) => {
            let allow = std::sync::Arc::new(net::Allowlist::resolve(hosts));
            let policy = http::Policy::Hosts(allow.clone());
            wasi.socket_addr_check(move |addr, usage| {
                let ok = allow.permits(addr, usage);
                Box::pin(async move { ok })
            });
            wasi.allow_ip_name_lookup(true)
                .allow_tcp(true)
                .allow_udp(true);
            policy
        }
    };

    mark("wasi context");
    let component = load(&engine)?;
    mark("component loaded");
    let mut linker = Linker::new(&engine);
    wasmtime_wasi::p2::add_to_linker_sync(&mut linker)?;
    // Always linked: an rjs.wasm built with wasi:http imports it (requests are refused without
    // --allow-net by the hooks, with a hint naming the flag).
    wasmtime_wasi_http::p2::add_only_http_to_linker_sync(&mut linker)?;
    let mut store = Store::new(
        &engine,
        Host {
            ctx: wasi.build(),
            table: ResourceTable::new(),
            http: wasmtime_wasi_http::WasiHttpCtx::new(),
            hooks: http::Hooks::new(http_policy),
        },
    );
    mark("linker");
    let command = Command::instantiate(&mut store, &component, &linker)?;
    mark("instantiated");
    let result = command.wasi_cli_run().call_run(&mut store);
    mark("run");
    // The code the guest wrote wins; then what `exit`/`exit-with-code` said; a trap is 1.
    let written = exit_file.as_ref().and_then(ExitFile::code);
    let code = match result {
        Ok(Ok(())) => 0,
        Ok(Err(())) => 1,
        Err(e) => match e.downcast_ref::<I32Exit>() {
            Some(I32Exit(c)) => (*c & 0xff) as u8,
            None => {
                if written.is_none() {
                    eprintln!("rjs: the runtime trapped: {e:?}");
                }
                1
            }
        },
    };
    Ok(written.unwrap_or(code))
}
