//! Operations on names: stat/lstat, readdir, mkdir, rmdir, unlink, rename, link, symlink,
//! readlink, realpath, utimes, access, copyFile.

use super::{fs_error, num_arg, stat_array, str_arg};
use crate::host::fs as hfs;
use boa_engine::{object::builtins::JsArray, Context, JsResult, JsString, JsValue};

/// `stat(path, follow, throwIfNoEntry)` → stats array (undefined for a missing entry when
/// `throwIfNoEntry` is false).
pub fn stat(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = str_arg(args, 0, ctx)?;
    let follow = args.get(1).is_none_or(JsValue::to_boolean);
    let throw_missing = args.get(2).is_none_or(JsValue::to_boolean);
    match hfs::stat(&path, follow) {
        Ok(s) => Ok(stat_array(&s, ctx)),
        Err(e) if !throw_missing && e.kind() == std::io::ErrorKind::NotFound => {
            Ok(JsValue::undefined())
        }
        Err(e) => {
            let name = if follow { "stat" } else { "lstat" };
            Err(fs_error(&e, name, Some(&path), None, ctx))
        }
    }
}

/// `readdir(path)` → `[name, kind, name, kind, ...]` (kind: 1 file, 2 dir, 3 symlink, 0 other).
pub fn readdir(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = str_arg(args, 0, ctx)?;
    let entries =
        hfs::readdir(&path).map_err(|e| fs_error(&e, "scandir", Some(&path), None, ctx))?;
    let flat = entries.into_iter().flat_map(|(name, kind)| {
        [
            JsValue::from(JsString::from(name.as_str())),
            JsValue::from(i32::from(kind)),
        ]
    });
    Ok(JsArray::from_iter(flat, ctx).into())
}

/// `readdirNames(path)` → `[name, ...]`: the plain `readdirSync(path)` with no JS loop.
pub fn readdir_names(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = str_arg(args, 0, ctx)?;
    let entries =
        hfs::readdir(&path).map_err(|e| fs_error(&e, "scandir", Some(&path), None, ctx))?;
    let names = entries
        .into_iter()
        .map(|(name, _)| JsValue::from(JsString::from(name.as_str())));
    Ok(JsArray::from_iter(names, ctx).into())
}

pub fn mkdir(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = str_arg(args, 0, ctx)?;
    let mode = num_arg(args, 1, ctx)? as u32;
    hfs::mkdir(&path, mode).map_err(|e| fs_error(&e, "mkdir", Some(&path), None, ctx))?;
    Ok(JsValue::undefined())
}

pub fn rmdir(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = str_arg(args, 0, ctx)?;
    hfs::rmdir(&path).map_err(|e| fs_error(&e, "rmdir", Some(&path), None, ctx))?;
    Ok(JsValue::undefined())
}

pub fn unlink(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = str_arg(args, 0, ctx)?;
    hfs::unlink(&path).map_err(|e| fs_error(&e, "unlink", Some(&path), None, ctx))?;
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
    op(&a, &b).map_err(|e| fs_error(&e, name, Some(&a), Some(&b), ctx))?;
    Ok(JsValue::undefined())
}

pub fn rename(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    two_paths(args, ctx, "rename", hfs::rename)
}

pub fn link(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    two_paths(args, ctx, "link", hfs::link)
}

pub fn symlink(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    two_paths(args, ctx, "symlink", hfs::symlink)
}

pub fn readlink(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = str_arg(args, 0, ctx)?;
    let target =
        hfs::readlink(&path).map_err(|e| fs_error(&e, "readlink", Some(&path), None, ctx))?;
    Ok(JsString::from(String::from_utf8_lossy(&target).as_ref()).into())
}

pub fn realpath(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = str_arg(args, 0, ctx)?;
    let real =
        hfs::realpath(&path).map_err(|e| fs_error(&e, "realpath", Some(&path), None, ctx))?;
    Ok(JsString::from(real.as_str()).into())
}

/// `utimes(path, atimeSeconds, mtimeSeconds, follow)`.
pub fn utimes(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = str_arg(args, 0, ctx)?;
    let (a, m) = (num_arg(args, 1, ctx)?, num_arg(args, 2, ctx)?);
    let follow = args.get(3).is_none_or(JsValue::to_boolean);
    let name = if follow { "utime" } else { "lutime" };
    hfs::utimes(&path, a, m, follow).map_err(|e| fs_error(&e, name, Some(&path), None, ctx))?;
    Ok(JsValue::undefined())
}

pub fn access(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = str_arg(args, 0, ctx)?;
    hfs::access(&path).map_err(|e| fs_error(&e, "access", Some(&path), None, ctx))?;
    Ok(JsValue::undefined())
}

/// `copyFile(src, dest, mode)`; mode bit 1 is COPYFILE_EXCL.
pub fn copy_file(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let a = str_arg(args, 0, ctx)?;
    let b = str_arg(args, 1, ctx)?;
    let excl = (num_arg(args, 2, ctx)? as u32) & 1 != 0;
    hfs::copy_file(&a, &b, excl).map_err(|e| fs_error(&e, "copyfile", Some(&a), Some(&b), ctx))?;
    Ok(JsValue::undefined())
}
