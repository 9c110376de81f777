//! Native half of `util.inspect` (node 20's lib/internal/util/inspect.js): string quoting and
//! escaping, `getStringWidth` (node's ICU column widths, `width.rs`), ANSI stripping, number
//! formatting, `groupArrayElements`' column layout, `reduceToSingleString`'s line breaking, and
//! `formatValue`: a whole value tree formatted in one call when it holds nothing that runs user
//! code (no proxies, custom inspect functions, invoked getters, errors or other rare types).
//! Anything else makes `formatValue` answer undefined before it had any effect, and
//! `node/js/inspect.js`, which keeps the complete algorithm, formats that value itself (calling
//! back in here for its children). All text is UTF-16 code units, as in JS.

mod width;

use crate::node::path::js_from_units;
use boa_engine::{
    builtins::{
        map::ordered_map::OrderedMap, promise::PromiseState, set::ordered_set::OrderedSet,
        typed_array::TypedArrayKind,
    },
    js_string,
    native_function::NativeFunctionObject,
    object::{
        builtins::{JsDate, JsMap, JsPromise, JsRegExp, JsTypedArray},
        JsObject,
    },
    property::{PropertyDescriptor, PropertyKey},
    value::JsVariant,
    Context, JsBigInt, JsError, JsResult, JsString, JsSymbol, JsValue,
};

use std::cell::OnceCell;

type U = Vec<u16>;

/// A constant string property key (none of them is an index).
macro_rules! key {
    ($s:literal) => {
        PropertyKey::String(js_string!($s))
    };
}

/// The `internalBinding('inspect')` object.
pub fn binding(ctx: &mut Context) -> JsObject {
    crate::node::binding_object(
        ctx,
        &[
            ("strEscape", str_escape_js, 1),
            ("escapeKey", escape_key_js, 1),
            ("getStringWidth", string_width_js, 2),
            ("stripVTControlCharacters", strip_vt_js, 1),
            ("reduceToSingleString", reduce_js, 7),
            ("formatValue", format_value_js, 5),
            ("inspect", inspect_js, 6),
            ("previewEntries", preview_entries_js, 1),
            ("isBoundFunction", is_bound_function_js, 1),
            ("isModuleNamespace", is_module_namespace_js, 1),
            ("getOwnNonIndexProperties", own_non_index_properties_js, 2),
        ],
    )
}

fn push(out: &mut U, s: &str) {
    out.extend(s.encode_utf16());
}

/// `a` equals the ASCII text `b`.
fn eq_ascii(a: &[u16], b: &str) -> bool {
    a.len() == b.len() && a.iter().zip(b.bytes()).all(|(&x, y)| x == u16::from(y))
}

fn starts_ascii(a: &[u16], b: &str) -> bool {
    a.len() >= b.len() && eq_ascii(&a[..b.len()], b)
}

fn units(s: &str) -> U {
    s.encode_utf16().collect()
}

fn contains(hay: &[u16], needle: &[u16]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

fn js_str(s: &[u16]) -> JsValue {
    js_from_units(s).into()
}

fn arg_units(args: &[JsValue], i: usize) -> U {
    args.get(i)
        .and_then(JsValue::as_string)
        .map(|s| s.to_vec())
        .unwrap_or_default()
}

// ---- strings ----------------------------------------------------------------------------------

/// node's `strEscape`: single quotes unless the text has some (then double quotes, else
/// backticks when there is no backtick or `${`), with C0/C1 controls, backslashes, the chosen
/// quote when it is `'`, and lone surrogates escaped.
fn str_escape(s: &[u16], out: &mut U) {
    const SQ: u16 = b'\'' as u16;
    let mut quote = SQ;
    if s.contains(&SQ) {
        if !s.contains(&u16::from(b'"')) {
            quote = u16::from(b'"');
        } else if !s.contains(&u16::from(b'`')) && !contains(s, &units("${")) {
            quote = u16::from(b'`');
        }
    }
    out.reserve(s.len() + 2);
    out.push(quote);
    escape_into(s, quote == SQ, out);
    out.push(quote);
}

/// The escapes of `strEscape` (`'` only when `quote`), also node's `escapeFn` for symbol and
/// non-enumerable keys (with `quote`).
fn escape_into(s: &[u16], quote: bool, out: &mut U) {
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if (c == u16::from(b'\'') && quote)
            || c == u16::from(b'\\')
            || c < 0x20
            || (0x7f..0xa0).contains(&c)
        {
            match c {
                0x08 => push(out, "\\b"),
                0x09 => push(out, "\\t"),
                0x0a => push(out, "\\n"),
                0x0c => push(out, "\\f"),
                0x0d => push(out, "\\r"),
                0x27 => push(out, "\\'"),
                0x5c => push(out, "\\\\"),
                _ => push(out, &format!("\\x{c:02X}")),
            }
        } else if (0xd800..0xe000).contains(&c) {
            if c < 0xdc00 && s.get(i + 1).is_some_and(|n| (0xdc00..0xe000).contains(n)) {
                out.push(c);
                out.push(s[i + 1]);
                i += 2;
                continue;
            }
            push(out, &format!("\\u{c:x}"));
        } else {
            out.push(c);
        }
        i += 1;
    }
}

fn escape_key_js(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let mut out = Vec::new();
    escape_into(&arg_units(args, 0), true, &mut out);
    Ok(js_str(&out))
}

/// `previewEntries(iterator)`: `[entries, isKeyValue]` for a Map or Set iterator (what it has
/// yet to produce, flat key/value pairs when isKeyValue), undefined for anything else.
fn preview_entries_js(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    use boa_engine::object::builtins::{JsArray, JsMapIterator, JsSetIterator};
    let Some(o) = args.first().and_then(JsValue::as_object) else {
        return Ok(JsValue::undefined());
    };
    let (entries, pairs) = if let Ok(it) = JsMapIterator::from_object(o.clone()) {
        it.preview()
    } else if let Ok(it) = JsSetIterator::from_object(o.clone()) {
        it.preview()
    } else {
        return Ok(JsValue::undefined());
    };
    let list = JsArray::from_iter(entries, ctx);
    Ok(JsArray::from_iter([list.into(), pairs.into()], ctx).into())
}

/// `getOwnNonIndexProperties(value, filter)` as node's binding: own string keys that are not
/// array indices, then symbols; filter 2 (ONLY_ENUMERABLE) keeps the enumerable ones. Indices
/// are skipped without becoming strings, so a large array or Buffer costs no per-element JS
/// work. Undefined for a proxy (its traps are JS's to run).
fn own_non_index_properties_js(
    _: &JsValue,
    args: &[JsValue],
    ctx: &mut Context,
) -> JsResult<JsValue> {
    use boa_engine::object::builtins::JsArray;
    let Some(o) = args.first().and_then(JsValue::as_object) else {
        return Ok(JsValue::undefined());
    };
    if is_proxy(&o) {
        return Ok(JsValue::undefined());
    }
    let only_enumerable = args.get(1).and_then(JsValue::as_number) == Some(2.0);
    let mut strings = Vec::new();
    let mut symbols = Vec::new();
    for k in o.own_property_keys(ctx)? {
        let list = match &k {
            PropertyKey::Index(_) => continue,
            PropertyKey::String(_) => &mut strings,
            PropertyKey::Symbol(_) => &mut symbols,
        };
        if only_enumerable && own(&o, &k).is_none_or(|d| d.enumerable() != Some(true)) {
            continue;
        }
        list.push(JsValue::from(k));
    }
    strings.extend(symbols);
    Ok(JsArray::from_iter(strings, ctx).into())
}

/// `isBoundFunction(value)`: whether value is a bound function exotic object (which is never an
/// async or generator function, whatever its prototype).
fn is_bound_function_js(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(args
        .first()
        .and_then(JsValue::as_object)
        .is_some_and(|o| o.is::<boa_engine::builtins::function::BoundFunction>())
        .into())
}

/// `isModuleNamespace(value)`: whether value is a module namespace exotic object.
fn is_module_namespace_js(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(args
        .first()
        .and_then(JsValue::as_object)
        .is_some_and(|o| o.is::<boa_engine::module::ModuleNamespace>())
        .into())
}

fn str_escape_js(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let mut out = Vec::new();
    str_escape(&arg_units(args, 0), &mut out);
    Ok(js_str(&out))
}

fn is_ident(s: &[u16]) -> bool {
    let ok = |c: u16, first: bool| {
        c < 0x80 && {
            let b = c as u8;
            b.is_ascii_alphabetic() || b == b'_' || (!first && b.is_ascii_digit())
        }
    };
    !s.is_empty() && ok(s[0], true) && s[1..].iter().all(|&c| ok(c, false))
}

// ---- ANSI escapes and column widths -----------------------------------------------------------

const fn in_ranges(c: u16, ranges: &[(u8, u8)]) -> bool {
    if c > 0x7f {
        return false;
    }
    let b = c as u8;
    let mut i = 0;
    while i < ranges.len() {
        if b >= ranges[i].0 && b <= ranges[i].1 {
            return true;
        }
        i += 1;
    }
    false
}

/// `[[\]()#;?]`
fn ansi_prefix(c: u16) -> bool {
    in_ranges(
        c,
        &[
            (b'[', b'['),
            (b']', b']'),
            (b'(', b')'),
            (b'#', b'#'),
            (b';', b';'),
            (b'?', b'?'),
        ],
    )
}
/// `[-a-zA-Z\d\/#&.:=?%@~_]`
fn ansi_cls(c: u16) -> bool {
    in_ranges(
        c,
        &[
            (b'-', b'-'),
            (b'a', b'z'),
            (b'A', b'Z'),
            (b'0', b'9'),
            (b'/', b'/'),
            (b'#', b'#'),
            (b'&', b'&'),
            (b'.', b'.'),
            (b':', b':'),
            (b'=', b'='),
            (b'?', b'?'),
            (b'%', b'%'),
            (b'@', b'@'),
            (b'~', b'~'),
            (b'_', b'_'),
        ],
    )
}
fn ansi_alnum(c: u16) -> bool {
    in_ranges(c, &[(b'a', b'z'), (b'A', b'Z'), (b'0', b'9')])
}
fn is_digit(c: u16) -> bool {
    (0x30..=0x39).contains(&c)
}
/// `[\dA-PR-TZcf-nq-uy=><~]`
fn ansi_final(c: u16) -> bool {
    in_ranges(
        c,
        &[
            (b'0', b'9'),
            (b'A', b'P'),
            (b'R', b'T'),
            (b'Z', b'Z'),
            (b'c', b'c'),
            (b'f', b'n'),
            (b'q', b'u'),
            (b'y', b'y'),
            (b'=', b'>'),
            (b'<', b'<'),
            (b'~', b'~'),
        ],
    )
}

/// The string terminator closing a sequence at i (`\x07`, `ESC \\` or `\x9c`): its length.
fn ansi_terminator(s: &[u16], i: usize) -> Option<usize> {
    match (s.get(i).copied(), s.get(i + 1).copied()) {
        (Some(0x07 | 0x9c), _) => Some(1),
        (Some(0x1b), Some(0x5c)) => Some(2),
        _ => None,
    }
}

/// After node 20.20's ansi pattern's prefix: `(?:(A|B)?(?:\x07|\x1b\\|\x9c))|(?:D?F)` with the
/// regex's backtracking order (worked out: only greedy-maximal runs can precede a terminator; a
/// digit run always gives a match).
fn ansi_rest(s: &[u16], q: usize) -> Option<usize> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0xffff);
    // A: (?:;[cls]+)*
    let mut a = q;
    while at(a) == u16::from(b';') && ansi_cls(at(a + 1)) {
        a += 2;
        while ansi_cls(at(a)) {
            a += 1;
        }
    }
    if let Some(n) = ansi_terminator(s, a) {
        return Some(a + n);
    }
    // B: [a-zA-Z\d]+(?:;[cls]*)*
    if ansi_alnum(at(q)) {
        let mut b = q;
        while ansi_alnum(at(b)) {
            b += 1;
        }
        while at(b) == u16::from(b';') {
            b += 1;
            while ansi_cls(at(b)) {
                b += 1;
            }
        }
        if let Some(n) = ansi_terminator(s, b) {
            return Some(b + n);
        }
    }
    // (?:\d{1,4}(?:;\d{0,4})*)?[final]
    let digits = |from: usize, max: usize| {
        let mut n = 0;
        while n < max && is_digit(at(from + n)) {
            n += 1;
        }
        n
    };
    let d0 = digits(q, 4);
    if d0 == 0 {
        return ansi_final(at(q)).then_some(q + 1);
    }
    let mut r = q + d0;
    let mut fallback = r;
    while at(r) == u16::from(b';') {
        let k = digits(r + 1, 4);
        r += 1 + k;
        if k > 0 {
            fallback = r;
        }
    }
    Some(if ansi_final(at(r)) { r + 1 } else { fallback })
}

fn ansi_match(s: &[u16], start: usize) -> Option<usize> {
    let mut p = start + 1;
    while p < s.len() && ansi_prefix(s[p]) {
        p += 1;
    }
    (start + 1..=p).rev().find_map(|q| ansi_rest(s, q))
}

/// `str.replace(ansi, '')` with node's pattern.
fn strip_vt(s: &[u16]) -> std::borrow::Cow<'_, [u16]> {
    if !s.iter().any(|&c| c == 0x1b || c == 0x9b) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] == 0x1b || s[i] == 0x9b {
            if let Some(end) = ansi_match(s, i) {
                i = end;
                continue;
            }
        }
        out.push(s[i]);
        i += 1;
    }
    std::borrow::Cow::Owned(out)
}

fn strip_vt_js(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(js_str(&strip_vt(&arg_units(args, 0))))
}

fn cp_width(cp: u32) -> usize {
    if cp < 0x7f {
        return usize::from(cp >= 0x20);
    }
    let t = width::WIDTHS;
    match t.binary_search_by(|&(a, b, _)| {
        if cp < a {
            std::cmp::Ordering::Greater
        } else if cp > b {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Equal
        }
    }) {
        Ok(i) => usize::from(t[i].2),
        Err(_) => 1,
    }
}

fn units_width(s: &[u16]) -> usize {
    let mut w = 0;
    let mut i = 0;
    while i < s.len() {
        let c = u32::from(s[i]);
        if (0xd800..0xdc00).contains(&c) {
            if let Some(&n) = s.get(i + 1) {
                if (0xdc00..0xe000).contains(&n) {
                    w += cp_width(0x10000 + ((c - 0xd800) << 10) + (u32::from(n) - 0xdc00));
                    i += 2;
                    continue;
                }
            }
        }
        w += cp_width(c);
        i += 1;
    }
    w
}

/// node's ICU `getStringWidth`: ASCII counted directly; from the first other unit on, the rest
/// NFC-normalised (only text with a unit >= U+0300 can change) and summed per code point.
fn string_width(s: &[u16], remove_control: bool, ctx: &mut Context) -> JsResult<usize> {
    let s = if remove_control {
        strip_vt(s)
    } else {
        std::borrow::Cow::Borrowed(s)
    };
    let mut w = 0;
    for (i, &c) in s.iter().enumerate() {
        if c >= 127 {
            let rest = &s[i..];
            if rest.iter().any(|&c| c >= 0x300) {
                let proto = ctx.intrinsics().constructors().string().prototype();
                let normalize = proto.get(js_string!("normalize"), ctx)?;
                let normalized = match normalize.as_callable() {
                    Some(f) => f
                        .call(
                            &js_from_units(rest).into(),
                            &[js_string!("NFC").into()],
                            ctx,
                        )?
                        .to_string(ctx)?
                        .to_vec(),
                    None => rest.to_vec(),
                };
                return Ok(w + units_width(&normalized));
            }
            return Ok(w + units_width(rest));
        }
        w += usize::from(c >= 32);
    }
    Ok(w)
}

fn string_width_js(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let remove = args.get(1).is_none_or(JsValue::to_boolean);
    Ok(JsValue::from(
        string_width(&arg_units(args, 0), remove, ctx)? as f64,
    ))
}

// ---- numbers ----------------------------------------------------------------------------------

fn number_string(n: f64, ctx: &mut Context) -> JsResult<U> {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        return Ok(int_units(n as i64));
    }
    Ok(JsValue::from(n).to_string(ctx)?.to_vec())
}

/// The decimal digits of `n` (with a leading `-`).
fn int_units(n: i64) -> U {
    let mut digits = [0u16; 20];
    let mut i = digits.len();
    let mut m = n.unsigned_abs();
    loop {
        i -= 1;
        digits[i] = u16::from(b'0') + (m % 10) as u16;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    let mut out = Vec::with_capacity(digits.len() - i + 1);
    if n < 0 {
        out.push(u16::from(b'-'));
    }
    out.extend_from_slice(&digits[i..]);
    out
}

fn add_numeric_separator(s: &[u16]) -> U {
    let start = usize::from(s.first() == Some(&u16::from(b'-')));
    let mut i = s.len();
    let mut result: U = Vec::new();
    while i >= start + 4 {
        let mut part = vec![u16::from(b'_')];
        part.extend_from_slice(&s[i - 3..i]);
        part.extend_from_slice(&result);
        result = part;
        i -= 3;
    }
    if i == s.len() {
        return s.to_vec();
    }
    let mut out = s[..i].to_vec();
    out.extend_from_slice(&result);
    out
}

fn add_numeric_separator_end(s: &[u16]) -> U {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 3 < s.len() {
        out.extend_from_slice(&s[i..i + 3]);
        out.push(u16::from(b'_'));
        i += 3;
    }
    if i == 0 {
        return s.to_vec();
    }
    out.extend_from_slice(&s[i..]);
    out
}

/// inspect.js's `formatNumber` without the styling.
fn format_number(n: f64, separator: bool, ctx: &mut Context) -> JsResult<U> {
    if !separator {
        if n == 0.0 && n.is_sign_negative() {
            return Ok(units("-0"));
        }
        return number_string(n, ctx);
    }
    let s = number_string(n, ctx)?;
    if n.trunc() == n {
        if !n.is_finite() || s.contains(&u16::from(b'e')) {
            return Ok(s);
        }
        return Ok(add_numeric_separator(&s));
    }
    if n.is_nan() {
        return Ok(s);
    }
    // node slices around the '.', even when there is none ("1e-7" gives "1e-.1e-_7").
    let (int, frac) = match s.iter().position(|&c| c == u16::from(b'.')) {
        Some(d) => (&s[..d], &s[d + 1..]),
        None => (&s[..s.len().saturating_sub(1)], &s[..]),
    };
    let mut out = add_numeric_separator(int);
    out.push(u16::from(b'.'));
    out.extend(add_numeric_separator_end(frac));
    Ok(out)
}

fn format_bigint(b: &JsBigInt, separator: bool) -> U {
    let s = units(&b.to_string());
    let mut out = if separator {
        add_numeric_separator(&s)
    } else {
        s
    };
    out.push(u16::from(b'n'));
    out
}

fn plural(out: &mut U, n: f64, what: &str) {
    push(
        out,
        &format!("... {n} more {what}{}", if n > 1.0 { "s" } else { "" }),
    );
}

// ---- line breaking ----------------------------------------------------------------------------

/// The options `groupArrayElements` and `reduceToSingleString` read from inspect's ctx.
#[derive(Clone, Copy)]
struct Layout {
    compact_true: bool,
    /// `ctx.compact` when it is a number.
    compact_num: Option<f64>,
    break_length: f64,
    colors: bool,
    max_array_length: f64,
}

fn text_len(s: &[u16], colors: bool) -> usize {
    if colors {
        strip_vt(s).len()
    } else {
        s.len()
    }
}

fn is_below_break_length(l: &Layout, output: &[U], start: f64, base: &[u16]) -> bool {
    let mut total = output.len() as f64 + start;
    if total + output.len() as f64 > l.break_length {
        return false;
    }
    for o in output {
        total += text_len(o, l.colors) as f64;
        if total > l.break_length {
            return false;
        }
    }
    base.is_empty() || !base.contains(&10)
}

fn js_round(x: f64) -> f64 {
    (x + 0.5).floor()
}

/// node's `groupArrayElements`: arrays of more than 6 short entries in aligned columns.
/// `None` when the layout needs a non-integral column count (a non-integer `compact`).
fn group_array_elements(
    l: &Layout,
    indent: f64,
    output: Vec<U>,
    numeric: impl FnOnce(usize, &mut Context) -> JsResult<bool>,
    ctx: &mut Context,
) -> JsResult<Option<Vec<U>>> {
    let mut total_length = 0usize;
    let mut max_length = 0usize;
    let mut output_length = output.len();
    if l.max_array_length < output.len() as f64 {
        output_length = output_length.saturating_sub(1);
    }
    let separator_space = 2;
    let mut data_len = Vec::with_capacity(output_length);
    for o in &output[..output_length] {
        let len = string_width(o, l.colors, ctx)?;
        data_len.push(len);
        total_length += len + separator_space;
        max_length = max_length.max(len);
    }
    let actual_max = (max_length + separator_space) as f64;
    let total = total_length as f64;
    if actual_max * 3.0 + indent < l.break_length && (total / actual_max > 5.0 || max_length <= 6) {
        let average_bias = (actual_max - total / output.len() as f64).sqrt();
        let biased_max = (actual_max - 3.0 - average_bias).max(1.0);
        let compact = l.compact_num.unwrap_or(0.0);
        let columns = js_round((2.5 * biased_max * output_length as f64).sqrt() / biased_max)
            .min(((l.break_length - indent) / actual_max).floor())
            .min(compact * 4.0)
            .min(15.0);
        if columns.is_nan() || columns <= 1.0 {
            return Ok(Some(output));
        }
        if columns.fract() != 0.0 {
            return Ok(None);
        }
        let columns = columns as usize;
        let mut max_line_length = Vec::with_capacity(columns);
        for i in 0..columns {
            let mut line_length = 0;
            let mut j = i;
            while j < output.len() {
                if let Some(&d) = data_len.get(j) {
                    line_length = line_length.max(d);
                }
                j += columns;
            }
            max_line_length.push(line_length + separator_space);
        }
        let pad_start = numeric(output.len(), ctx)?;
        let mut tmp = Vec::new();
        let mut i = 0;
        while i < output_length {
            let max = (i + columns).min(output_length);
            let mut line: U = Vec::new();
            let mut j = i;
            while j + 1 < max {
                let mut cell = output[j].clone();
                push(&mut cell, ", ");
                let padding = max_line_length[j - i] + output[j].len() - data_len[j];
                pad(&mut line, &cell, padding, pad_start);
                j += 1;
            }
            if pad_start {
                let padding = (max_line_length[j - i] + output[j].len())
                    .saturating_sub(data_len[j] + separator_space);
                pad(&mut line, &output[j], padding, true);
            } else {
                line.extend_from_slice(&output[j]);
            }
            tmp.push(line);
            i += columns;
        }
        if l.max_array_length < output.len() as f64 {
            tmp.extend(output.get(output_length).cloned());
        }
        return Ok(Some(tmp));
    }
    Ok(Some(output))
}

fn pad(out: &mut U, s: &[u16], width: usize, start: bool) {
    let fill = width.saturating_sub(s.len());
    if start {
        out.extend(std::iter::repeat_n(u16::from(b' '), fill));
        out.extend_from_slice(s);
    } else {
        out.extend_from_slice(s);
        out.extend(std::iter::repeat_n(u16::from(b' '), fill));
    }
}

fn join(out: &mut U, output: &[U], sep: &[u16]) {
    for (i, o) in output.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(o);
    }
}

const K_OBJECT: u8 = 0;
const K_ARRAY_EXTRAS: u8 = 2;

/// node's `reduceToSingleString` (`None`: see `group_array_elements`).
#[allow(clippy::too_many_arguments)]
fn reduce_to_single_string(
    l: &Layout,
    indent: f64,
    current_depth: f64,
    recurse_times: f64,
    mut output: Vec<U>,
    base: &[u16],
    braces: (&[u16], &[u16]),
    extras_type: u8,
    numeric: impl FnOnce(usize, &mut Context) -> JsResult<bool>,
    ctx: &mut Context,
) -> JsResult<Option<U>> {
    let sp = u16::from(b' ');
    let indentation = || vec![sp; indent.max(0.0) as usize];
    let mut out = Vec::new();
    if !l.compact_true {
        if let Some(compact) = l.compact_num.filter(|&c| c >= 1.0) {
            let entries = output.len();
            if extras_type == K_ARRAY_EXTRAS && entries > 6 {
                match group_array_elements(l, indent, output, numeric, ctx)? {
                    Some(o) => output = o,
                    None => return Ok(None),
                }
            }
            if current_depth - recurse_times < compact && entries == output.len() {
                let start =
                    output.len() as f64 + indent + braces.0.len() as f64 + base.len() as f64 + 10.0;
                if is_below_break_length(l, &output, start, base) {
                    let mut joined = Vec::new();
                    join(&mut joined, &output, &units(", "));
                    if !joined.contains(&10) {
                        if !base.is_empty() {
                            out.extend_from_slice(base);
                            out.push(sp);
                        }
                        out.extend_from_slice(braces.0);
                        out.push(sp);
                        out.extend(joined);
                        out.push(sp);
                        out.extend_from_slice(braces.1);
                        return Ok(Some(out));
                    }
                }
            }
        }
        let mut ind = vec![10u16];
        ind.extend(indentation());
        if !base.is_empty() {
            out.extend_from_slice(base);
            out.push(sp);
        }
        out.extend_from_slice(braces.0);
        out.extend_from_slice(&ind);
        push(&mut out, "  ");
        let mut sep = vec![u16::from(b',')];
        sep.extend_from_slice(&ind);
        push(&mut sep, "  ");
        join(&mut out, &output, &sep);
        out.extend_from_slice(&ind);
        out.extend_from_slice(braces.1);
        return Ok(Some(out));
    }
    if is_below_break_length(l, &output, 0.0, base) {
        out.extend_from_slice(braces.0);
        if !base.is_empty() {
            out.push(sp);
            out.extend_from_slice(base);
        }
        out.push(sp);
        join(&mut out, &output, &units(", "));
        out.push(sp);
        out.extend_from_slice(braces.1);
        return Ok(Some(out));
    }
    let indentation = indentation();
    out.extend_from_slice(braces.0);
    if base.is_empty() && braces.0.len() == 1 {
        out.push(sp);
    } else {
        if !base.is_empty() {
            out.push(sp);
            out.extend_from_slice(base);
        }
        out.push(10);
        out.extend_from_slice(&indentation);
        push(&mut out, "  ");
    }
    let mut sep = units(",\n");
    sep.extend_from_slice(&indentation);
    push(&mut sep, "  ");
    join(&mut out, &output, &sep);
    out.push(sp);
    out.extend_from_slice(braces.1);
    Ok(Some(out))
}

fn get(o: &JsObject, key: &str, ctx: &mut Context) -> JsResult<JsValue> {
    o.get(JsString::from(key), ctx)
}

fn num_or(v: &JsValue, null_as: f64) -> Option<f64> {
    if v.is_null() {
        return Some(null_as);
    }
    v.as_number()
}

/// The layout options (`None` when one is not a number where it must be).
fn layout_from(
    compact: &JsValue,
    break_length: &JsValue,
    colors: &JsValue,
    max_array_length: &JsValue,
) -> Option<Layout> {
    Some(Layout {
        compact_true: compact.as_boolean() == Some(true),
        compact_num: compact.as_number(),
        break_length: break_length.as_number()?,
        colors: colors.to_boolean(),
        max_array_length: num_or(max_array_length, f64::INFINITY)?,
    })
}

fn layout_of(c: &JsObject, ctx: &mut Context) -> JsResult<Option<Layout>> {
    let compact = c.get(js_string!("compact"), ctx)?;
    let break_length = c.get(js_string!("breakLength"), ctx)?;
    let colors = c.get(js_string!("colors"), ctx)?;
    let max_array_length = c.get(js_string!("maxArrayLength"), ctx)?;
    Ok(layout_from(
        &compact,
        &break_length,
        &colors,
        &max_array_length,
    ))
}

/// inspect's options (the `inspectDefaultOptions` keys and `stylize`), each read once.
const OPTION_KEYS: [JsString; 13] = [
    js_string!("showHidden"),
    js_string!("depth"),
    js_string!("colors"),
    js_string!("customInspect"),
    js_string!("showProxy"),
    js_string!("maxArrayLength"),
    js_string!("maxStringLength"),
    js_string!("breakLength"),
    js_string!("compact"),
    js_string!("sorted"),
    js_string!("getters"),
    js_string!("numericSeparator"),
    js_string!("stylize"),
];

struct Opts([JsValue; 13]);

impl Opts {
    fn read(mut f: impl FnMut(&JsString) -> JsResult<JsValue>) -> JsResult<Self> {
        let mut v: [JsValue; 13] = Default::default();
        for (slot, key) in v.iter_mut().zip(OPTION_KEYS.iter()) {
            *slot = f(key)?;
        }
        Ok(Opts(v))
    }
    fn show_hidden(&self) -> &JsValue {
        &self.0[0]
    }
    fn show_proxy(&self) -> &JsValue {
        &self.0[4]
    }
    fn depth(&self) -> &JsValue {
        &self.0[1]
    }
    fn colors(&self) -> &JsValue {
        &self.0[2]
    }
    fn custom_inspect(&self) -> &JsValue {
        &self.0[3]
    }
    fn max_array_length(&self) -> &JsValue {
        &self.0[5]
    }
    fn max_string_length(&self) -> &JsValue {
        &self.0[6]
    }
    fn break_length(&self) -> &JsValue {
        &self.0[7]
    }
    fn compact(&self) -> &JsValue {
        &self.0[8]
    }
    fn sorted(&self) -> &JsValue {
        &self.0[9]
    }
    fn getters(&self) -> &JsValue {
        &self.0[10]
    }
    fn numeric_separator(&self) -> &JsValue {
        &self.0[11]
    }
    fn stylize(&self) -> &JsValue {
        &self.0[12]
    }
}

fn units_array(v: Option<&JsValue>, ctx: &mut Context) -> JsResult<Vec<U>> {
    let Some(arr) = v.and_then(JsValue::as_object) else {
        return Ok(Vec::new());
    };
    let len = get(&arr, "length", ctx)?.to_length(ctx)?;
    let mut out = Vec::with_capacity(len as usize);
    for i in 0..len {
        out.push(arr.get(i, ctx)?.to_string(ctx)?.to_vec());
    }
    Ok(out)
}

/// Whether `value[i]` is a number or bigint for every `i < n` (groupArrayElements pads those
/// to the right).
fn all_numeric(value: &JsValue, n: usize, ctx: &mut Context) -> JsResult<bool> {
    let Some(o) = value.as_object() else {
        return Ok(false);
    };
    for i in 0..n {
        let v = o.get(i, ctx)?;
        if !v.is_number() && !v.is_bigint() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value)`, or
/// undefined when JS must do it.
fn reduce_js(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(c) = args.first().and_then(JsValue::as_object) else {
        return Ok(JsValue::undefined());
    };
    let Some(l) = layout_of(&c, ctx)? else {
        return Ok(JsValue::undefined());
    };
    let indent = get(&c, "indentationLvl", ctx)?.to_number(ctx)?;
    let current_depth = get(&c, "currentDepth", ctx)?.to_number(ctx)?;
    let output = units_array(args.get(1), ctx)?;
    let base = arg_units(args, 2);
    let braces = units_array(args.get(3), ctx)?;
    let extras_type = args.get(4).and_then(JsValue::as_number).unwrap_or(0.0) as u8;
    let recurse_times = args.get(5).and_then(JsValue::as_number).unwrap_or(0.0);
    let value = args.get(6).cloned().unwrap_or_default();
    let (b0, b1) = (
        braces.first().map_or(&[][..], |b| &b[..]),
        braces.get(1).map_or(&[][..], |b| &b[..]),
    );
    let res = reduce_to_single_string(
        &l,
        indent,
        current_depth,
        recurse_times,
        output,
        &base,
        (b0, b1),
        extras_type,
        |n, ctx| all_numeric(&value, n, ctx),
        ctx,
    )?;
    Ok(res.map_or(JsValue::undefined(), |r| js_str(&r)))
}

// ---- the fast path: whole trees of plain data -------------------------------------------------

/// Why the fast path stopped: a JS error, or a value only inspect.js can format (nothing
/// observable happened yet).
enum Fail {
    Bail,
    /// Nested deeper than `MAX_NESTING`: JS formats the top levels.
    Deep,
    Js(JsError),
}

impl From<JsError> for Fail {
    fn from(e: JsError) -> Self {
        Fail::Js(e)
    }
}

type R<T> = Result<T, Fail>;

/// Nesting the fast path handles within wasmtime's default native stack: deeper values are
/// handed to JS (`Fail::Deep`).
const MAX_NESTING: usize = 200;

/// Nesting at which inspect.js, like node 20 running out of V8 stack about there, prints the
/// 'Inspection interrupted prematurely' marker instead of the object (`kMaxNesting`).
const K_MAX_NESTING: usize = 1000;

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Array,
    Map,
    Set,
    Typed(TypedArrayKind),
    Date,
    RegExp,
    Function,
    Promise,
    WeakMap,
    WeakSet,
    Number,
    Boolean,
    BigInt,
    Symbol,
    Plain,
}

/// What inspect.js's `internalType` would say, for the types handled here; `None` for the
/// rest (proxies, errors, buffers, iterators, generators, boxed strings, arguments objects,
/// module namespaces...).
fn kind_of(o: &JsObject) -> Option<Kind> {
    use boa_engine::builtins;
    if o.is_array() {
        return Some(Kind::Array);
    }
    if o.is::<OrderedMap<JsValue>>() {
        return Some(Kind::Map);
    }
    if o.is::<OrderedSet>() {
        return Some(Kind::Set);
    }
    if let Some(t) = o.downcast_ref::<builtins::typed_array::TypedArray>() {
        return Some(Kind::Typed(t.kind()));
    }
    if o.is::<builtins::proxy::Proxy>()
        || o.is::<builtins::error::Error>()
        || o.is::<boa_engine::module::ModuleNamespace>()
    {
        return None;
    }
    if o.is::<builtins::date::Date>() {
        return Some(Kind::Date);
    }
    if o.is::<builtins::regexp::RegExp>() {
        return Some(Kind::RegExp);
    }
    if o.is::<builtins::promise::Promise>() {
        return Some(Kind::Promise);
    }
    if boa_engine::object::builtins::JsWeakMap::from_object(o.clone()).is_ok() {
        return Some(Kind::WeakMap);
    }
    if boa_engine::object::builtins::JsWeakSet::from_object(o.clone()).is_ok() {
        return Some(Kind::WeakSet);
    }
    if o.is::<f64>() {
        return Some(Kind::Number);
    }
    if o.is::<bool>() {
        return Some(Kind::Boolean);
    }
    if o.is::<JsBigInt>() {
        return Some(Kind::BigInt);
    }
    if o.is::<JsSymbol>() {
        return Some(Kind::Symbol);
    }
    if o.is::<JsString>()
        || o.is::<builtins::array_buffer::ArrayBuffer>()
        || o.is::<builtins::array_buffer::SharedArrayBuffer>()
        || o.is::<builtins::dataview::DataView>()
        || o.is::<builtins::generator::Generator>()
        || o.is::<builtins::async_generator::AsyncGenerator>()
        || o.is::<boa_engine::module::ModuleNamespace>()
    {
        return None;
    }
    if o.is_callable() {
        return Some(Kind::Function);
    }
    // Map/Set iterators and arguments objects are iterable plain objects: `raw` checks them.
    Some(Kind::Plain)
}

/// V8's class name of an object of this kind (a plain object's is "Object").
fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Array => "Array",
        Kind::Map => "Map",
        Kind::Set => "Set",
        Kind::Typed(k) => typed_name(k),
        Kind::Date => "Date",
        Kind::RegExp => "RegExp",
        Kind::Function => "Function",
        Kind::Promise => "Promise",
        Kind::WeakMap => "WeakMap",
        Kind::WeakSet => "WeakSet",
        Kind::Number => "Number",
        Kind::Boolean => "Boolean",
        Kind::BigInt => "BigInt",
        Kind::Symbol => "Symbol",
        Kind::Plain => "Object",
    }
}

fn typed_name(k: TypedArrayKind) -> &'static str {
    match k {
        TypedArrayKind::Int8 => "Int8Array",
        TypedArrayKind::Uint8 => "Uint8Array",
        TypedArrayKind::Uint8Clamped => "Uint8ClampedArray",
        TypedArrayKind::Int16 => "Int16Array",
        TypedArrayKind::Uint16 => "Uint16Array",
        TypedArrayKind::Int32 => "Int32Array",
        TypedArrayKind::Uint32 => "Uint32Array",
        TypedArrayKind::BigInt64 => "BigInt64Array",
        TypedArrayKind::BigUint64 => "BigUint64Array",
        TypedArrayKind::Float16 => "Float16Array",
        TypedArrayKind::Float32 => "Float32Array",
        TypedArrayKind::Float64 => "Float64Array",
    }
}

/// An own property, read without running any code: fine for every object but proxies (checked
/// by the callers) and the exotic ones `kind_of` leaves to JS; for typed arrays only for keys
/// that are not indices.
fn own(o: &JsObject, key: &PropertyKey) -> Option<PropertyDescriptor> {
    o.borrow().properties().get(key)
}

fn is_proxy(o: &JsObject) -> bool {
    o.is::<boa_engine::builtins::proxy::Proxy>()
}

/// A property found on an object or its prototype chain without running code.
#[derive(Clone)]
enum Found {
    Data(JsValue),
    Accessor(PropertyDescriptor),
    Missing,
}

fn lookup(o: &JsObject, key: &PropertyKey) -> R<Found> {
    let mut cur = Some(o.clone());
    let mut hops = 0;
    while let Some(obj) = cur {
        if is_proxy(&obj) || obj.is::<JsString>() || hops > 10_000 {
            return Err(Fail::Bail);
        }
        if let Some(d) = own(&obj, key) {
            if d.is_accessor_descriptor() {
                return Ok(Found::Accessor(d));
            }
            return Ok(Found::Data(d.value().cloned().unwrap_or_default()));
        }
        cur = obj.prototype();
        hops += 1;
    }
    Ok(Found::Missing)
}

/// Whether a Set or Map reads `size` and `[Symbol.iterator]` unchanged from `proto`, its
/// intrinsic prototype: node's formatSet/formatMap count with `value.size` and iterate the value
/// itself, so an override, another prototype or none is inspect.js's to follow.
fn standard_collection(o: &JsObject, proto: &JsObject) -> R<bool> {
    let iterator: PropertyKey = JsSymbol::iterator().into();
    let size_ok = match (
        lookup(o, &key!("size"))?,
        own(proto, &key!("size")).and_then(|d| d.get().cloned()),
    ) {
        (Found::Accessor(d), Some(g)) => d.get() == Some(&g),
        _ => false,
    };
    let iterator_ok = match (
        lookup(o, &iterator)?,
        own(proto, &iterator).and_then(|d| d.value().cloned()),
    ) {
        (Found::Data(v), Some(f)) => v == f,
        _ => false,
    };
    Ok(size_ok && iterator_ok)
}

/// `o[key]` when no getter is involved (else bail).
fn data_get(o: &JsObject, key: &PropertyKey) -> R<JsValue> {
    match lookup(o, key)? {
        Found::Data(v) => Ok(v),
        Found::Missing => Ok(JsValue::undefined()),
        Found::Accessor(_) => Err(Fail::Bail),
    }
}

/// An array's `length` (an own data property).
fn array_length(o: &JsObject) -> u64 {
    own(o, &key!("length"))
        .and_then(|d| d.value().and_then(JsValue::as_number))
        .map_or(0, |n| n as u64)
}

/// The text of `${v}` for a primitive (bail for objects and symbols, whose conversion runs code
/// or throws).
fn prim_text(v: &JsValue, ctx: &mut Context) -> R<U> {
    if v.is_object() || v.is_symbol() {
        return Err(Fail::Bail);
    }
    Ok(v.to_string(ctx)?.to_vec())
}

#[derive(Clone)]
struct ProtoInfo {
    constructor: Option<U>,
    tag: Found,
    iterable: bool,
}

struct Fast {
    inspect_fn: JsObject,
    /// `Symbol.for('nodejs.util.inspect.custom')`.
    custom: JsSymbol,
    depth: Option<f64>,
    layout: Layout,
    compact_true: bool,
    sorted: bool,
    numeric_separator: bool,
    max_string_length: f64,
    custom_inspect: bool,
    getters: JsValue,
    indent: f64,
    current_depth: f64,
    js_seen: Vec<JsObject>,
    seen: Vec<JsObject>,
    circular: Vec<(JsObject, u32)>,
    /// inspect.js's `ctx.circular` map when it had one on entry, and how many of `circular`'s
    /// entries came from it.
    circular_map: Option<JsMap>,
    circular_imported: usize,
    /// `(indentationLvl, ctx.budget[lvl] at entry, added here)`.
    budget: Vec<(f64, f64, f64)>,
    budget_obj: Option<JsObject>,
    depth_cut: bool,
    styles: Vec<(&'static str, Option<(U, U)>)>,
    obj_proto: JsObject,
    fn_proto: JsObject,
    typed_proto: JsObject,
    error_proto: JsObject,
    /// `Function.prototype[Symbol.hasInstance]` and `%TypedArray%.prototype`'s toStringTag
    /// getter, read on first need.
    has_instance: OnceCell<Option<JsObject>>,
    typed_tag_getter: OnceCell<Option<JsObject>>,
    proto_cache: Vec<(JsObject, ProtoInfo)>,
}

impl Fast {
    fn stylize(&mut self, mut s: U, style: &'static str, ctx: &mut Context) -> R<U> {
        if !self.layout.colors {
            return Ok(s);
        }
        let codes = if let Some((_, c)) = self.styles.iter().find(|(n, _)| *n == style) {
            c.clone()
        } else {
            let c = self.style_codes(style, ctx)?;
            self.styles.push((style, c.clone()));
            c
        };
        if let Some((open, close)) = codes {
            let mut out = Vec::with_capacity(s.len() + 10);
            push(&mut out, "\u{1b}[");
            out.extend(open);
            out.push(u16::from(b'm'));
            out.append(&mut s);
            push(&mut out, "\u{1b}[");
            out.extend(close);
            out.push(u16::from(b'm'));
            return Ok(out);
        }
        Ok(s)
    }

    /// `inspect.colors[inspect.styles[style]]` as the two SGR numbers.
    fn style_codes(&self, style: &str, ctx: &mut Context) -> R<Option<(U, U)>> {
        let styles = get(&self.inspect_fn, "styles", ctx)?;
        let Some(styles) = styles.as_object() else {
            return Err(Fail::Bail);
        };
        let name = get(&styles, style, ctx)?;
        if name.is_undefined() {
            return Ok(None);
        }
        let Some(name) = name.as_string() else {
            return Err(Fail::Bail);
        };
        let colors = get(&self.inspect_fn, "colors", ctx)?;
        let Some(colors) = colors.as_object() else {
            return Err(Fail::Bail);
        };
        let color = colors.get(name, ctx)?;
        if color.is_undefined() {
            return Ok(None);
        }
        let Some(color) = color.as_object() else {
            return Err(Fail::Bail);
        };
        let open = prim_text(&color.get(0, ctx)?, ctx)?;
        let close = prim_text(&color.get(1, ctx)?, ctx)?;
        Ok(Some((open, close)))
    }

    fn beyond_depth(&self, recurse: f64) -> bool {
        self.depth.is_some_and(|d| recurse > d)
    }

    fn value(&mut self, v: &JsValue, recurse: f64, ctx: &mut Context) -> R<U> {
        let o = match v.variant() {
            JsVariant::Object(o) => o.clone(),
            JsVariant::Null => return self.stylize(units("null"), "null", ctx),
            _ => return self.primitive(v, ctx),
        };
        if is_proxy(&o) {
            return Err(Fail::Bail);
        }
        if self.custom_inspect {
            {
                match lookup(&o, &self.custom.clone().into())? {
                    Found::Accessor(_) => return Err(Fail::Bail),
                    Found::Data(f) => {
                        if let Some(f) = f.as_callable() {
                            if !JsObject::equals(&f, &self.inspect_fn)
                                && !self.is_prototype_object(&o)
                            {
                                return Err(Fail::Bail);
                            }
                        }
                    }
                    Found::Missing => {}
                }
            }
        }
        // A URL without its own inspect prints as its href (inspect.js's isURL reads getters).
        if !self.custom_inspect && !matches!(lookup(&o, &key!("href"))?, Found::Missing) {
            return Err(Fail::Bail);
        }
        // A reference back to an object being formatted, here or by inspect.js further up (the
        // numbers go to inspect.js's `ctx.circular` on success).
        if self
            .seen
            .iter()
            .chain(&self.js_seen)
            .any(|s| JsObject::equals(s, &o))
        {
            let index = match self.circular.iter().find(|(c, _)| JsObject::equals(c, &o)) {
                Some((_, i)) => *i,
                None => {
                    let i = self.circular.len() as u32 + 1;
                    self.circular.push((o.clone(), i));
                    i
                }
            };
            return self.stylize(units(&format!("[Circular *{index}]")), "special", ctx);
        }
        if self.seen.len() >= MAX_NESTING {
            return Err(Fail::Deep);
        }
        self.raw(&o, recurse, ctx)
    }

    /// `value.constructor && value.constructor.prototype === value`, read as inspect.js does.
    fn is_prototype_object(&self, o: &JsObject) -> bool {
        let Some(c) = own(o, &key!("constructor")).and_then(|d| d.value().cloned()) else {
            return false;
        };
        let Some(c) = c.as_object() else {
            return false;
        };
        own(&c, &key!("prototype"))
            .and_then(|d| d.value().and_then(JsValue::as_object))
            .is_some_and(|p| JsObject::equals(&p, o))
    }

    fn primitive(&mut self, v: &JsValue, ctx: &mut Context) -> R<U> {
        match v.variant() {
            JsVariant::String(s) => {
                let mut s = s.to_vec();
                let mut trailer = Vec::new();
                if s.len() as f64 > self.max_string_length {
                    // `value.slice(0, max)`: a negative max counts from the end.
                    let len = s.len() as f64;
                    let remaining = len - self.max_string_length;
                    let max = if self.max_string_length < 0.0 {
                        (len + self.max_string_length).max(0.0)
                    } else {
                        self.max_string_length
                    };
                    s.truncate(max as usize);
                    push(
                        &mut trailer,
                        &format!(
                            "... {remaining} more character{}",
                            if remaining > 1.0 { "s" } else { "" }
                        ),
                    );
                }
                let mut out = Vec::new();
                if !self.compact_true
                    && s.len() > 16
                    && s.len() as f64 > self.layout.break_length - self.indent - 4.0
                {
                    let mut sep = units(" +\n");
                    sep.extend(std::iter::repeat_n(
                        u16::from(b' '),
                        self.indent as usize + 2,
                    ));
                    let mut start = 0;
                    let mut first = true;
                    while start < s.len() {
                        let end = s[start..]
                            .iter()
                            .position(|&c| c == 10)
                            .map_or(s.len(), |p| start + p + 1);
                        if !first {
                            out.extend_from_slice(&sep);
                        }
                        first = false;
                        let mut q = Vec::new();
                        str_escape(&s[start..end], &mut q);
                        out.extend(self.stylize(q, "string", ctx)?);
                        start = end;
                    }
                } else {
                    let mut q = Vec::new();
                    str_escape(&s, &mut q);
                    out = self.stylize(q, "string", ctx)?;
                }
                out.extend(trailer);
                Ok(out)
            }
            JsVariant::Float64(_) | JsVariant::Integer32(_) => {
                let n = v.as_number().unwrap_or(f64::NAN);
                let s = format_number(n, self.numeric_separator, ctx)?;
                self.stylize(s, "number", ctx)
            }
            JsVariant::BigInt(b) => {
                let s = format_bigint(&b, self.numeric_separator);
                self.stylize(s, "bigint", ctx)
            }
            JsVariant::Boolean(b) => {
                self.stylize(units(if b { "true" } else { "false" }), "boolean", ctx)
            }
            JsVariant::Undefined => self.stylize(units("undefined"), "undefined", ctx),
            JsVariant::Symbol(s) => {
                let d = s.descriptive_string().to_vec();
                self.stylize(d, "symbol", ctx)
            }
            JsVariant::Null => self.stylize(units("null"), "null", ctx),
            JsVariant::Object(_) => Err(Fail::Bail),
        }
    }

    /// `o instanceof c` when that runs no code: the default `Symbol.hasInstance` and a data
    /// `prototype` (else bail).
    fn instance_of(&self, o: &JsObject, c: &JsObject) -> R<bool> {
        match lookup(c, &JsSymbol::has_instance().into())? {
            Found::Data(h) => {
                let default = self
                    .has_instance
                    .get_or_init(|| {
                        own(&self.fn_proto, &JsSymbol::has_instance().into())
                            .and_then(|d| d.value().and_then(JsValue::as_object))
                    })
                    .as_ref()
                    .zip(h.as_object())
                    .is_some_and(|(a, b)| JsObject::equals(a, &b));
                if !default {
                    return Err(Fail::Bail);
                }
            }
            _ => return Err(Fail::Bail),
        }
        if c.is::<boa_engine::builtins::function::BoundFunction>() {
            return Err(Fail::Bail);
        }
        let Some(p) = data_get(c, &key!("prototype"))?.as_object() else {
            // instanceof throws a TypeError, which inspect.js's isInstanceof answers false for.
            return Ok(false);
        };
        let mut cur = o.prototype();
        let mut hops = 0;
        while let Some(x) = cur {
            if is_proxy(&x) || hops > 10_000 {
                return Err(Fail::Bail);
            }
            if JsObject::equals(&x, &p) {
                return Ok(true);
            }
            cur = x.prototype();
            hops += 1;
        }
        Ok(false)
    }

    /// inspect.js's `getConstructorName`: `None` for a null prototype chain without one; bail
    /// for the `<Complex prototype>` forms.
    fn constructor_name(&self, o: &JsObject) -> R<Option<U>> {
        let mut cur = Some(o.clone());
        let mut first: Option<Option<JsObject>> = None;
        let mut hops = 0;
        while let Some(obj) = cur {
            if is_proxy(&obj) || hops > 10_000 {
                return Err(Fail::Bail);
            }
            // node names what inherits the intrinsic Object/Function prototypes by them, even
            // when their `constructor` was tampered with.
            if hops > 0 && JsObject::equals(&obj, &self.obj_proto) {
                return Ok(Some(units("Object")));
            }
            if hops > 0 && JsObject::equals(&obj, &self.fn_proto) {
                return Ok(Some(units("Function")));
            }
            if let Some(c) = own(&obj, &key!("constructor"))
                .and_then(|d| d.value().cloned())
                .and_then(|v| v.as_callable())
            {
                let name = data_get(&c, &key!("name"))?;
                let empty = name.as_string().is_some_and(|s| s.is_empty());
                if !empty && self.instance_of(o, &c)? {
                    return match name.as_string() {
                        Some(s) => Ok(Some(s.to_vec())),
                        None => Err(Fail::Bail),
                    };
                }
            }
            cur = obj.prototype();
            if first.is_none() {
                first = Some(cur.clone());
            }
            hops += 1;
        }
        match first {
            Some(None) => Ok(None),
            _ => Err(Fail::Bail),
        }
    }

    /// What `o`'s prototype chain says: the constructor name, the `Symbol.toStringTag`
    /// lookup and whether `Symbol.iterator in o`. Objects without those own keys share a
    /// prototype's answer, cached for the call (no code runs during it).
    fn proto_info(&mut self, o: &JsObject) -> R<ProtoInfo> {
        let tag_key: PropertyKey = JsSymbol::to_string_tag().into();
        let cacheable = own(o, &key!("constructor")).is_none()
            && own(o, &tag_key).is_none()
            && own(o, &JsSymbol::iterator().into()).is_none();
        let proto = o.prototype().filter(|_| cacheable);
        if let Some(p) = &proto {
            if let Some((_, info)) = self
                .proto_cache
                .iter()
                .find(|(k, _)| JsObject::equals(k, p))
            {
                return Ok(info.clone());
            }
        }
        let info = ProtoInfo {
            constructor: self.constructor_name(o)?,
            tag: lookup(o, &tag_key)?,
            iterable: matches!(
                lookup(o, &JsSymbol::iterator().into())?,
                Found::Data(_) | Found::Accessor(_)
            ),
        };
        if let Some(p) = proto {
            self.proto_cache.push((p, info.clone()));
        }
        Ok(info)
    }

    /// The `Symbol.toStringTag` inspect.js shows: a string not an own enumerable property.
    fn tag(&self, o: &JsObject, kind: Kind, found: Found) -> R<U> {
        let key: PropertyKey = JsSymbol::to_string_tag().into();
        let tag = match found {
            Found::Data(v) => v,
            Found::Missing => JsValue::undefined(),
            Found::Accessor(d) => {
                let intrinsic = d
                    .get()
                    .and_then(JsValue::as_object)
                    .zip(
                        self.typed_tag_getter
                            .get_or_init(|| {
                                own(&self.typed_proto, &JsSymbol::to_string_tag().into())
                                    .and_then(|d| d.get().and_then(JsValue::as_object))
                            })
                            .as_ref(),
                    )
                    .is_some_and(|(g, t)| JsObject::equals(&g, t));
                match kind {
                    Kind::Typed(k) if intrinsic => js_string!(typed_name(k)).into(),
                    _ => return Err(Fail::Bail),
                }
            }
        };
        let Some(tag) = tag.as_string() else {
            return Ok(Vec::new());
        };
        if !tag.is_empty() && own(o, &key).is_some_and(|d| d.enumerable() == Some(true)) {
            return Ok(Vec::new());
        }
        Ok(tag.to_vec())
    }

    /// The enumerable own keys (`Object.keys` then enumerable symbols), without array indices
    /// when `skip_index`.
    fn keys(
        &self,
        o: &JsObject,
        skip_index: bool,
        ctx: &mut Context,
    ) -> R<Vec<(PropertyKey, PropertyDescriptor)>> {
        let all = o.own_property_keys(ctx)?;
        let mut strings = Vec::new();
        let mut symbols = Vec::new();
        for k in all {
            if skip_index && matches!(k, PropertyKey::Index(_)) {
                continue;
            }
            let Some(d) = own(o, &k) else {
                continue;
            };
            if d.enumerable() != Some(true) {
                continue;
            }
            if matches!(k, PropertyKey::Symbol(_)) {
                symbols.push((k, d));
            } else {
                strings.push((k, d));
            }
        }
        strings.extend(symbols);
        Ok(strings)
    }

    fn prefix(constructor: &Option<U>, tag: &[u16], fallback: &str, size: &str) -> U {
        Self::prefix_units(constructor, tag, &units(fallback), size)
    }

    fn prefix_units(constructor: &Option<U>, tag: &[u16], fallback: &[u16], size: &str) -> U {
        let mut out = Vec::new();
        match constructor {
            None => {
                out.push(u16::from(b'['));
                out.extend_from_slice(fallback);
                push(&mut out, &format!("{size}: null prototype] "));
                if !tag.is_empty() && tag != fallback {
                    out.pop();
                    push(&mut out, " [");
                    out.extend_from_slice(tag);
                    push(&mut out, "] ");
                }
            }
            Some(c) => {
                out.extend_from_slice(c);
                push(&mut out, size);
                if !tag.is_empty() && c[..] != tag[..] {
                    push(&mut out, " [");
                    out.extend_from_slice(tag);
                    push(&mut out, "]");
                }
                out.push(u16::from(b' '));
            }
        }
        out
    }

    /// inspect.js's `getCtxStyle`: the prefix of an object shown as `Name {`, where a
    /// null-prototype one is named as V8's GetConstructorName answers: by its built-in kind,
    /// or a plain object by its own `Symbol.toStringTag` data string (`[Tag: null prototype]`).
    fn ctx_style(o: &JsObject, kind: Kind, constructor: &Option<U>, tag: &[u16]) -> U {
        if constructor.is_some() {
            return Self::prefix(constructor, tag, "", "");
        }
        let mut fallback = match kind {
            Kind::Plain => own(o, &JsSymbol::to_string_tag().into())
                .and_then(|d| d.value().and_then(JsValue::as_string))
                .map_or_else(|| units("Object"), |s| s.to_vec()),
            _ => units(kind_name(kind)),
        };
        if fallback == tag {
            fallback = units("Object");
        }
        Self::prefix_units(constructor, tag, &fallback, "")
    }

    fn function_base(
        &self,
        f: &JsObject,
        constructor: &Option<U>,
        tag: &[u16],
        ctx: &mut Context,
    ) -> R<U> {
        let proto = ctx.intrinsics().constructors().function().prototype();
        let to_string = data_get(&proto, &key!("toString"))?;
        let Some(to_string) = to_string
            .as_object()
            .filter(|t| t.is::<NativeFunctionObject>())
        else {
            return Err(Fail::Bail);
        };
        let text = match to_string.call(&f.clone().into(), &[], ctx) {
            Ok(v) => v.as_string().map(|s| s.to_vec()).unwrap_or_default(),
            Err(_) => Vec::new(),
        };
        let starts = |p: &str| starts_ascii(&text, p);
        let native = text.ends_with(&units("{ [native code] }"));
        if native && !f.is::<NativeFunctionObject>() {
            if let Some(d) = own(f, &key!("prototype")) {
                if d.writable() == Some(false) {
                    return self.class_base(f, constructor, tag);
                }
            }
        }
        // node's getFunctionBase: `class ... {` without a `(` before its first `{` is a class;
        // with one, its comment-stripping regexp decides (inspect.js).
        if starts("class") && text.len() > 5 && text.last() == Some(&u16::from(b'}')) {
            let slice = &text[5..text.len() - 1];
            if let Some(brace) = slice.iter().position(|&c| c == u16::from(b'{')) {
                if slice[..brace].contains(&u16::from(b'(')) {
                    return Err(Fail::Bail);
                }
                return self.class_base(f, constructor, tag);
            }
        }
        // The constructor names the kind of a function whose source the engine does not keep,
        // but never of a bound function (node: `[Function: bound f] AsyncFunction`).
        let bound = f.is::<boa_engine::builtins::function::BoundFunction>();
        let is_constructor =
            |n: &str| !bound && constructor.as_ref().is_some_and(|c| eq_ascii(c, n));
        let async_star = || {
            if !starts("async") {
                return false;
            }
            let rest = &text[5..];
            let ws = rest.iter().take_while(|&&c| is_js_space(c)).count();
            rest.get(ws) == Some(&u16::from(b'*'))
        };
        let kind = if starts("async function*") || async_star() {
            "AsyncGeneratorFunction"
        } else if starts("function*") || starts("*") {
            "GeneratorFunction"
        } else if starts("async") || is_constructor("AsyncFunction") {
            "AsyncFunction"
        } else if is_constructor("GeneratorFunction") {
            "GeneratorFunction"
        } else if is_constructor("AsyncGeneratorFunction") {
            "AsyncGeneratorFunction"
        } else {
            "Function"
        };
        let mut base = units(&format!("[{kind}"));
        if constructor.is_none() {
            push(&mut base, " (null prototype)");
        }
        let name = data_get(f, &key!("name"))?;
        if name.as_string().is_some_and(|s| s.is_empty()) {
            push(&mut base, " (anonymous)");
        } else {
            push(&mut base, ": ");
            base.extend(prim_text(&name, ctx)?);
        }
        push(&mut base, "]");
        if let Some(c) = constructor {
            if !eq_ascii(c, kind) {
                base.push(u16::from(b' '));
                base.extend_from_slice(c);
            }
        }
        if !tag.is_empty() && constructor.as_ref().is_none_or(|c| c[..] != tag[..]) {
            push(&mut base, " [");
            base.extend_from_slice(tag);
            push(&mut base, "]");
        }
        Ok(base)
    }

    fn class_base(&self, f: &JsObject, constructor: &Option<U>, tag: &[u16]) -> R<U> {
        let mut name = Vec::new();
        if let Some(d) = own(f, &key!("name")) {
            if d.is_accessor_descriptor() {
                return Err(Fail::Bail);
            }
            let v = d.value().cloned().unwrap_or_default();
            if v.to_boolean() {
                match v.as_string() {
                    Some(s) => name = s.to_vec(),
                    None => return Err(Fail::Bail),
                }
            }
        }
        if name.is_empty() {
            name = units("(anonymous)");
        }
        let mut base = units("[class ");
        base.extend(name);
        if let Some(c) = constructor {
            if !eq_ascii(c, "Function") {
                push(&mut base, " [");
                base.extend_from_slice(c);
                push(&mut base, "]");
            }
        }
        if !tag.is_empty() && constructor.as_ref().is_none_or(|c| c[..] != tag[..]) {
            push(&mut base, " [");
            base.extend_from_slice(tag);
            push(&mut base, "]");
        }
        if constructor.is_some() {
            if let Some(p) = f.prototype() {
                let sup = data_get(&p, &key!("name"))?;
                if sup.to_boolean() {
                    let Some(s) = sup.as_string() else {
                        return Err(Fail::Bail);
                    };
                    push(&mut base, " extends ");
                    base.extend(s.to_vec());
                }
            }
        } else {
            push(&mut base, " extends [null prototype]");
        }
        base.push(u16::from(b']'));
        Ok(base)
    }

    fn boxed_base(
        &mut self,
        o: &JsObject,
        kind: Kind,
        constructor: &Option<U>,
        tag: &[u16],
        has_keys: bool,
        ctx: &mut Context,
    ) -> R<U> {
        let (t, prim): (&str, JsValue) = match kind {
            Kind::Number => (
                "Number",
                o.downcast_ref::<f64>()
                    .map(|n| JsValue::from(*n))
                    .unwrap_or_default(),
            ),
            Kind::Boolean => (
                "Boolean",
                o.downcast_ref::<bool>()
                    .map(|b| JsValue::from(*b))
                    .unwrap_or_default(),
            ),
            Kind::BigInt => (
                "BigInt",
                o.downcast_ref::<JsBigInt>()
                    .map(|b| JsValue::from(b.clone()))
                    .unwrap_or_default(),
            ),
            _ => (
                "Symbol",
                o.downcast_ref::<JsSymbol>()
                    .map(|s| JsValue::from(s.clone()))
                    .unwrap_or_default(),
            ),
        };
        let mut base = units(&format!("[{t}"));
        match constructor {
            None => push(&mut base, " (null prototype)"),
            Some(c) if !eq_ascii(c, t) => {
                push(&mut base, " (");
                base.extend_from_slice(c);
                push(&mut base, ")");
            }
            _ => {}
        }
        push(&mut base, ": ");
        let colors = self.layout.colors;
        self.layout.colors = false;
        let p = self.primitive(&prim, ctx);
        self.layout.colors = colors;
        base.extend(p?);
        base.push(u16::from(b']'));
        if !tag.is_empty() && constructor.as_ref().is_none_or(|c| c[..] != tag[..]) {
            push(&mut base, " [");
            base.extend_from_slice(tag);
            push(&mut base, "]");
        }
        if has_keys || !colors {
            return Ok(base);
        }
        self.stylize(
            base,
            match kind {
                Kind::Number => "number",
                Kind::Boolean => "boolean",
                Kind::BigInt => "bigint",
                _ => "symbol",
            },
            ctx,
        )
    }

    fn is_error_like(&self, o: &JsObject) -> R<bool> {
        let mut cur = o.prototype();
        let mut hops = 0;
        while let Some(x) = cur {
            if is_proxy(&x) || hops > 10_000 {
                return Err(Fail::Bail);
            }
            if JsObject::equals(&x, &self.error_proto) {
                return Ok(true);
            }
            cur = x.prototype();
            hops += 1;
        }
        Ok(false)
    }

    #[allow(clippy::too_many_lines)]
    fn raw(&mut self, o: &JsObject, recurse: f64, ctx: &mut Context) -> R<U> {
        let Some(kind) = kind_of(o) else {
            return Err(Fail::Bail);
        };
        let ProtoInfo {
            constructor,
            tag,
            iterable,
        } = self.proto_info(o)?;
        let tag = self.tag(o, kind, tag)?;
        let mut base: U = Vec::new();
        let mut braces: (U, U) = (units("{"), units("}"));
        let mut extras = K_OBJECT;
        let mut keys: Vec<(PropertyKey, PropertyDescriptor)>;
        let mut no_iterator = true;
        if iterable || constructor.is_none() {
            if kind == Kind::Plain
                && (boa_engine::object::builtins::JsMapIterator::from_object(o.clone()).is_ok()
                    || boa_engine::object::builtins::JsSetIterator::from_object(o.clone()).is_ok()
                    || own(o, &key!("callee")).is_some())
            {
                // Map/Set iterators and arguments objects are left to JS.
                return Err(Fail::Bail);
            }
            no_iterator = false;
            match kind {
                Kind::Array => {
                    let len = array_length(o);
                    let prefix = if !constructor.as_deref().is_some_and(|c| eq_ascii(c, "Array"))
                        || !tag.is_empty()
                    {
                        Self::prefix(&constructor, &tag, "Array", &format!("({len})"))
                    } else {
                        Vec::new()
                    };
                    keys = self.keys(o, true, ctx)?;
                    let mut b0 = prefix;
                    b0.push(u16::from(b'['));
                    if len == 0 && keys.is_empty() {
                        b0.push(u16::from(b']'));
                        return Ok(b0);
                    }
                    braces = (b0, units("]"));
                    extras = K_ARRAY_EXTRAS;
                }
                Kind::Set | Kind::Map => {
                    if constructor.is_none() {
                        return Err(Fail::Bail);
                    }
                    let size = if kind == Kind::Set {
                        o.downcast_ref::<OrderedSet>().map_or(0, |s| s.len())
                    } else {
                        o.downcast_ref::<OrderedMap<JsValue>>()
                            .map_or(0, |m| m.len())
                    };
                    let name = if kind == Kind::Set { "Set" } else { "Map" };
                    let mut prefix = Self::prefix(&constructor, &tag, name, &format!("({size})"));
                    keys = self.keys(o, false, ctx)?;
                    prefix.push(u16::from(b'{'));
                    if size == 0 && keys.is_empty() {
                        prefix.push(u16::from(b'}'));
                        return Ok(prefix);
                    }
                    braces = (prefix, units("}"));
                }
                Kind::Typed(_) => {
                    if constructor.is_none() {
                        return Err(Fail::Bail);
                    }
                    keys = self.keys(o, true, ctx)?;
                    let t = JsTypedArray::from_object(o.clone())?;
                    let size = t.length(ctx)?;
                    let mut b0 = Self::prefix(&constructor, &tag, "", &format!("({size})"));
                    b0.push(u16::from(b'['));
                    if size == 0 && keys.is_empty() {
                        b0.push(u16::from(b']'));
                        return Ok(b0);
                    }
                    braces = (b0, units("]"));
                    extras = K_ARRAY_EXTRAS;
                }
                _ => {
                    no_iterator = true;
                    keys = Vec::new();
                }
            }
        } else {
            keys = Vec::new();
        }
        if no_iterator {
            let is_object = constructor
                .as_deref()
                .is_some_and(|c| eq_ascii(c, "Object"));
            if matches!(kind, Kind::Typed(_))
                || (!matches!(kind, Kind::Function | Kind::RegExp | Kind::Date)
                    && !is_object
                    && self.is_error_like(o)?)
            {
                // Index keys of a typed array without its iterator, and errors (inspect.js
                // checks `instanceof Error` before the remaining types).
                return Err(Fail::Bail);
            }
            keys = self.keys(o, false, ctx)?;
            match kind {
                Kind::Function => {
                    base = self.function_base(o, &constructor, &tag, ctx)?;
                    if keys.is_empty() {
                        return self.stylize(base, "special", ctx);
                    }
                }
                _ if is_object => {
                    if !matches!(kind, Kind::Plain) {
                        return Err(Fail::Bail);
                    }
                    if !tag.is_empty() {
                        braces.0 = Self::prefix(&constructor, &tag, "Object", "");
                        braces.0.push(u16::from(b'{'));
                    }
                    if keys.is_empty() {
                        let mut b = braces.0;
                        b.push(u16::from(b'}'));
                        return Ok(b);
                    }
                }
                Kind::RegExp => {
                    if constructor.is_none() {
                        return Err(Fail::Bail);
                    }
                    let re = JsRegExp::from_object(o.clone())?;
                    base = re.to_string(ctx)?.encode_utf16().collect();
                    let prefix = Self::prefix(&constructor, &tag, "RegExp", "");
                    if !eq_ascii(&prefix, "RegExp ") {
                        let mut b = prefix;
                        b.extend(base);
                        base = b;
                    }
                    keys.retain(
                        |(k, _)| !matches!(k, PropertyKey::String(s) if s == &js_string!("lastIndex")),
                    );
                    if keys.is_empty() || self.beyond_depth(recurse) {
                        return self.stylize(base, "regexp", ctx);
                    }
                }
                Kind::Date => {
                    let d = JsDate::from_object(o.clone())?;
                    let t = d.get_time(ctx)?.as_number().unwrap_or(f64::NAN);
                    base = if t.is_nan() {
                        d.to_string(ctx)?
                    } else {
                        d.to_iso_string(ctx)?
                    }
                    .to_string(ctx)?
                    .to_vec();
                    let prefix = Self::prefix(&constructor, &tag, "Date", "");
                    if !eq_ascii(&prefix, "Date ") {
                        let mut b = prefix;
                        b.extend(base);
                        base = b;
                    }
                    if keys.is_empty() {
                        return self.stylize(base, "date", ctx);
                    }
                }
                Kind::Promise => {
                    braces.0 = Self::prefix(&constructor, &tag, "Promise", "");
                    braces.0.push(u16::from(b'{'));
                }
                Kind::WeakSet | Kind::WeakMap => {
                    let name = if kind == Kind::WeakSet {
                        "WeakSet"
                    } else {
                        "WeakMap"
                    };
                    braces.0 = Self::prefix(&constructor, &tag, name, "");
                    braces.0.push(u16::from(b'{'));
                }
                Kind::Number | Kind::Boolean | Kind::BigInt | Kind::Symbol => {
                    base = self.boxed_base(o, kind, &constructor, &tag, !keys.is_empty(), ctx)?;
                    if keys.is_empty() {
                        return Ok(base);
                    }
                }
                _ => {
                    let mut b = Self::ctx_style(o, kind, &constructor, &tag);
                    b.push(u16::from(b'{'));
                    if keys.is_empty() {
                        b.push(u16::from(b'}'));
                        return Ok(b);
                    }
                    braces.0 = b;
                }
            }
        }
        if self.beyond_depth(recurse) {
            let mut name = Self::ctx_style(o, kind, &constructor, &tag);
            name.pop();
            if constructor.is_some() {
                name.insert(0, u16::from(b'['));
                name.push(u16::from(b']'));
            }
            return self.stylize(name, "special", ctx);
        }
        if self.js_seen.len() + self.seen.len() >= K_MAX_NESTING {
            let mut name = units("[");
            name.extend(Self::ctx_style(o, kind, &constructor, &tag));
            name.pop();
            push(
                &mut name,
                ": Inspection interrupted prematurely. Maximum call stack size exceeded.]",
            );
            return self.stylize(name, "special", ctx);
        }
        let recurse = recurse + 1.0;
        self.seen.push(o.clone());
        self.current_depth = recurse;
        let mut output = match kind {
            _ if no_iterator => match kind {
                Kind::Promise => self.promise_entries(o, recurse, ctx)?,
                Kind::WeakSet | Kind::WeakMap => {
                    vec![self.stylize(units("<items unknown>"), "special", ctx)?]
                }
                _ => Vec::new(),
            },
            Kind::Array => self.array_entries(o, recurse, ctx)?,
            Kind::Set => self.set_entries(o, recurse, ctx)?,
            Kind::Map => self.map_entries(o, recurse, ctx)?,
            Kind::Typed(_) => self.typed_entries(o, ctx)?,
            _ => Vec::new(),
        };
        let key_count = keys.len();
        for (k, d) in keys {
            let p = self.property(o, recurse, &k, Some(d), extras, ctx)?;
            output.push(p);
        }
        if let Some((_, index)) = self.circular.iter().find(|(c, _)| JsObject::equals(c, o)) {
            let reference = self.stylize(units(&format!("<ref *{index}>")), "special", ctx)?;
            if !self.compact_true {
                if base.is_empty() {
                    base = reference;
                } else {
                    let mut b = reference;
                    b.push(u16::from(b' '));
                    b.extend(base);
                    base = b;
                }
            } else {
                let mut b = reference;
                b.push(u16::from(b' '));
                b.extend(braces.0);
                braces.0 = b;
            }
        }
        self.seen.pop();
        if self.sorted {
            if extras == K_OBJECT {
                output.sort();
            } else if key_count > 1 {
                let n = output.len() - key_count;
                output[n..].sort();
            }
        }
        // groupArrayElements pads to the right when `value[i]` is a number or bigint for every
        // entry: read here, where an element getter can still hand the array to JS.
        let numeric = if extras == K_ARRAY_EXTRAS && output.len() > 6 {
            self.numeric_entries(o, kind, output.len(), ctx)?
        } else {
            false
        };
        let res = reduce_to_single_string(
            &self.layout,
            self.indent,
            self.current_depth,
            recurse,
            output,
            &base,
            (&braces.0, &braces.1),
            extras,
            |_, _| Ok(numeric),
            ctx,
        )?
        .ok_or(Fail::Bail)?;
        self.add_budget(res.len())?;
        Ok(res)
    }

    /// Whether `o[i]` is a number or bigint for every `i < n`, without running getters.
    fn numeric_entries(&self, o: &JsObject, kind: Kind, n: usize, ctx: &mut Context) -> R<bool> {
        if let Kind::Typed(_) = kind {
            return Ok(n <= JsTypedArray::from_object(o.clone())?.length(ctx)?);
        }
        for i in 0..n {
            let v = match own(o, &PropertyKey::from(i)) {
                Some(d) if d.is_accessor_descriptor() => return Err(Fail::Bail),
                Some(d) => d.value().cloned().unwrap_or_default(),
                None => data_get(o, &PropertyKey::from(i))?,
            };
            if !v.is_number() && !v.is_bigint() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn add_budget(&mut self, len: usize) -> R<()> {
        let lvl = self.indent;
        let entry = match self.budget.iter().position(|b| b.0 == lvl) {
            Some(i) => i,
            None => {
                let key = PropertyKey::from(JsString::from(format!("{lvl}")));
                let start = match self.budget_obj.as_ref().and_then(|b| own(b, &key)) {
                    Some(d) if d.is_accessor_descriptor() => return Err(Fail::Bail),
                    Some(d) => d.value().and_then(JsValue::as_number).unwrap_or(0.0),
                    None => 0.0,
                };
                self.budget.push((lvl, start, 0.0));
                self.budget.len() - 1
            }
        };
        let b = &mut self.budget[entry];
        b.2 += len as f64;
        if b.1 + b.2 > 134_217_728.0 {
            self.depth = Some(-1.0);
            self.depth_cut = true;
        }
        Ok(())
    }

    fn property(
        &mut self,
        o: &JsObject,
        recurse: f64,
        key: &PropertyKey,
        desc: Option<PropertyDescriptor>,
        extras: u8,
        ctx: &mut Context,
    ) -> R<U> {
        let desc = desc.or_else(|| own(o, key));
        let (value, get, set, enumerable) = match &desc {
            Some(d) => (
                d.value().cloned().unwrap_or_default(),
                d.get().cloned().unwrap_or_default(),
                d.set().cloned().unwrap_or_default(),
                d.enumerable() != Some(false),
            ),
            None => return Err(Fail::Bail),
        };
        // Between the key and the value: a space, or a line break for compact: true.
        let mut extra: Option<U> = None;
        let s = if !value.is_undefined() {
            let diff = if !self.compact_true || extras != K_OBJECT {
                2.0
            } else {
                3.0
            };
            self.indent += diff;
            let s = self.value(&value, recurse, ctx);
            let s = match s {
                Ok(s) => s,
                Err(e) => {
                    self.indent -= diff;
                    return Err(e);
                }
            };
            if diff == 3.0
                && self.layout.break_length < string_width(&s, self.layout.colors, ctx)? as f64
            {
                let mut e = vec![10];
                e.extend(std::iter::repeat_n(u16::from(b' '), self.indent as usize));
                extra = Some(e);
            }
            self.indent -= diff;
            s
        } else if !get.is_undefined() {
            let has_set = !set.is_undefined();
            let g = &self.getters;
            let runs = g.to_boolean()
                && (g.as_boolean() == Some(true)
                    || (g.as_string().is_some_and(|s| s == js_string!("get")) && !has_set)
                    || (g.as_string().is_some_and(|s| s == js_string!("set")) && has_set));
            if runs {
                return Err(Fail::Bail);
            }
            let label = if has_set {
                "[Getter/Setter]"
            } else {
                "[Getter]"
            };
            self.stylize(units(label), "special", ctx)?
        } else if !set.is_undefined() {
            self.stylize(units("[Setter]"), "special", ctx)?
        } else {
            self.stylize(units("undefined"), "undefined", ctx)?
        };
        if extras == 1 {
            return Ok(s);
        }
        let mut out = match key {
            PropertyKey::Symbol(sym) => {
                let mut t = Vec::new();
                escape_into(&sym.descriptive_string().to_vec(), true, &mut t);
                let mut n = units("[");
                n.extend(self.stylize(t, "symbol", ctx)?);
                n.push(u16::from(b']'));
                n
            }
            _ => {
                let k: U = match key {
                    PropertyKey::String(s) => s.to_vec(),
                    PropertyKey::Index(i) => int_units(i64::from(i.get())),
                    PropertyKey::Symbol(_) => Vec::new(),
                };
                if eq_ascii(&k, "__proto__") {
                    units("['__proto__']")
                } else if !enumerable {
                    let mut n = units("[");
                    escape_into(&k, true, &mut n);
                    n.push(u16::from(b']'));
                    n
                } else if is_ident(&k) {
                    self.stylize(k, "name", ctx)?
                } else {
                    let mut q = Vec::new();
                    str_escape(&k, &mut q);
                    self.stylize(q, "string", ctx)?
                }
            }
        };
        out.reserve(2 + extra.as_ref().map_or(1, Vec::len) + s.len());
        out.push(u16::from(b':'));
        match extra {
            Some(e) => out.extend(e),
            None => out.push(u16::from(b' ')),
        }
        out.extend(s);
        Ok(out)
    }

    fn array_entries(&mut self, o: &JsObject, recurse: f64, ctx: &mut Context) -> R<Vec<U>> {
        let val_len = array_length(o) as f64;
        let len = self.layout.max_array_length.max(0.0).min(val_len) as u64;
        let remaining = val_len - len as f64;
        let mut output = Vec::new();
        for i in 0..len {
            let key = PropertyKey::from(i as usize);
            let Some(d) = own(o, &key) else {
                return self.special_array(o, recurse, len as usize, output, i as usize, ctx);
            };
            output.push(self.property(o, recurse, &key, Some(d), 1, ctx)?);
        }
        if remaining > 0.0 {
            let mut m = Vec::new();
            plural(&mut m, remaining, "item");
            output.push(m);
        }
        Ok(output)
    }

    fn special_array(
        &mut self,
        o: &JsObject,
        recurse: f64,
        max_length: usize,
        mut output: Vec<U>,
        mut i: usize,
        ctx: &mut Context,
    ) -> R<Vec<U>> {
        let keys: Vec<PropertyKey> = o
            .own_property_keys(ctx)?
            .into_iter()
            .filter(|k| {
                !matches!(k, PropertyKey::Symbol(_))
                    && own(o, k).is_some_and(|d| d.enumerable() == Some(true))
            })
            .collect();
        let mut index: u64 = i as u64;
        while i < keys.len() && output.len() < max_length {
            let key = &keys[i];
            let PropertyKey::Index(tmp) = key else {
                // A non-index key (`+key` is NaN or an integer beyond 2 ** 32 - 2) ends the
                // indices; a numeric string like "4294967295" gives `+key > 2 ** 32 - 2`.
                break;
            };
            let tmp = u64::from(tmp.get());
            if tmp != index {
                let empty = tmp - index;
                let msg = format!("<{empty} empty item{}>", if empty > 1 { "s" } else { "" });
                output.push(self.stylize(units(&msg), "undefined", ctx)?);
                index = tmp;
                if output.len() == max_length {
                    break;
                }
            }
            output.push(self.property(o, recurse, key, None, 1, ctx)?);
            index += 1;
            i += 1;
        }
        let remaining = array_length(o).saturating_sub(index);
        if output.len() != max_length {
            if remaining > 0 {
                let msg = format!(
                    "<{remaining} empty item{}>",
                    if remaining > 1 { "s" } else { "" }
                );
                output.push(self.stylize(units(&msg), "undefined", ctx)?);
            }
        } else if remaining > 0 {
            let mut m = Vec::new();
            plural(&mut m, remaining as f64, "item");
            output.push(m);
        }
        Ok(output)
    }

    fn set_entries(&mut self, o: &JsObject, recurse: f64, ctx: &mut Context) -> R<Vec<U>> {
        if !standard_collection(o, &ctx.intrinsics().constructors().set().prototype())? {
            return Err(Fail::Bail);
        }
        let values: Vec<JsValue> = o
            .downcast_ref::<OrderedSet>()
            .map(|s| s.iter().cloned().collect())
            .unwrap_or_default();
        let length = values.len() as f64;
        let max = self.layout.max_array_length.max(0.0).min(length) as usize;
        let remaining = length - max as f64;
        let mut output = Vec::new();
        self.indent += 2.0;
        let r = (|| -> R<()> {
            for v in values.iter().take(max) {
                output.push(self.value(v, recurse, ctx)?);
            }
            Ok(())
        })();
        self.indent -= 2.0;
        r?;
        if remaining > 0.0 {
            let mut m = Vec::new();
            plural(&mut m, remaining, "item");
            output.push(m);
        }
        Ok(output)
    }

    fn map_entries(&mut self, o: &JsObject, recurse: f64, ctx: &mut Context) -> R<Vec<U>> {
        if !standard_collection(o, &ctx.intrinsics().constructors().map().prototype())? {
            return Err(Fail::Bail);
        }
        let entries: Vec<(JsValue, JsValue)> = o
            .downcast_ref::<OrderedMap<JsValue>>()
            .map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
            .unwrap_or_default();
        let length = entries.len() as f64;
        let max = self.layout.max_array_length.max(0.0).min(length) as usize;
        let remaining = length - max as f64;
        let mut output = Vec::new();
        self.indent += 2.0;
        let r = (|| -> R<()> {
            for (k, v) in entries.iter().take(max) {
                let mut e = self.value(k, recurse, ctx)?;
                push(&mut e, " => ");
                e.extend(self.value(v, recurse, ctx)?);
                output.push(e);
            }
            Ok(())
        })();
        self.indent -= 2.0;
        r?;
        if remaining > 0.0 {
            let mut m = Vec::new();
            plural(&mut m, remaining, "item");
            output.push(m);
        }
        Ok(output)
    }

    fn typed_entries(&mut self, o: &JsObject, ctx: &mut Context) -> R<Vec<U>> {
        // inspect.js reads `value.length`: an own or overriding `length` is left to it.
        let length_getter = own(
            &ctx.intrinsics().constructors().typed_array().prototype(),
            &key!("length"),
        )
        .and_then(|d| d.get().cloned());
        match (lookup(o, &key!("length"))?, length_getter) {
            (Found::Accessor(d), Some(g)) if d.get() == Some(&g) => {}
            _ => return Err(Fail::Bail),
        }
        let t = JsTypedArray::from_object(o.clone())?;
        let length = t.length(ctx)?;
        let max = self.layout.max_array_length.max(0.0).min(length as f64) as usize;
        let remaining = length - max;
        let mut output = Vec::with_capacity(max + 1);
        for i in 0..max {
            let v = o.get(i, ctx)?;
            let s = match v.as_bigint() {
                Some(b) => {
                    let s = format_bigint(&b, self.numeric_separator);
                    self.stylize(s, "bigint", ctx)?
                }
                None => {
                    let s = format_number(
                        v.as_number().unwrap_or(f64::NAN),
                        self.numeric_separator,
                        ctx,
                    )?;
                    self.stylize(s, "number", ctx)?
                }
            };
            output.push(s);
        }
        if remaining > 0 {
            let mut m = Vec::new();
            plural(&mut m, remaining as f64, "item");
            output.push(m);
        }
        Ok(output)
    }

    fn promise_entries(&mut self, o: &JsObject, recurse: f64, ctx: &mut Context) -> R<Vec<U>> {
        let p = JsPromise::from_object(o.clone())?;
        match p.state() {
            PromiseState::Pending => Ok(vec![self.stylize(units("<pending>"), "special", ctx)?]),
            PromiseState::Fulfilled(v) | PromiseState::Rejected(v) => {
                let rejected = matches!(p.state(), PromiseState::Rejected(_));
                self.indent += 2.0;
                let s = self.value(&v, recurse, ctx);
                self.indent -= 2.0;
                let s = s?;
                if rejected {
                    let mut out = self.stylize(units("<rejected>"), "special", ctx)?;
                    out.push(u16::from(b' '));
                    out.extend(s);
                    return Ok(vec![out]);
                }
                Ok(vec![s])
            }
        }
    }
}

fn is_js_space(c: u16) -> bool {
    matches!(c, 0x09..=0x0d | 0x20 | 0xa0 | 0x1680 | 0x2000..=0x200a | 0x2028 | 0x2029 | 0x202f | 0x205f | 0x3000 | 0xfeff)
}

/// `formatValue(value, recurseTimes, ctx, inspect, customSymbol)`: the text, or undefined when inspect.js
/// must format this value (null when because it nests too deep). On success the ctx fields the JS algorithm would have changed
/// (`currentDepth`, `circular`, `budget`, `depth`) are updated.
fn format_value_js(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let value = args.first().cloned().unwrap_or_default();
    let recurse = args.get(1).and_then(JsValue::as_number).unwrap_or(0.0);
    let (Some(c), Some(inspect_fn)) = (
        args.get(2).and_then(JsValue::as_object),
        args.get(3).and_then(JsValue::as_object),
    ) else {
        return Ok(JsValue::undefined());
    };
    let Some(custom) = args.get(4).and_then(JsValue::as_symbol) else {
        return Ok(JsValue::undefined());
    };
    let Some(mut fast) = setup(&c, inspect_fn, custom, ctx)? else {
        return Ok(JsValue::undefined());
    };
    let start_depth = fast.current_depth;
    match fast.value(&value, recurse, ctx) {
        Ok(out) => {
            if fast.current_depth != start_depth {
                c.set(js_string!("currentDepth"), fast.current_depth, true, ctx)?;
            }
            if fast.circular.len() > fast.circular_imported {
                let map = match &fast.circular_map {
                    Some(map) => map.clone(),
                    None => {
                        let map = JsMap::new(ctx);
                        c.set(js_string!("circular"), map.clone(), true, ctx)?;
                        map
                    }
                };
                for (o, i) in &fast.circular[fast.circular_imported..] {
                    map.set(o.clone(), *i, ctx)?;
                }
            }
            if let Some(b) = &fast.budget_obj {
                for (lvl, start, added) in &fast.budget {
                    b.set(JsString::from(format!("{lvl}")), start + added, true, ctx)?;
                }
            }
            if fast.depth_cut {
                c.set(js_string!("depth"), -1, true, ctx)?;
            }
            Ok(js_str(&out))
        }
        Err(Fail::Bail) => Ok(JsValue::undefined()),
        Err(Fail::Deep) => Ok(JsValue::null()),
        Err(Fail::Js(e)) => Err(e),
    }
}

/// Reads inspect's ctx; `None` when an option takes the fast path out of its depth.
fn setup(
    c: &JsObject,
    inspect_fn: JsObject,
    custom: JsSymbol,
    ctx: &mut Context,
) -> JsResult<Option<Fast>> {
    let opts = Opts::read(|k| c.get(k.clone(), ctx))?;
    let Some(mut fast) = setup_from(&opts, inspect_fn, custom, ctx) else {
        return Ok(None);
    };
    let (Some(indent), Some(current_depth)) = (
        get(c, "indentationLvl", ctx)?.as_number(),
        get(c, "currentDepth", ctx)?.as_number(),
    ) else {
        return Ok(None);
    };
    // References already numbered by inspect.js (its `ctx.circular` map) keep their numbers.
    let circular = get(c, "circular", ctx)?;
    if let Some(o) = circular.as_object() {
        let Ok(map) = JsMap::from_object(o.clone()) else {
            return Ok(None);
        };
        let mut entries = Vec::new();
        map.for_each_native(|k, v| {
            if let (Some(o), Some(i)) = (k.as_object(), v.as_number()) {
                entries.push((o.clone(), i as u32));
            }
            Ok(())
        })?;
        fast.circular_imported = entries.len();
        fast.circular = entries;
        fast.circular_map = Some(map);
    } else if !circular.is_undefined() {
        return Ok(None);
    }
    if let Some(seen) = get(c, "seen", ctx)?.as_object() {
        let n = get(&seen, "length", ctx)?.to_length(ctx)?;
        for i in 0..n {
            if let Some(o) = seen.get(i, ctx)?.as_object() {
                fast.js_seen.push(o);
            }
        }
    }
    fast.indent = indent;
    fast.current_depth = current_depth;
    fast.budget_obj = get(c, "budget", ctx)?.as_object();
    if fast.budget_obj.is_none() {
        return Ok(None);
    }
    Ok(Some(fast))
}

/// The formatter for `opts`, at the top of a fresh inspect call (`None`: JS formats).
fn setup_from(
    opts: &Opts,
    inspect_fn: JsObject,
    custom: JsSymbol,
    ctx: &mut Context,
) -> Option<Fast> {
    let layout = layout_from(
        opts.compact(),
        opts.break_length(),
        opts.colors(),
        opts.max_array_length(),
    )?;
    let integral = |n: f64| n.fract() == 0.0 || n.is_infinite();
    if !integral(layout.max_array_length) || layout.compact_num.is_some_and(|n| !integral(n)) {
        return None;
    }
    if !opts.compact().is_boolean() && !opts.compact().is_number() {
        return None;
    }
    let depth = if opts.depth().is_null() {
        None
    } else {
        match opts.depth().as_number()? {
            d if d.is_nan() => None,
            d => Some(d),
        }
    };
    let sorted = opts.sorted();
    if sorted.is_callable() || (sorted.to_boolean() && sorted.as_boolean() != Some(true)) {
        return None;
    }
    let max_string_length =
        num_or(opts.max_string_length(), f64::INFINITY).filter(|&n| integral(n))?;
    let constructors = ctx.intrinsics().constructors();
    Some(Fast {
        inspect_fn,
        custom,
        depth,
        compact_true: layout.compact_true,
        layout,
        sorted: sorted.to_boolean(),
        numeric_separator: opts.numeric_separator().to_boolean(),
        max_string_length,
        custom_inspect: opts.custom_inspect().to_boolean(),
        getters: opts.getters().clone(),
        indent: 0.0,
        current_depth: 0.0,
        js_seen: Vec::new(),
        seen: Vec::new(),
        circular: Vec::new(),
        circular_map: None,
        circular_imported: 0,
        budget: Vec::new(),
        budget_obj: None,
        depth_cut: false,
        styles: Vec::new(),
        obj_proto: constructors.object().prototype(),
        fn_proto: constructors.function().prototype(),
        typed_proto: constructors.typed_array().prototype(),
        error_proto: constructors.error().prototype(),
        has_instance: OnceCell::new(),
        typed_tag_getter: OnceCell::new(),
        proto_cache: Vec::new(),
    })
}

/// `inspect(value, opts, defaults, inspect, customSymbol, stylizeNoColor)` for a call without the legacy arguments: the
/// text, or undefined when inspect.js must build its ctx and format the value itself (null when
/// because it nests too deep). `opts`
/// is read as inspect.js reads it (own enumerable keys over `defaults`), without running code:
/// a proxy or an accessor among the options hands the call to JS.
fn inspect_js(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let value = args.first().cloned().unwrap_or_default();
    let opts = args.get(1).cloned().unwrap_or_default();
    let (Some(defaults), Some(inspect_fn), Some(custom)) = (
        args.get(2).and_then(JsValue::as_object),
        args.get(3).and_then(JsValue::as_object),
        args.get(4).and_then(JsValue::as_symbol),
    ) else {
        return Ok(JsValue::undefined());
    };
    let user = match opts.variant() {
        JsVariant::Object(o) => {
            if is_proxy(&o) || kind_of(&o).is_none() {
                return Ok(JsValue::undefined());
            }
            Some(o.clone())
        }
        JsVariant::Boolean(true) => return Ok(JsValue::undefined()),
        _ => None,
    };
    // Own enumerable data options over the defaults (a getter among them: JS reads them).
    let mut accessor = false;
    let opts = Opts::read(|key| {
        let key = PropertyKey::String(key.clone());
        if let Some(d) = user.as_ref().and_then(|u| own(u, &key)) {
            if d.is_accessor_descriptor() {
                accessor = true;
            } else if d.enumerable() == Some(true) {
                return Ok(d.value().cloned().unwrap_or_default());
            }
        }
        match own(&defaults, &key) {
            Some(d) if d.is_accessor_descriptor() => accessor = true,
            Some(d) => return Ok(d.value().cloned().unwrap_or_default()),
            None => {}
        }
        Ok(JsValue::undefined())
    })?;
    // (A custom inspect function's options carry inspect.js's plain `stylize`, args[5].)
    let plain_stylize = match (
        opts.stylize().as_object(),
        args.get(5).and_then(JsValue::as_object),
    ) {
        (Some(s), Some(plain)) => JsObject::equals(&s, &plain),
        _ => opts.stylize().is_undefined(),
    };
    if accessor
        || opts.show_hidden().to_boolean()
        || opts.show_proxy().to_boolean()
        || (!opts.colors().to_boolean() && !plain_stylize)
    {
        return Ok(JsValue::undefined());
    }
    let Some(mut fast) = setup_from(&opts, inspect_fn, custom, ctx) else {
        return Ok(JsValue::undefined());
    };
    match fast.value(&value, 0.0, ctx) {
        Ok(out) => Ok(js_str(&out)),
        Err(Fail::Bail) => Ok(JsValue::undefined()),
        Err(Fail::Deep) => Ok(JsValue::null()),
        Err(Fail::Js(e)) => Err(e),
    }
}
