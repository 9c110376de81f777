//! Native half of `path`: node 20's POSIX algorithms (normalize, join, resolve, relative,
//! dirname, basename, extname, isAbsolute, parse, format) on a string's UTF-16 code units, so
//! lone surrogates round-trip. `path.js` calls `posix(validateString, validateObject, cwd)` once
//! and uses the returned native functions as `path.posix`'s methods: argument errors come from
//! the JS validators (node's messages, raised in node's order) and `resolve` asks the JS `cwd`
//! (node's `process.cwd()` lookup) only when no argument is absolute. Also `format` for win32.

use boa_engine::{
    js_string,
    object::{JsObject, ObjectInitializer},
    property::Attribute,
    string::JsStrVariant,
    Context, JsError, JsNativeError, JsResult, JsString, JsValue, NativeFunction,
};
use boa_gc::{Finalize, Trace};

const SLASH: u16 = b'/' as u16;
const DOT: u16 = b'.' as u16;

/// The JS functions the native methods call back into.
#[derive(Trace, Finalize, Clone)]
struct Hooks {
    validate_string: JsObject,
    validate_object: JsObject,
    cwd: JsObject,
}

type Method = fn(&[JsValue], &Hooks, &mut Context) -> JsResult<JsValue>;

/// A method with the hooks it calls.
#[derive(Trace, Finalize)]
struct Bound {
    hooks: Hooks,
    #[unsafe_ignore_trace]
    method: Method,
}

/// The `internalBinding('path')` object.
pub fn binding(ctx: &mut Context) -> JsObject {
    crate::node::binding_object(ctx, &[("posix", posix, 3)])
}

/// `posix(validateString, validateObject, cwd)` → `{ resolve, normalize, isAbsolute, join,
/// relative, dirname, basename, extname, format, parse, formatWin32 }` as native functions.
fn posix(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let func = |i: usize| {
        args.get(i)
            .and_then(JsValue::as_object)
            .filter(|o| o.is_callable())
            .ok_or_else(|| JsError::from(JsNativeError::typ().with_message("path hooks")))
    };
    let hooks = Hooks {
        validate_string: func(0)?,
        validate_object: func(1)?,
        cwd: func(2)?,
    };
    let methods: [(&str, &str, Method, usize); 11] = [
        ("resolve", "resolve", resolve, 0),
        ("normalize", "normalize", normalize, 1),
        ("isAbsolute", "isAbsolute", is_absolute, 1),
        ("join", "join", join, 0),
        ("relative", "relative", relative, 2),
        ("dirname", "dirname", dirname, 1),
        ("basename", "basename", basename, 2),
        ("extname", "extname", extname, 1),
        ("format", "bound _format", format_posix, 1),
        ("parse", "parse", parse, 1),
        ("formatWin32", "bound _format", format_win32, 1),
    ];
    let mut init = ObjectInitializer::new(ctx);
    for (key, name, f, len) in methods {
        let native = NativeFunction::from_copy_closure_with_captures(
            |_, args, bound: &Bound, ctx| (bound.method)(args, &bound.hooks, ctx),
            Bound {
                hooks: hooks.clone(),
                method: f,
            },
        );
        init.function(native, (js_string!(key), js_string!(name)), len);
    }
    Ok(init.build().into())
}

// ---- strings ------------------------------------------------------------------------------

/// A string's code units, whichever way Boa stores them.
#[derive(Clone, Copy)]
pub(crate) enum Units<'a> {
    Latin1(&'a [u8]),
    Utf16(&'a [u16]),
}

impl<'a> Units<'a> {
    pub(crate) fn of(s: &'a JsString) -> Self {
        match s.as_str().variant() {
            JsStrVariant::Latin1(b) => Units::Latin1(b),
            JsStrVariant::Utf16(u) => Units::Utf16(u),
        }
    }
    pub(crate) fn len(self) -> usize {
        match self {
            Units::Latin1(b) => b.len(),
            Units::Utf16(u) => u.len(),
        }
    }
    /// The unit at `i` (0 past the end).
    #[inline]
    pub(crate) fn at(self, i: usize) -> u16 {
        match self {
            Units::Latin1(b) => b.get(i).map_or(0, |&c| u16::from(c)),
            Units::Utf16(u) => u.get(i).copied().unwrap_or(0),
        }
    }
    /// Appends `self[start..end]` to `out`.
    pub(crate) fn push_range(self, out: &mut Vec<u16>, start: usize, end: usize) {
        match self {
            Units::Latin1(b) => out.extend(
                b.get(start..end)
                    .unwrap_or(&[])
                    .iter()
                    .map(|&c| u16::from(c)),
            ),
            Units::Utf16(u) => out.extend_from_slice(u.get(start..end).unwrap_or(&[])),
        }
    }
}

/// A JS string from code units (stored as Latin-1 when every unit fits).
pub(crate) fn js_from_units(units: &[u16]) -> JsString {
    if units.iter().all(|&c| c <= 0xFF) {
        let bytes: Vec<u8> = units.iter().map(|&c| c as u8).collect();
        JsString::from(boa_engine::string::JsStr::latin1(&bytes))
    } else {
        JsString::from(units)
    }
}

fn units_of(s: &JsString) -> Vec<u16> {
    let mut v = Vec::with_capacity(s.len());
    let u = Units::of(s);
    u.push_range(&mut v, 0, u.len());
    v
}

/// Node's "Cannot convert a Symbol value to a string" for template literals.
fn to_js_string(v: &JsValue, ctx: &mut Context) -> JsResult<JsString> {
    if v.is_symbol() {
        return Err(JsNativeError::typ()
            .with_message("Cannot convert a Symbol value to a string")
            .into());
    }
    v.to_string(ctx)
}

/// Argument `i` as a string, or the JS validator's error for it (named `name`).
fn string_arg(
    args: &[JsValue],
    i: usize,
    name: &str,
    hooks: &Hooks,
    ctx: &mut Context,
) -> JsResult<JsString> {
    let v = args.get(i).cloned().unwrap_or_default();
    check_string(&v, name, hooks, ctx)
}

fn check_string(v: &JsValue, name: &str, hooks: &Hooks, ctx: &mut Context) -> JsResult<JsString> {
    if let Some(s) = v.as_string() {
        return Ok(s.clone());
    }
    hooks.validate_string.call(
        &JsValue::undefined(),
        &[v.clone(), JsString::from(name).into()],
        ctx,
    )?;
    Err(JsNativeError::typ()
        .with_message(format!("The \"{name}\" argument must be of type string"))
        .into())
}

// ---- algorithms (node's lib/path.js, posix) ------------------------------------------------

/// Resolves `.` and `..` segments and collapses slashes (node's `normalizeString` with '/').
fn normalize_string(path: Units, allow_above_root: bool) -> Vec<u16> {
    let len = path.len();
    let mut res: Vec<u16> = Vec::with_capacity(len);
    let mut last_segment_length: usize = 0;
    let mut last_slash: isize = -1;
    let mut dots: i32 = 0;
    let mut code: u16 = 0;
    let mut i = 0usize;
    while i <= len {
        if i < len {
            code = path.at(i);
        } else if code == SLASH {
            break;
        } else {
            code = SLASH;
        }
        if code == SLASH {
            let ii = i as isize;
            if last_slash == ii - 1 || dots == 1 {
                // noop
            } else if dots == 2 {
                let n = res.len();
                if n < 2 || last_segment_length != 2 || res[n - 1] != DOT || res[n - 2] != DOT {
                    if n > 2 {
                        match res.iter().rposition(|&c| c == SLASH) {
                            None => {
                                res.clear();
                                last_segment_length = 0;
                            }
                            Some(idx) => {
                                res.truncate(idx);
                                last_segment_length = match res.iter().rposition(|&c| c == SLASH) {
                                    Some(j) => res.len() - 1 - j,
                                    None => res.len(),
                                };
                            }
                        }
                        last_slash = ii;
                        dots = 0;
                        i += 1;
                        continue;
                    } else if n != 0 {
                        res.clear();
                        last_segment_length = 0;
                        last_slash = ii;
                        dots = 0;
                        i += 1;
                        continue;
                    }
                }
                if allow_above_root {
                    if !res.is_empty() {
                        res.push(SLASH);
                    }
                    res.extend_from_slice(&[DOT, DOT]);
                    last_segment_length = 2;
                }
            } else {
                let start = (last_slash + 1) as usize;
                if !res.is_empty() {
                    res.push(SLASH);
                }
                path.push_range(&mut res, start, i);
                last_segment_length = i - start;
            }
            last_slash = ii;
            dots = 0;
        } else if code == DOT && dots != -1 {
            dots += 1;
        } else {
            dots = -1;
        }
        i += 1;
    }
    res
}

fn normalize_units(path: Units) -> JsString {
    let len = path.len();
    if len == 0 {
        return js_string!(".");
    }
    let absolute = path.at(0) == SLASH;
    let trailing = path.at(len - 1) == SLASH;
    let mut res = normalize_string(path, !absolute);
    if res.is_empty() {
        return if absolute {
            js_string!("/")
        } else if trailing {
            js_string!("./")
        } else {
            js_string!(".")
        };
    }
    if trailing {
        res.push(SLASH);
    }
    if absolute {
        res.insert(0, SLASH);
    }
    js_from_units(&res)
}

/// The extension scan shared by extname and parse over `path[stop..]`, from the end:
/// `(startPart, startDot, end, has_ext)`.
fn ext_scan(path: Units, stop: usize) -> (usize, isize, isize, bool) {
    let mut start_dot: isize = -1;
    let mut start_part: usize = 0;
    let mut end: isize = -1;
    let mut matched_slash = true;
    let mut pre_dot_state = 0;
    let mut i = path.len();
    while i > stop {
        i -= 1;
        let code = path.at(i);
        if code == SLASH {
            if !matched_slash {
                start_part = i + 1;
                break;
            }
            continue;
        }
        if end == -1 {
            matched_slash = false;
            end = i as isize + 1;
        }
        if code == DOT {
            if start_dot == -1 {
                start_dot = i as isize;
            } else if pre_dot_state != 1 {
                pre_dot_state = 1;
            }
        } else if start_dot != -1 {
            pre_dot_state = -1;
        }
    }
    let no_ext = start_dot == -1
        || end == -1
        || pre_dot_state == 0
        || (pre_dot_state == 1 && start_dot == end - 1 && start_dot == start_part as isize + 1);
    (start_part, start_dot, end, !no_ext)
}

// ---- methods -------------------------------------------------------------------------------

fn resolve(args: &[JsValue], hooks: &Hooks, ctx: &mut Context) -> JsResult<JsValue> {
    let mut parts: Vec<JsString> = Vec::new();
    let mut absolute = false;
    for i in (0..args.len()).rev() {
        let path = check_string(&args[i], &format!("paths[{i}]"), hooks, ctx)?;
        if path.is_empty() {
            continue;
        }
        absolute = Units::of(&path).at(0) == SLASH;
        parts.push(path);
        if absolute {
            break;
        }
    }
    let mut joined: Vec<u16> = Vec::new();
    if !absolute {
        // `${cwd}/${resolvedPath}`, then charCodeAt(cwd, 0): ToString twice, as node does.
        let cwd = hooks.cwd.call(&JsValue::undefined(), &[], ctx)?;
        let s = to_js_string(&cwd, ctx)?;
        if cwd.is_null_or_undefined() {
            return Err(JsNativeError::typ()
                .with_message("String.prototype.charCodeAt called on null or undefined")
                .into());
        }
        let first = if cwd.is_object() {
            to_js_string(&cwd, ctx)?
        } else {
            s.clone()
        };
        absolute = !first.is_empty() && Units::of(&first).at(0) == SLASH;
        joined.extend(units_of(&s));
        joined.push(SLASH);
    }
    for p in parts.iter().rev() {
        let u = Units::of(p);
        u.push_range(&mut joined, 0, u.len());
        joined.push(SLASH);
    }
    let mut res = normalize_string(Units::Utf16(&joined), !absolute);
    if absolute {
        res.insert(0, SLASH);
    } else if res.is_empty() {
        return Ok(js_string!(".").into());
    }
    Ok(js_from_units(&res).into())
}

fn normalize(args: &[JsValue], hooks: &Hooks, ctx: &mut Context) -> JsResult<JsValue> {
    let path = string_arg(args, 0, "path", hooks, ctx)?;
    Ok(normalize_units(Units::of(&path)).into())
}

fn is_absolute(args: &[JsValue], hooks: &Hooks, ctx: &mut Context) -> JsResult<JsValue> {
    let path = string_arg(args, 0, "path", hooks, ctx)?;
    Ok((!path.is_empty() && Units::of(&path).at(0) == SLASH).into())
}

fn join(args: &[JsValue], hooks: &Hooks, ctx: &mut Context) -> JsResult<JsValue> {
    let mut joined: Vec<u16> = Vec::new();
    let mut any = false;
    for v in args {
        let arg = check_string(v, "path", hooks, ctx)?;
        if arg.is_empty() {
            continue;
        }
        if any {
            joined.push(SLASH);
        }
        any = true;
        let u = Units::of(&arg);
        u.push_range(&mut joined, 0, u.len());
    }
    if !any {
        return Ok(js_string!(".").into());
    }
    Ok(normalize_units(Units::Utf16(&joined)).into())
}

fn relative(args: &[JsValue], hooks: &Hooks, ctx: &mut Context) -> JsResult<JsValue> {
    let from = string_arg(args, 0, "from", hooks, ctx)?;
    let to = string_arg(args, 1, "to", hooks, ctx)?;
    if from == to {
        return Ok(js_string!().into());
    }
    let from = resolve(&[from.into()], hooks, ctx)?;
    let to = resolve(&[to.into()], hooks, ctx)?;
    let (Some(from), Some(to)) = (from.as_string(), to.as_string()) else {
        return Ok(js_string!().into());
    };
    if from == to {
        return Ok(js_string!().into());
    }
    let (f, t) = (Units::of(&from), Units::of(&to));
    let from_start = 1usize;
    let from_end = f.len();
    let from_len = from_end.saturating_sub(from_start);
    let to_start = 1usize;
    let to_len = t.len().saturating_sub(to_start);
    let length = from_len.min(to_len);
    let mut last_common_sep: isize = -1;
    let mut i = 0usize;
    while i < length {
        let code = f.at(from_start + i);
        if code != t.at(to_start + i) {
            break;
        } else if code == SLASH {
            last_common_sep = i as isize;
        }
        i += 1;
    }
    if i == length {
        if to_len > length {
            if t.at(to_start + i) == SLASH {
                return Ok(to.slice(to_start + i + 1, t.len()).into());
            }
            if i == 0 {
                return Ok(to.slice(to_start + i, t.len()).into());
            }
        } else if from_len > length {
            if f.at(from_start + i) == SLASH {
                last_common_sep = i as isize;
            } else if i == 0 {
                last_common_sep = 0;
            }
        }
    }
    let mut out: Vec<u16> = Vec::new();
    let mut j = (from_start as isize + last_common_sep + 1) as usize;
    while j <= from_end {
        if j == from_end || f.at(j) == SLASH {
            if !out.is_empty() {
                out.push(SLASH);
            }
            out.extend_from_slice(&[DOT, DOT]);
        }
        j += 1;
    }
    let rest = (to_start as isize + last_common_sep) as usize;
    t.push_range(&mut out, rest.min(t.len()), t.len());
    Ok(js_from_units(&out).into())
}

fn dirname(args: &[JsValue], hooks: &Hooks, ctx: &mut Context) -> JsResult<JsValue> {
    let path = string_arg(args, 0, "path", hooks, ctx)?;
    let p = Units::of(&path);
    if p.len() == 0 {
        return Ok(js_string!(".").into());
    }
    let has_root = p.at(0) == SLASH;
    let mut end = None;
    let mut matched_slash = true;
    for i in (1..p.len()).rev() {
        if p.at(i) == SLASH {
            if !matched_slash {
                end = Some(i);
                break;
            }
        } else {
            matched_slash = false;
        }
    }
    Ok(match end {
        None if has_root => js_string!("/"),
        None => js_string!("."),
        Some(1) if has_root => js_string!("//"),
        Some(end) => path.slice(0, end),
    }
    .into())
}

fn basename(args: &[JsValue], hooks: &Hooks, ctx: &mut Context) -> JsResult<JsValue> {
    let suffix = match args.get(1) {
        Some(v) if !v.is_undefined() => Some(check_string(v, "suffix", hooks, ctx)?),
        _ => None,
    };
    let path = string_arg(args, 0, "path", hooks, ctx)?;
    let p = Units::of(&path);
    let len = p.len();
    let mut start = 0usize;
    let mut matched_slash = true;
    if let Some(suffix) = suffix.filter(|s| !s.is_empty() && s.len() <= len) {
        if suffix == path {
            return Ok(js_string!().into());
        }
        let sx = Units::of(&suffix);
        let mut ext_idx = sx.len() as isize - 1;
        let mut first_non_slash_end: isize = -1;
        let mut end: isize = -1;
        for i in (0..len).rev() {
            let code = p.at(i);
            if code == SLASH {
                if !matched_slash {
                    start = i + 1;
                    break;
                }
            } else {
                if first_non_slash_end == -1 {
                    matched_slash = false;
                    first_non_slash_end = i as isize + 1;
                }
                if ext_idx >= 0 {
                    if code == sx.at(ext_idx as usize) {
                        ext_idx -= 1;
                        if ext_idx == -1 {
                            end = i as isize;
                        }
                    } else {
                        ext_idx = -1;
                        end = first_non_slash_end;
                    }
                }
            }
        }
        if start as isize == end {
            end = first_non_slash_end;
        } else if end == -1 {
            end = len as isize;
        }
        return Ok(path.slice(start, end.max(0) as usize).into());
    }
    let mut end: Option<usize> = None;
    for i in (0..len).rev() {
        if p.at(i) == SLASH {
            if !matched_slash {
                start = i + 1;
                break;
            }
        } else if end.is_none() {
            matched_slash = false;
            end = Some(i + 1);
        }
    }
    Ok(match end {
        None => js_string!(),
        Some(end) => path.slice(start, end),
    }
    .into())
}

fn extname(args: &[JsValue], hooks: &Hooks, ctx: &mut Context) -> JsResult<JsValue> {
    let path = string_arg(args, 0, "path", hooks, ctx)?;
    let (_, start_dot, end, has_ext) = ext_scan(Units::of(&path), 0);
    if !has_ext {
        return Ok(js_string!().into());
    }
    Ok(path.slice(start_dot as usize, end as usize).into())
}

fn parse(args: &[JsValue], hooks: &Hooks, ctx: &mut Context) -> JsResult<JsValue> {
    let path = string_arg(args, 0, "path", hooks, ctx)?;
    let p = Units::of(&path);
    let empty = js_string!();
    let (mut root, mut dir, mut base, mut ext, mut name) = (
        empty.clone(),
        empty.clone(),
        empty.clone(),
        empty.clone(),
        empty,
    );
    if p.len() > 0 {
        let absolute = p.at(0) == SLASH;
        if absolute {
            root = js_string!("/");
        }
        let (start_part, start_dot, end, has_ext) = ext_scan(p, usize::from(absolute));
        if end != -1 {
            let end = end as usize;
            let start = if start_part == 0 && absolute {
                1
            } else {
                start_part
            };
            if has_ext {
                name = path.slice(start, start_dot as usize);
                base = path.slice(start, end);
                ext = path.slice(start_dot as usize, end);
            } else {
                base = path.slice(start, end);
                name = base.clone();
            }
        }
        if start_part > 0 {
            dir = path.slice(0, start_part - 1);
        } else if absolute {
            dir = js_string!("/");
        }
    }
    let obj = ObjectInitializer::new(ctx)
        .property(js_string!("root"), root, Attribute::all())
        .property(js_string!("dir"), dir, Attribute::all())
        .property(js_string!("base"), base, Attribute::all())
        .property(js_string!("ext"), ext, Attribute::all())
        .property(js_string!("name"), name, Attribute::all())
        .build();
    Ok(obj.into())
}

fn format_posix(args: &[JsValue], hooks: &Hooks, ctx: &mut Context) -> JsResult<JsValue> {
    format(args, hooks, SLASH, ctx)
}

fn format_win32(args: &[JsValue], hooks: &Hooks, ctx: &mut Context) -> JsResult<JsValue> {
    format(args, hooks, u16::from(b'\\'), ctx)
}

/// node's `_format(sep, pathObject)`: dir (or root) + sep + base (or name + ext), with the
/// property reads, truthiness tests and string conversions in node's order.
fn format(args: &[JsValue], hooks: &Hooks, sep: u16, ctx: &mut Context) -> JsResult<JsValue> {
    let arg = args.first().cloned().unwrap_or_default();
    hooks.validate_object.call(
        &JsValue::undefined(),
        &[arg.clone(), js_string!("pathObject").into()],
        ctx,
    )?;
    let obj = arg.to_object(ctx)?;
    let mut dir = obj.get(js_string!("dir"), ctx)?;
    if !dir.to_boolean() {
        dir = obj.get(js_string!("root"), ctx)?;
    }
    let mut base = obj.get(js_string!("base"), ctx)?;
    if !base.to_boolean() {
        let name = obj.get(js_string!("name"), ctx)?;
        let name = if name.to_boolean() {
            to_js_string(&name, ctx)?
        } else {
            js_string!()
        };
        let ext = obj.get(js_string!("ext"), ctx)?;
        let mut units = units_of(&name);
        if ext.to_boolean() {
            let dotted = if let Some(s) = ext.as_string() {
                !s.is_empty() && Units::of(&s).at(0) == DOT
            } else if let Some(o) = ext.as_object() {
                o.get(0, ctx)?
                    .as_string()
                    .is_some_and(|s| s == js_string!("."))
            } else {
                false
            };
            if !dotted {
                units.push(DOT);
            }
            units.extend(units_of(&to_js_string(&ext, ctx)?));
        }
        base = js_from_units(&units).into();
    }
    if !dir.to_boolean() {
        return Ok(base);
    }
    let root = obj.get(js_string!("root"), ctx)?;
    let mut out = units_of(&to_js_string(&dir, ctx)?);
    if !dir.strict_equals(&root) {
        out.push(sep);
    }
    out.extend(units_of(&to_js_string(&base, ctx)?));
    Ok(js_from_units(&out).into())
}
