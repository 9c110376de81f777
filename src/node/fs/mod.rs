//! The native half of `fs` (`internalBinding('fs')`): one synchronous call per operation,
//! throwing node's system errors. The JS half (`node/js/fs.js`) builds the sync, callback and
//! promise APIs, Stats, Dirent, streams and argument validation on top.
//!
//! - `files.rs`: descriptors — open, close, read, write, fstat, ftruncate, fsync, futimes
//! - `paths.rs`: names — stat, readdir, mkdir, rmdir, unlink, rename, links, utimes, copy
//! - `whole_file.rs`: readFile / writeFile in one call

mod files;
mod paths;
mod whole_file;

use crate::host::{self, FsStat, OpenFlags};
use crate::node::str_arg;
use boa_engine::{
    builtins::object::OrdinaryObject,
    js_string,
    object::{builtins::JsArray, JsObject, ObjectInitializer},
    property::{Attribute, PropertyKey},
    Context, JsError, JsResult, JsString, JsValue,
};

/// A string argument (paths arrive as strings: JS converts Buffers and URLs first).
fn num_arg(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<f64> {
    match args.get(i) {
        Some(v) if !v.is_undefined() => v.to_number(ctx),
        _ => Ok(0.0),
    }
}

fn fd_arg(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<i32> {
    Ok(num_arg(args, i, ctx)? as i32)
}

/// `path` made absolute against `cwd` and normalised lexically (`.`, `..` and repeated slashes
/// resolved without touching the file system).
pub(crate) fn lexical_absolute(path: &str, cwd: &str) -> String {
    let joined = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("{cwd}/{path}")
    };
    let mut parts: Vec<&str> = Vec::new();
    for part in joined.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    format!("/{}", parts.join("/"))
}

/// The length of the longest of `grants` holding `path` (a `.` grant is the root, as wasmtime
/// maps it), if one does.
fn holding_grant(path: &str, grants: &[String]) -> Option<usize> {
    let cwd = host::cwd().unwrap_or_else(|_| String::from("/"));
    let abs = lexical_absolute(path, &cwd);
    grants
        .iter()
        .map(|grant| grant.trim_end_matches('/'))
        .filter(|g| g.is_empty() || *g == "." || abs == *g || abs.starts_with(&format!("{g}/")))
        .map(|g| if g == "." { 0 } else { g.len() })
        .max()
}

/// Whether `path` lies outside every directory granted to the sandbox.
fn outside_grants(path: &str) -> bool {
    holding_grant(path, &host::preopens()).is_none()
}

/// Whether `path` is a directory above a grant (`/a` when `/a/b` is granted at its own path):
/// it exists for node, and tools that walk a path's parents (fs-extra's copy and move, `mkdir
/// -p` helpers) stat them, so it reads as a bare directory rather than a refusal.
fn grant_ancestor(path: &str) -> bool {
    if cfg!(all(target_arch = "wasm32", target_os = "unknown")) || !outside_grants(path) {
        return false;
    }
    let cwd = host::cwd().unwrap_or_else(|_| String::from("/"));
    let abs = lexical_absolute(path, &cwd);
    let prefix = if abs == "/" {
        abs.clone()
    } else {
        format!("{abs}/")
    };
    host::preopens()
        .iter()
        .any(|g| g.starts_with('/') && g.starts_with(&prefix))
}

/// The stats shown for a [`grant_ancestor`]: a directory (drwxr-xr-x) with no other details.
fn ancestor_stat() -> host::FsStat {
    host::FsStat {
        mode: 0o040755,
        nlink: 1,
        size: 4096,
        blksize: 4096,
        blocks: 8,
        ..Default::default()
    }
}

/// Whether the closest grant holding `path` is read-only (a write there is a refusal).
fn in_read_only_grant(path: &str) -> bool {
    let read_only = host::read_only_preopens();
    !read_only.is_empty()
        && holding_grant(path, &read_only)
            .is_some_and(|r| holding_grant(path, &host::preopens()).is_none_or(|any| any <= r))
}

/// node's system error for `err`. WASI's refusals (ENOTCAPABLE, EPERM for `..` escapes, ENOENT
/// for paths outside every grant) become node's EACCES with a hint naming `--dir`.
fn fs_error(
    err: &std::io::Error,
    syscall: &str,
    path: Option<&str>,
    dest: Option<&str>,
    ctx: &mut Context,
) -> JsError {
    let name = host::fs::errno_name(err);
    // Only WASI has grants to refuse; the browser's in-memory file system reports real EPERMs.
    let sandboxed = !cfg!(all(target_arch = "wasm32", target_os = "unknown"));
    // EPERM is a refusal for a path outside the grants (a `..` escape) or in a read-only one;
    // elsewhere it is the file system's own answer (a hard link to a directory).
    let outside = || [path, dest].into_iter().flatten().any(outside_grants);
    let read_only = || [path, dest].into_iter().flatten().any(in_read_only_grant);
    let refused = sandboxed
        && (name == Some("ENOTCAPABLE")
            || (name == Some("EPERM") && (outside() || read_only()))
            || (err.kind() == std::io::ErrorKind::NotFound && outside()));
    if !refused {
        let e = crate::node::errors::system_error(err, syscall, path, dest, ctx);
        if path == Some("") || dest == Some("") {
            name_empty_paths(&e, syscall, path, dest, ctx);
        }
        return e;
    }
    let denied = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
    let e = crate::node::errors::system_error(&denied, syscall, path, dest, ctx);
    if let Some(obj) = e.as_opaque().and_then(JsValue::as_object) {
        if let Ok(msg) = obj.get(js_string!("message"), ctx) {
            let grant = if host::under_launcher() {
                "rjs --allow-read / --allow-write"
            } else {
                "wasmtime --dir"
            };
            let text = format!(
                "{} (outside the directories granted to rjs; grant one with {grant})",
                msg.to_string(ctx)
                    .map(|s| s.to_std_string_lossy())
                    .unwrap_or_default()
            );
            let _ = obj.set(
                js_string!("message"),
                JsString::from(text.as_str()),
                false,
                ctx,
            );
        }
    }
    e
}

/// An empty path is ENOENT for node (libuv hands it to the kernel); the host would take it as
/// the current directory.
pub(crate) fn nonempty(path: &str) -> std::io::Result<()> {
    if path.is_empty() {
        Err(std::io::Error::from(std::io::ErrorKind::NotFound))
    } else {
        Ok(())
    }
}

/// libuv hands a NaN time (an invalid Date) to utimensat as seconds it refuses: EINVAL, once
/// `target` (the file's own check, stat or fstat) has passed, as the system checks it first.
fn valid_times(
    a: f64,
    m: f64,
    target: impl FnOnce() -> std::io::Result<()>,
) -> std::io::Result<()> {
    if a.is_nan() || m.is_nan() {
        target()?;
        return Err(std::io::Error::from(std::io::ErrorKind::InvalidInput));
    }
    Ok(())
}

/// node names an empty path too (`stat ''`, `rename 'a' -> ''`) and sets it on the error; the
/// shared system error leaves empty names out.
fn name_empty_paths(
    e: &JsError,
    syscall: &str,
    path: Option<&str>,
    dest: Option<&str>,
    ctx: &mut Context,
) {
    let Some(obj) = e.as_opaque().and_then(JsValue::as_object) else {
        return;
    };
    let text = |v: JsValue, ctx: &mut Context| {
        v.to_string(ctx)
            .map(|s| s.to_std_string_lossy())
            .unwrap_or_default()
    };
    let message = obj
        .get(js_string!("message"), ctx)
        .map(|m| text(m, ctx))
        .unwrap_or_default();
    let marker = format!(", {syscall}");
    let Some(at) = message.find(&marker) else {
        return;
    };
    let mut fixed = format!("{}{marker}", &message[..at]);
    if let Some(p) = path {
        fixed.push_str(&format!(" '{p}'"));
    }
    if let Some(d) = dest {
        fixed.push_str(&format!(" -> '{d}'"));
    }
    let stack = obj
        .get(js_string!("stack"), ctx)
        .map(|s| text(s, ctx))
        .unwrap_or_default();
    let stack = stack.replacen(&message, &fixed, 1);
    let _ = obj.set(
        js_string!("message"),
        JsString::from(fixed.as_str()),
        false,
        ctx,
    );
    let _ = obj.set(
        js_string!("stack"),
        JsString::from(stack.as_str()),
        false,
        ctx,
    );
    for (key, value) in [("path", path), ("dest", dest)] {
        if let Some(v) = value {
            let _ = obj.set(JsString::from(key), JsString::from(v), false, ctx);
        }
    }
}

/// node's (Linux) O_* bits → open flags.
fn open_flags(bits: u32) -> OpenFlags {
    let access = bits & 3;
    OpenFlags {
        read: access == 0 || access == 2,
        write: access == 1 || access == 2,
        create: bits & 0o100 != 0,
        exclusive: bits & 0o200 != 0,
        truncate: bits & 0o1000 != 0,
        append: bits & 0o2000 != 0,
        directory: bits & 0o200000 != 0,
        nofollow: bits & 0o400000 != 0,
        sync: bits & 0o4010000 == 0o4010000,
    }
}

/// `[dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks]` of a stat.
fn stat_numbers(s: &FsStat) -> [f64; 10] {
    [
        s.dev as f64,
        f64::from(s.mode),
        s.nlink as f64,
        f64::from(s.uid),
        f64::from(s.gid),
        s.rdev as f64,
        s.blksize as f64,
        s.ino as f64,
        s.size as f64,
        s.blocks as f64,
    ]
}

/// Stats as `[dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
/// atimeSec, atimeNsec, mtimeSec, mtimeNsec, ctimeSec, ctimeNsec]`.
fn stat_array(s: &FsStat, ctx: &mut Context) -> JsValue {
    let split = |ns: i128| {
        [
            ns.div_euclid(1_000_000_000) as f64,
            ns.rem_euclid(1_000_000_000) as f64,
        ]
    };
    let mut v = stat_numbers(s).to_vec();
    for t in [s.atime_ns, s.mtime_ns, s.ctime_ns] {
        v.extend_from_slice(&split(t));
    }
    JsArray::from_iter(v.into_iter().map(JsValue::from), ctx).into()
}

/// Milliseconds since the epoch of a time in nanoseconds, computed as node's JS computes them
/// from the seconds and nanoseconds (`sec * 1e3 + nsec / 1e6`).
fn time_ms(ns: i128) -> f64 {
    let sec = ns.div_euclid(1_000_000_000) as f64;
    let nsec = ns.rem_euclid(1_000_000_000) as f64;
    sec * 1e3 + nsec / 1e6
}

/// A `Date` of `new Date(Math.round(ms))`.
fn date_of(ms: f64, ctx: &mut Context) -> JsResult<JsValue> {
    // Math.round: halves toward +∞.
    let rounded = if ms.fract() == -0.5 {
        ms.ceil()
    } else {
        ms.round()
    };
    // Through the constructor: `JsDate::new` would first read the clock (a host call under WASI).
    let ctor = ctx.intrinsics().constructors().date().constructor();
    Ok(ctor.construct(&[rounded.into()], None, ctx)?.into())
}

/// A `Stats` (prototype `proto`) with the own properties, in the order and with the values, that
/// `makeStats` in fs_types.js gives one: built here, as a stat call makes one every time and
/// the JS constructor (18 stores, four Dates) costs several times the call itself under Boa.
/// WASI reports the birth time where ctime would be: ctime is the later of it and the mtime.
fn stats_object(s: &FsStat, proto: &JsObject, ctx: &mut Context) -> JsResult<JsValue> {
    let (atime, mtime, birthtime) = (
        time_ms(s.atime_ns),
        time_ms(s.mtime_ns),
        time_ms(s.ctime_ns),
    );
    let ctime = mtime.max(birthtime);
    let numbers = stat_numbers(s)
        .into_iter()
        .chain([atime, mtime, ctime, birthtime]);
    let dates = [
        date_of(atime, ctx)?,
        date_of(mtime, ctx)?,
        date_of(ctime, ctx)?,
        date_of(birthtime, ctx)?,
    ];
    let values = numbers.map(JsValue::from).chain(dates);
    let mut init =
        ObjectInitializer::with_native_data_and_proto(OrdinaryObject, proto.clone(), ctx);
    STATS_KEYS.with(|keys| {
        for (key, value) in keys.iter().zip(values) {
            init.property(key.clone(), value, Attribute::all());
        }
    });
    Ok(init.build().into())
}

thread_local! {
    /// The own keys of a `Stats`, in the order [`stats_object`] gives their values, made once
    /// (a key made from a string is checked for an array index each time).
    static STATS_KEYS: [PropertyKey; 18] = [
        "dev", "mode", "nlink", "uid", "gid", "rdev", "blksize", "ino", "size", "blocks",
        "atimeMs", "mtimeMs", "ctimeMs", "birthtimeMs", "atime", "mtime", "ctime", "birthtime",
    ]
    .map(|k| JsString::from(k).into());
}

/// A stat result: a `Stats` when the caller passed the prototype at `args[i]`, else the array of
/// [`stat_array`] (BigIntStats and the internal callers that read the mode).
fn stat_result(s: &FsStat, args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<JsValue> {
    match args.get(i).and_then(JsValue::as_object) {
        Some(proto) => stats_object(s, &proto.clone(), ctx),
        None => Ok(stat_array(s, ctx)),
    }
}

/// The `internalBinding('fs')` object.
pub fn binding(ctx: &mut Context) -> JsObject {
    let fns: &[crate::node::NativeFn] = &[
        ("open", files::open, 3),
        ("close", files::close, 1),
        ("read", files::read, 5),
        ("readChunk", files::read_chunk, 3),
        ("write", files::write, 5),
        ("fstat", files::fstat, 1),
        ("ftruncate", files::ftruncate, 2),
        ("fsync", files::fsync, 2),
        ("futimes", files::futimes, 3),
        ("stat", paths::stat, 3),
        ("exists", paths::exists, 1),
        ("readdir", paths::readdir, 1),
        ("readdirNames", paths::readdir_names, 1),
        ("readdirDirents", paths::readdir_dirents, 3),
        ("mkdir", paths::mkdir, 2),
        ("rmdir", paths::rmdir, 1),
        ("unlink", paths::unlink, 1),
        ("rename", paths::rename, 2),
        ("link", paths::link, 2),
        ("symlink", paths::symlink, 2),
        ("readlink", paths::readlink, 1),
        ("realpath", paths::realpath, 1),
        ("utimes", paths::utimes, 4),
        ("access", paths::access, 2),
        ("copyFile", paths::copy_file, 3),
        ("readFile", whole_file::read_file, 2),
        ("writeFile", whole_file::write_file, 4),
    ];
    crate::node::binding_object(ctx, fns)
}
