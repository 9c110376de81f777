//! Operations on names: stat/lstat, readdir, mkdir, rmdir, unlink, rename, link, symlink,
//! readlink, realpath, utimes, access, copyFile.

use super::{
    ancestor_stat, fs_error, grant_ancestor, lexical_absolute, nonempty, num_arg, stat_result,
    str_arg, valid_times,
};
use crate::host::{self, fs as hfs};
use boa_engine::{
    builtins::object::OrdinaryObject,
    js_string,
    object::{builtins::JsArray, ObjectInitializer},
    property::{Attribute, PropertyKey},
    Context, JsNativeError, JsResult, JsString, JsValue,
};
use std::rc::Rc;

/// `stat(path, follow, throwIfNoEntry, statsPrototype?)` → stats array, or a `Stats` given its
/// prototype (undefined for a missing entry when `throwIfNoEntry` is false).
pub fn stat(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = str_arg(args, 0, ctx)?;
    let follow = args.get(1).is_none_or(JsValue::to_boolean);
    let throw_missing = args.get(2).is_none_or(JsValue::to_boolean);
    match nonempty(&path).and_then(|()| stat_path(&path, follow)) {
        Ok(s) => stat_result(&s, args, 3, ctx),
        Err(_) if grant_ancestor(&path) => stat_result(&ancestor_stat(), args, 3, ctx),
        Err(e) if !throw_missing && e.kind() == std::io::ErrorKind::NotFound => {
            Ok(JsValue::undefined())
        }
        Err(e) => {
            let name = if follow { "stat" } else { "lstat" };
            Err(fs_error(&e, name, Some(&path), None, ctx))
        }
    }
}

/// `exists(path)` → whether `path` names an entry, links followed (existsSync): asked of the
/// host in one call when it can tell, else through `stat` (which knows the grants' ancestors).
pub fn exists(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = str_arg(args, 0, ctx)?;
    if path.is_empty() {
        return Ok(false.into());
    }
    #[cfg(target_os = "wasi")]
    if let Some(found) = hfs::exists(&path) {
        return Ok(found.into());
    }
    Ok(match hfs::stat(&path, true) {
        Ok(_) => true,
        Err(_) => grant_ancestor(&path),
    }
    .into())
}

/// The stats of `path`. wasmtime numbers a file reached through a symbolic link by the link
/// (its metadata hash), so a followed link's inode is taken from the resolved path; anything
/// else is stat'ed once, as a link would be (lstat and stat agree on it).
fn stat_path(path: &str, follow: bool) -> std::io::Result<host::FsStat> {
    let own = hfs::stat(path, false)?;
    if !follow || own.mode & 0o170000 != 0o120000 {
        return Ok(own);
    }
    let mut target = hfs::stat(path, true)?;
    let real = hfs::realpath(path).or_else(|_| walk_realpath(path));
    if let Ok(real) = real.and_then(|r| hfs::stat(&r, false)) {
        target.ino = real.ino;
    }
    Ok(target)
}

/// A directory's entries as JS strings with their kinds (1 file, 2 dir, 3 symlink, 0 other).
type Listing = Rc<Vec<(JsString, u8)>>;

/// Listings of unchanged directories, reused for a short while. wasmtime answers
/// `read-directory` with a stat of every entry (10,000 names cost ~25 ms of host system time),
/// so a repeated `readdir` of a directory asks the host for the directory's own stat instead
/// and reuses the listing when nothing that changes with its entries changed. Adding, removing
/// or renaming an entry sets the directory's mtime to the current time; a listing is kept only
/// when the mtime is over a second old at the time it is read (as git treats racily clean index
/// entries), so a change in the same clock tick cannot go unnoticed. WASI has no ctime
/// (wasmtime reports the birth time), so a change followed by `utimes` restoring the exact
/// previous mtime would not show: a kept listing also expires two seconds after it was read.
#[cfg(target_os = "wasi")]
mod listing_cache {
    use super::Listing;
    use crate::host::{self, FsStat};
    use std::cell::RefCell;
    use std::collections::HashMap;

    /// One state of a directory: (dev, ino, nlink, size, mtime, ctime).
    type Key = (u64, u64, u64, i64, i128, i128);
    const MAX_ENTRIES: usize = 100_000;
    const SETTLED_NS: i128 = 1_000_000_000;
    const TTL_NS: u128 = 2_000_000_000;

    struct Kept {
        key: Key,
        listing: Listing,
        read_at: u128,
    }

    #[derive(Default)]
    struct Cache {
        dirs: HashMap<String, Kept>,
        entries: usize,
    }

    thread_local! {
        static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
    }

    fn key(s: &FsStat) -> Key {
        (s.dev, s.ino, s.nlink, s.size, s.mtime_ns, s.ctime_ns)
    }

    /// The absolute, lexically normalised form of `path` (the cache's key).
    fn absolute(path: &str) -> Option<String> {
        Some(super::super::lexical_absolute(path, &host::cwd().ok()?))
    }

    /// Lists `path` through `read`, or reuses the listing of its unchanged recent read.
    pub fn list(
        path: &str,
        read: impl FnOnce() -> std::io::Result<Listing>,
    ) -> std::io::Result<Listing> {
        let (Some(abs), Ok(before)) = (absolute(path), host::fs::stat(path, true)) else {
            return read();
        };
        let k = key(&before);
        let now = host::monotonic_ns();
        let hit = CACHE.with(|c| {
            c.borrow()
                .dirs
                .get(&abs)
                .filter(|kept| kept.key == k && now.saturating_sub(kept.read_at) < TTL_NS)
                .map(|kept| kept.listing.clone())
        });
        if let Some(listing) = hit {
            return Ok(listing);
        }
        let listing = read()?;
        let wall_ns = (host::wall_ms() * 1e6) as i128;
        let settled =
            before.mtime_ns > 0 && wall_ns - before.mtime_ns.max(before.ctime_ns) > SETTLED_NS;
        // The listing stands for `before` only if the directory did not change meanwhile.
        let same = host::fs::stat(path, true).is_ok_and(|after| key(&after) == k);
        CACHE.with(|c| {
            let cache = &mut *c.borrow_mut();
            if let Some(old) = cache.dirs.remove(&abs) {
                cache.entries -= old.listing.len();
            }
            if settled && same && listing.len() <= MAX_ENTRIES {
                if cache.entries + listing.len() > MAX_ENTRIES {
                    cache.dirs.clear();
                    cache.entries = 0;
                }
                cache.entries += listing.len();
                let kept = Kept {
                    key: k,
                    listing: listing.clone(),
                    read_at: now,
                };
                cache.dirs.insert(abs, kept);
            }
        });
        Ok(listing)
    }
}

/// The entries of `path` in the host's order (opendir's), uncached.
fn os_listing(path: &str) -> std::io::Result<Listing> {
    let entries = hfs::readdir(path)?;
    Ok(Rc::new(
        entries
            .into_iter()
            .map(|(name, kind)| (JsString::from(name.as_str()), kind))
            .collect(),
    ))
}

/// `a.cmp(b)` for byte strings, eight bytes at a time: the slice comparison calls wasi-libc's
/// memcmp, which goes byte by byte (sorting 10,000 names `file-NNNNN.txt` spent ~2 ms in it).
fn bytes_cmp(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    // (Big-endian words order as their bytes do.)
    let word = |c: &[u8]| c.try_into().map_or(0, u64::from_be_bytes);
    for (x, y) in a.chunks_exact(8).zip(b.chunks_exact(8)) {
        let (x, y) = (word(x), word(y));
        if x != y {
            return x.cmp(&y);
        }
    }
    let whole = a.len().min(b.len()) & !7;
    a[whole..].cmp(&b[whole..])
}

/// The entries of `path` sorted by their names' bytes as libuv's scandir (node's readdir)
/// returns them, from the host or the listing cache.
fn listing(path: &str) -> std::io::Result<Listing> {
    let read = || -> std::io::Result<Listing> {
        let mut entries = hfs::readdir(path)?;
        // (Names in a directory are distinct: an unstable sort gives the same order.)
        entries.sort_unstable_by(|a, b| bytes_cmp(a.0.as_bytes(), b.0.as_bytes()));
        Ok(Rc::new(
            entries
                .into_iter()
                .map(|(name, kind)| (JsString::from(name.as_str()), kind))
                .collect(),
        ))
    };
    #[cfg(target_os = "wasi")]
    return listing_cache::list(path, read);
    #[cfg(not(target_os = "wasi"))]
    read()
}

fn listing_arg(args: &[JsValue], ctx: &mut Context) -> JsResult<(String, Listing)> {
    let path = str_arg(args, 0, ctx)?;
    // readdirDirents' fourth argument asks for the host's order (opendir).
    let os_order = args.get(3).is_some_and(JsValue::to_boolean);
    match nonempty(&path).and_then(|()| {
        if os_order {
            os_listing(&path)
        } else {
            listing(&path)
        }
    }) {
        Ok(l) => Ok((path, l)),
        Err(e) => Err(fs_error(&e, "scandir", Some(&path), None, ctx)),
    }
}

/// `readdir(path)` → `[name, kind, name, kind, ...]` (kind: 1 file, 2 dir, 3 symlink, 0 other).
pub fn readdir(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (_, entries) = listing_arg(args, ctx)?;
    let flat = entries
        .iter()
        .flat_map(|(name, kind)| [JsValue::from(name.clone()), JsValue::from(i32::from(*kind))]);
    Ok(JsArray::from_iter(flat, ctx).into())
}

/// `readdirNames(path)` → `[name, ...]`: the plain `readdirSync(path)` with no JS loop.
pub fn readdir_names(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (_, entries) = listing_arg(args, ctx)?;
    let names = entries.iter().map(|(name, _)| JsValue::from(name.clone()));
    Ok(JsArray::from_iter(names, ctx).into())
}

/// `readdirDirents(path, DirentPrototype, kType, osOrder?)` → `[Dirent, ...]`, each built as node's
/// `new Dirent(name, type, path)` builds it (own `name`, `parentPath`, `path`, `[kType]`).
pub fn readdir_dirents(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (path, entries) = listing_arg(args, ctx)?;
    let (Some(proto), Some(k_type)) = (
        args.get(1).and_then(JsValue::as_object),
        args.get(2).and_then(JsValue::as_symbol),
    ) else {
        return Err(JsNativeError::typ()
            .with_message("readdirDirents(path, prototype, symbol)")
            .into());
    };
    let parent = JsValue::from(JsString::from(path.as_str()));
    // The keys made once, not per entry (a string key is checked for an index each time).
    let [k_name, k_parent, k_path, k_type]: [PropertyKey; 4] = [
        js_string!("name").into(),
        js_string!("parentPath").into(),
        js_string!("path").into(),
        k_type.clone().into(),
    ];
    let mut list = Vec::with_capacity(entries.len());
    for (name, kind) in entries.iter() {
        // A shared shape: every Dirent after the first follows the cached property transitions.
        let d = ObjectInitializer::with_native_data_and_proto(OrdinaryObject, proto.clone(), ctx)
            .property(k_name.clone(), name.clone(), Attribute::all())
            .property(k_parent.clone(), parent.clone(), Attribute::all())
            .property(k_path.clone(), parent.clone(), Attribute::all())
            .property(k_type.clone(), i32::from(*kind), Attribute::all())
            .build();
        list.push(JsValue::from(d));
    }
    Ok(JsArray::from_iter(list, ctx).into())
}

pub fn mkdir(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = str_arg(args, 0, ctx)?;
    let mode = num_arg(args, 1, ctx)? as u32;
    nonempty(&path)
        .and_then(|()| hfs::mkdir(&path, mode))
        .map_err(|e| fs_error(&e, "mkdir", Some(&path), None, ctx))?;
    Ok(JsValue::undefined())
}

pub fn rmdir(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = str_arg(args, 0, ctx)?;
    nonempty(&path)
        .and_then(|()| hfs::rmdir(&path))
        .map_err(|e| fs_error(&e, "rmdir", Some(&path), None, ctx))?;
    Ok(JsValue::undefined())
}

pub fn unlink(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = str_arg(args, 0, ctx)?;
    nonempty(&path)
        .and_then(|()| hfs::unlink(&path))
        .map_err(|e| fs_error(&e, "unlink", Some(&path), None, ctx))?;
    Ok(JsValue::undefined())
}

/// Two-path operations report both names (`rename 'a' -> 'b'`).
fn two_paths(
    args: &[JsValue],
    ctx: &mut Context,
    name: &str,
    op: fn(&str, &str) -> std::io::Result<()>,
) -> JsResult<JsValue> {
    let a = str_arg(args, 0, ctx)?;
    let b = str_arg(args, 1, ctx)?;
    nonempty(&a)
        .and_then(|()| nonempty(&b))
        .and_then(|()| op(&a, &b))
        .map_err(|e| fs_error(&e, name, Some(&a), Some(&b), ctx))?;
    Ok(JsValue::undefined())
}

pub fn rename(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    two_paths(args, ctx, "rename", hfs::rename)
}

pub fn link(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    two_paths(args, ctx, "link", hfs::link)
}

/// WASI refuses absolute link targets: an existing `path` is node's EEXIST, otherwise the
/// link is made with the target relative to the link's directory (it resolves to the same file;
/// readlink then shows the relative form).
pub fn symlink(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    two_paths(args, ctx, "symlink", |target, path| {
        let err = match hfs::symlink(target, path) {
            Ok(()) => return Ok(()),
            Err(e) => e,
        };
        if !target.starts_with('/') || err.kind() == std::io::ErrorKind::NotFound {
            return Err(err);
        }
        if hfs::stat(path, false).is_ok() {
            return Err(std::io::Error::from(std::io::ErrorKind::AlreadyExists));
        }
        let cwd = host::cwd()?;
        let link = lexical_absolute(path, &cwd);
        let dir: Vec<&str> = link.split('/').filter(|p| !p.is_empty()).collect();
        let dir = &dir[..dir.len().saturating_sub(1)];
        let goal = lexical_absolute(target, &cwd);
        let goal: Vec<&str> = goal.split('/').filter(|p| !p.is_empty()).collect();
        let common = dir.iter().zip(&goal).take_while(|(a, b)| a == b).count();
        let mut rel: Vec<&str> = vec![".."; dir.len() - common];
        rel.extend_from_slice(&goal[common..]);
        let rel = if rel.is_empty() {
            String::from(".")
        } else {
            rel.join("/")
        };
        hfs::symlink(&rel, path).map_err(|_| err)
    })
}

pub fn readlink(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = str_arg(args, 0, ctx)?;
    let target = nonempty(&path)
        .and_then(|()| hfs::readlink(&path))
        .map_err(|e| fs_error(&e, "readlink", Some(&path), None, ctx))?;
    Ok(JsString::from(String::from_utf8_lossy(&target).as_ref()).into())
}

pub fn realpath(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = str_arg(args, 0, ctx)?;
    // The host's realpath (wasi-libc) fails on some absolute paths; the walk then decides.
    let real = nonempty(&path)
        .and_then(|()| hfs::realpath(&path).or_else(|_| walk_realpath(&path)))
        .map_err(|e| fs_error(&e, "realpath", Some(&path), None, ctx))?;
    Ok(JsString::from(real.as_str()).into())
}

/// realpath(3) by walking `path` a component at a time: `.`/`..` resolved as met, symbolic
/// links expanded (at most 40), the directories above a sandbox grant taken as they are (they
/// cannot be inspected).
fn walk_realpath(path: &str) -> std::io::Result<String> {
    const S_IFMT: u32 = 0o170000;
    const S_IFLNK: u32 = 0o120000;
    let grants = host::preopens();
    let above_grant = |dir: &str| {
        grants
            .iter()
            .any(|g| g.trim_end_matches('/').starts_with(&format!("{dir}/")))
    };
    let mut resolved: Vec<String> = Vec::new();
    if !path.starts_with('/') {
        let cwd = host::cwd()?;
        resolved.extend(cwd.split('/').filter(|p| !p.is_empty()).map(String::from));
    }
    let mut pending: Vec<String> = path.split('/').rev().map(String::from).collect();
    let mut links = 0;
    while let Some(part) = pending.pop() {
        match part.as_str() {
            "" | "." => continue,
            ".." => {
                resolved.pop();
                continue;
            }
            _ => {}
        }
        let candidate = if resolved.is_empty() {
            format!("/{part}")
        } else {
            format!("/{}/{part}", resolved.join("/"))
        };
        match hfs::stat(&candidate, false) {
            Ok(st) if st.mode & S_IFMT == S_IFLNK => {
                links += 1;
                if links > 40 {
                    return Err(std::io::Error::from_raw_os_error(ELOOP));
                }
                let target = String::from_utf8_lossy(&hfs::readlink(&candidate)?).into_owned();
                if target.starts_with('/') {
                    resolved.clear();
                }
                pending.extend(target.split('/').rev().map(String::from));
            }
            Ok(_) => resolved.push(part),
            Err(_) if above_grant(&candidate) => resolved.push(part),
            Err(e) => return Err(e),
        }
    }
    Ok(format!("/{}", resolved.join("/")))
}

/// ELOOP and ENOTSUP as the host's libc numbers them.
#[cfg(target_os = "wasi")]
const ELOOP: i32 = libc::ELOOP;
#[cfg(not(target_os = "wasi"))]
const ELOOP: i32 = 40;
#[cfg(target_os = "wasi")]
const ENOTSUP: i32 = libc::ENOTSUP;
#[cfg(not(target_os = "wasi"))]
const ENOTSUP: i32 = 95;

/// `utimes(path, atimeSeconds, mtimeSeconds, follow)`.
pub fn utimes(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = str_arg(args, 0, ctx)?;
    let (a, m) = (num_arg(args, 1, ctx)?, num_arg(args, 2, ctx)?);
    let follow = args.get(3).is_none_or(JsValue::to_boolean);
    let name = if follow { "utime" } else { "lutime" };
    nonempty(&path)
        .and_then(|()| valid_times(a, m, || hfs::stat(&path, follow).map(drop)))
        .and_then(|()| hfs::utimes(&path, a, m, follow))
        .map_err(|e| fs_error(&e, name, Some(&path), None, ctx))?;
    Ok(JsValue::undefined())
}

pub fn access(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = str_arg(args, 0, ctx)?;
    match nonempty(&path).and_then(|()| hfs::access(&path)) {
        Err(_) if grant_ancestor(&path) => Ok(JsValue::undefined()),
        Err(e) => Err(fs_error(&e, "access", Some(&path), None, ctx)),
        Ok(()) => Ok(JsValue::undefined()),
    }
}

/// `copyFile(src, dest, mode)`; mode bit 1 is COPYFILE_EXCL, bit 4 COPYFILE_FICLONE_FORCE.
pub fn copy_file(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let a = str_arg(args, 0, ctx)?;
    let b = str_arg(args, 1, ctx)?;
    let mode = num_arg(args, 2, ctx)? as u32;
    let excl = mode & 1 != 0;
    // As libuv: a directory source is EISDIR, a destination that is the source itself is left
    // alone (std's copy would truncate it first).
    let copy = || {
        nonempty(&a)?;
        nonempty(&b)?;
        let src = stat_path(&a, true)?;
        if src.mode & 0o170000 == 0o040000 {
            return Err(std::io::Error::from(std::io::ErrorKind::IsADirectory));
        }
        if let Ok(dst) = stat_path(&b, true) {
            if excl {
                return Err(std::io::Error::from(std::io::ErrorKind::AlreadyExists));
            }
            if dst.dev == src.dev && dst.ino == src.ino {
                return Ok(());
            }
        }
        if mode & 4 != 0 {
            // A file cannot be cloned here: libuv's failed clone leaves no destination.
            let _ = hfs::unlink(&b);
            return Err(std::io::Error::from_raw_os_error(ENOTSUP));
        }
        hfs::copy_file(&a, &b, excl)
    };
    copy().map_err(|e| fs_error(&e, "copyfile", Some(&a), Some(&b), ctx))?;
    Ok(JsValue::undefined())
}
