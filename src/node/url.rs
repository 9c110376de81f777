//! The native half of `url`: WHATWG URL parsing and setters (the `url` crate's `quirks` API is
//! the URL Standard's), domainToASCII/Unicode, and the x-www-form-urlencoded codec behind
//! URLSearchParams. The URL and URLSearchParams classes are `node/js/url.js`.

use crate::node::str_arg;
use boa_engine::{
    object::{builtins::JsArray, JsObject},
    Context, JsResult, JsString, JsValue,
};
use url::{quirks, Url};

/// A URL's components: `[href, origin, protocol, username, password, host, hostname, port,
/// pathname, search, hash]`.
type Parts = [String; 11];

fn components(url: &Url) -> Parts {
    [
        serialized_href(url),
        origin(url),
        quirks::protocol(url).to_owned(),
        quirks::username(url).to_owned(),
        quirks::password(url).to_owned(),
        quirks::host(url).to_owned(),
        quirks::hostname(url).to_owned(),
        quirks::port(url).to_owned(),
        quirks::pathname(url).to_owned(),
        quirks::search(url).to_owned(),
        quirks::hash(url).to_owned(),
    ]
}

fn to_js(parts: &Parts, ctx: &mut Context) -> JsValue {
    JsArray::from_iter(
        parts
            .iter()
            .map(|p| JsValue::from(JsString::from(p.as_str()))),
        ctx,
    )
    .into()
}

/// The length of what follows the path in `url`'s serialization (`?query#fragment`).
fn tail_len(url: &Url) -> usize {
    url.path().len()
        + url.query().map_or(0, |q| q.len() + 1)
        + url.fragment().map_or(0, |f| f.len() + 1)
}

/// The href as the URL Standard serializes it: a path starting with "//" is preceded by "/."
/// exactly when there is no host. After some setters the `url` crate drops that marker
/// (`non-spec://p`, which reads back as host p) or keeps a stale one (`non-spec://h/.//p`).
fn serialized_href(url: &Url) -> String {
    let href = quirks::href(url);
    let split = href.len().saturating_sub(tail_len(url));
    let (Some(prefix), Some(rest)) = (href.get(..split), href.get(split..)) else {
        return href.to_owned();
    };
    let (base, stale) = strip_marker(url, prefix);
    let needs = !has_authority(url, base) && url.path().starts_with("//");
    if stale == needs {
        return href.to_owned();
    }
    format!("{base}{}{rest}", if needs { "/." } else { "" })
}

/// Splits a "/." path marker off the serialization up to the path: after `scheme:` or after
/// the authority (whose host never holds a '/'; `http://.` is a host, not a marker).
fn strip_marker<'a>(url: &Url, prefix: &'a str) -> (&'a str, bool) {
    let start = url.scheme().len() + 1;
    let Some(after) = prefix.get(start..) else {
        return (prefix, false);
    };
    let at = if let Some(authority) = after.strip_prefix("//") {
        authority.find('/').map(|i| start + 2 + i)
    } else {
        Some(start)
    };
    match at {
        Some(i) if prefix.get(i..) == Some("/.") => (&prefix[..i], true),
        _ => (prefix, false),
    }
}

/// Whether the serialization up to the path (`prefix`) has an authority (`scheme://`), which
/// an empty host has too (the crate's `has_host` is false for it).
fn has_authority(url: &Url, prefix: &str) -> bool {
    prefix
        .get(url.scheme().len() + 1..)
        .is_some_and(|after| after.starts_with("//"))
}

/// The origin as node 20 (ada) reports it: a blob: URL has its inner URL's origin only when
/// that is http(s); any other blob: URL's origin is opaque ("null").
fn origin(url: &Url) -> String {
    if url.scheme() == "blob" {
        match Url::parse(url.path()) {
            Ok(inner) if matches!(inner.scheme(), "http" | "https") => {
                inner.origin().ascii_serialization()
            }
            _ => "null".to_owned(),
        }
    } else {
        quirks::origin(url)
    }
}

/// `input` parsed against `base`, or None when it is not a URL. File URLs are parsed by
/// `file_url` (the `url` crate keeps the pre-2021 file rules); everything else by the crate.
fn parse_any(input: &str, base: Option<&str>) -> Option<Parts> {
    if let Some(file) = file_url::parse(input, base) {
        return file.ok().map(|u| u.components());
    }
    let parsed = match base {
        Some(base) => Url::parse(base).and_then(|base| match authority_slashes(input, &base) {
            Some(fixed) => base.join(&fixed),
            None => base.join(input),
        }),
        None => Url::parse(input),
    };
    parsed.ok().map(|url| components(&url))
}

/// The special schemes but file (file URLs are `file_url`'s).
const SPECIAL_NOT_FILE: [&str; 5] = ["http", "https", "ws", "wss", "ftp"];

/// A scheme-less input starting with more than two slashes, against a special base, as "//"
/// and the rest: the URL Standard skips all of them (special authority ignore slashes state),
/// the crate takes "///x" for an empty host (node: `new URL('///x', 'http://b/')` is http://x/).
fn authority_slashes(input: &str, base: &Url) -> Option<String> {
    if !SPECIAL_NOT_FILE.contains(&base.scheme()) {
        return None;
    }
    let input: String = input
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let rest = input.trim_start_matches(['/', '\\']);
    (input.len() - rest.len() > 2).then(|| format!("//{rest}"))
}

/// `parse(input, base?)` → components, or undefined when the input is not a URL.
fn parse(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let input = str_arg(args, 0, ctx)?;
    let base = match args.get(1) {
        Some(b) if !b.is_undefined() => Some(b.to_string(ctx)?.to_std_string_lossy()),
        _ => None,
    };
    Ok(parse_any(&input, base.as_deref()).map_or(JsValue::undefined(), |p| to_js(&p, ctx)))
}

/// `set(href, field, value)` → components after the setter (unchanged when it does not apply;
/// undefined when an href is not a URL).
fn set(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let href = str_arg(args, 0, ctx)?;
    let field = str_arg(args, 1, ctx)?;
    let mut value = str_arg(args, 2, ctx)?;
    if field == "pathname" {
        // The URL parser drops every tab and newline first; the crate's pathname setter looks at
        // the first character before that ("\t/a" became "//a"). (The search and hash setters
        // strip their '?'/'#' before it, as the standard does: "\t?a" gives "??a" in node too.)
        value.retain(|c| !matches!(c, '\t' | '\n' | '\r'));
    }
    let parts = if field == "href" {
        parse_any(&value, None)
    } else if let Some(file) = file_url::parse(&href, None) {
        file.ok().map(|u| u.set(&field, &value))
    } else {
        Url::parse(&href)
            .ok()
            .map(|url| set_field(url, &field, &value))
    };
    Ok(parts.map_or(JsValue::undefined(), |p| to_js(&p, ctx)))
}

/// A setter on a URL that is not a file URL.
fn set_field(mut url: Url, field: &str, value: &str) -> Parts {
    match field {
        "protocol" if quirks::set_protocol(&mut url, value).is_err() => {
            if let Some(parts) = file_scheme_quirk(&url, value) {
                return parts;
            }
        }
        "username" => drop(quirks::set_username(&mut url, value)),
        "password" => drop(quirks::set_password(&mut url, value)),
        "host" => drop(quirks::set_host(&mut url, value)),
        "hostname" => drop(quirks::set_hostname(&mut url, value)),
        "port" => drop(quirks::set_port(&mut url, value)),
        "pathname" => {
            quirks::set_pathname(&mut url, value);
            empty_path_quirk(&mut url, value);
        }
        "search" => quirks::set_search(&mut url, value),
        "hash" => quirks::set_hash(&mut url, value),
        _ => {}
    }
    components(&url)
}

/// Setting the pathname of a non-special URL with a host to "" leaves the path empty
/// (`foo://`): the URL Standard's path start state appends nothing then; the crate writes "/".
fn empty_path_quirk(url: &mut Url, value: &str) {
    const SPECIAL: [&str; 6] = ["http", "https", "ws", "wss", "ftp", "file"];
    if SPECIAL.contains(&url.scheme())
        || url.path() != "/"
        || value.chars().any(|c| !matches!(c, '\t' | '\n' | '\r'))
    {
        return;
    }
    let href = serialized_href(url);
    let split = href.len().saturating_sub(tail_len(url));
    if let (Some(prefix), Some(rest)) = (href.get(..split), href.get(split + 1..)) {
        if !has_authority(url, prefix) {
            return;
        }
        if let Ok(fixed) = Url::parse(&format!("{prefix}{rest}")) {
            *url = fixed;
        }
    }
}

/// Setting the protocol of a special URL with a host but no credentials or port to `file`: the
/// URL Standard's scheme state allows it (the host is kept as it is, `localhost` too); the
/// `url` crate refuses any URL with an authority. The URL is reparsed with the new scheme.
fn file_scheme_quirk(url: &Url, value: &str) -> Option<Parts> {
    let scheme = value.split(':').next().unwrap_or_default();
    if !scheme.eq_ignore_ascii_case("file")
        || !SPECIAL_NOT_FILE.contains(&url.scheme())
        || !url.username().is_empty()
        || url.password().is_some()
        || url.port().is_some()
    {
        return None;
    }
    let rebuilt = file_url::parse(&format!("file{}", &url[url::Position::AfterScheme..]), None)?;
    let mut file = rebuilt.ok()?;
    // (parsing drops a `localhost` host, which the setter keeps)
    file.host = url.host_str().unwrap_or_default().to_owned();
    Some(file.components())
}

/// The host `input` gives through the hostname setter of a special URL (node's domainToASCII:
/// ada's `set_hostname` on `ws://x`), or None when the setter rejects it.
fn host_via_setter(input: &str) -> Option<Url> {
    let mut url = Url::parse("ws://x").ok()?;
    quirks::set_hostname(&mut url, input).ok()?;
    Some(url)
}

fn domain_to_ascii(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let d = str_arg(args, 0, ctx)?;
    let out = if d.is_empty() {
        String::new()
    } else {
        host_via_setter(&d)
            .map(|u| quirks::hostname(&u).to_owned())
            .unwrap_or_default()
    };
    Ok(JsString::from(out.as_str()).into())
}

fn domain_to_unicode(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let d = str_arg(args, 0, ctx)?;
    let out = if d.is_empty() {
        String::new()
    } else {
        match host_via_setter(&d) {
            Some(u) => match u.host() {
                Some(url::Host::Domain(domain)) => quirks::domain_to_unicode(domain),
                _ => quirks::hostname(&u).to_owned(),
            },
            None => String::new(),
        }
    };
    Ok(JsString::from(out.as_str()).into())
}

/// `parseParams(query)` → `[name, value, name, value, ...]` (a leading `?` is the caller's), as
/// node 20's parser (internal/url's parseParams): '+' is a space, and a name or value holding a
/// valid `%XX` goes through `querystring.unescape`, i.e. decodeURIComponent, else node's
/// byte-wise unescapeBuffer (a raw non-ASCII character next to a malformed escape becomes
/// U+FFFD there, where the URL Standard's parser keeps it).
fn parse_params(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let q: Vec<u16> = str_arg(args, 0, ctx)?.encode_utf16().collect();
    let mut out: Vec<JsValue> = Vec::new();
    let mut piece = ParamPiece::default();
    let (mut pair_start, mut last, mut seen_sep) = (0, 0, false);
    // The end of the input ends the last pair as an '&' would.
    for i in 0..=q.len() {
        let c = q.get(i).copied().unwrap_or(u16::from(b'&'));
        if c == u16::from(b'&') {
            if pair_start != i {
                piece.buf.extend_from_slice(&q[last..i]);
                out.push(piece.take().into());
                if !seen_sep {
                    out.push(JsString::default().into());
                }
            }
            seen_sep = false;
            (last, pair_start) = (i + 1, i + 1);
        } else if !seen_sep && c == u16::from(b'=') {
            piece.buf.extend_from_slice(&q[last..i]);
            out.push(piece.take().into());
            seen_sep = true;
            last = i + 1;
        } else if c == u16::from(b'+') {
            piece.buf.extend_from_slice(&q[last..i]);
            piece.buf.push(u16::from(b' '));
            last = i + 1;
        } else {
            piece.scan(c);
        }
    }
    Ok(JsArray::from_iter(out, ctx).into())
}

/// A name or value being read by `parse_params`, and whether a valid `%XX` was seen in it.
#[derive(Default)]
struct ParamPiece {
    buf: Vec<u16>,
    encoded: bool,
    /// 1 after a '%', 2 after '%' and a hex digit.
    check: u8,
}

impl ParamPiece {
    fn scan(&mut self, c: u16) {
        if self.encoded {
            return;
        }
        if c == u16::from(b'%') {
            self.check = 1;
        } else if self.check > 0 {
            let hex = u8::try_from(c).is_ok_and(|b| b.is_ascii_hexdigit());
            self.check = if hex { self.check + 1 } else { 0 };
            self.encoded = self.check == 3;
        }
    }

    fn take(&mut self) -> JsString {
        let s = if self.encoded {
            crate::node::querystring::unescape_units(&self.buf)
        } else {
            crate::node::path::js_from_units(&self.buf)
        };
        *self = Self::default();
        s
    }
}

/// `serializeParams([name, value, ...])` → `a=1&b=2` as application/x-www-form-urlencoded.
fn serialize_params(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let mut ser = form_urlencoded::Serializer::new(String::new());
    if let Some(list) = args.first().and_then(JsValue::as_object) {
        let list = JsArray::from_object(list.clone())?;
        let len = list.length(ctx)?;
        let mut i = 0;
        while i + 1 < len {
            let k = list.get(i, ctx)?.to_string(ctx)?.to_std_string_lossy();
            let v = list.get(i + 1, ctx)?.to_string(ctx)?.to_std_string_lossy();
            ser.append_pair(&k, &v);
            i += 2;
        }
    }
    Ok(JsString::from(ser.finish().as_str()).into())
}

/// The `internalBinding('url')` object.
pub fn binding(ctx: &mut Context) -> JsObject {
    let fns: &[crate::node::NativeFn] = &[
        ("parse", parse, 2),
        ("set", set, 3),
        ("domainToASCII", domain_to_ascii, 1),
        ("domainToUnicode", domain_to_unicode, 1),
        ("parseParams", parse_params, 1),
        ("serializeParams", serialize_params, 1),
    ];
    crate::node::binding_object(ctx, fns)
}

/// File URLs as the URL Standard parses them (its file, file slash, file host and path states;
/// node's ada follows it). The `url` crate still applies the pre-2021 file rules: it drops a
/// host before a Windows drive letter and collapses leading empty path segments.
mod file_url {
    use super::Parts;

    pub(super) struct FileUrl {
        pub(super) host: String,
        path: Vec<String>,
        query: Option<String>,
        fragment: Option<String>,
    }

    /// Parses `input` against `base` when the result is a file URL: None when it is not (the
    /// input has another scheme, or none and the base is not a file URL), Err when it fails.
    pub(super) fn parse(input: &str, base: Option<&str>) -> Option<Result<FileUrl, ()>> {
        let input: Vec<char> = strip_tabs(trim_controls(input));
        let base_file = match base.map(|b| parse(b, None)) {
            Some(Some(Err(()))) => return Some(Err(())),
            Some(Some(Ok(b))) => Some(b),
            _ => None,
        };
        match scheme_end(&input) {
            Some(end) if String::from_iter(&input[..end]).eq_ignore_ascii_case("file") => {
                if base_file.is_none() && base.is_some_and(|b| url::Url::parse(b).is_err()) {
                    return Some(Err(()));
                }
                Some(file_state(&input[end + 1..], base_file.as_ref()))
            }
            Some(_) => None,
            None => base_file.map(|b| file_state(&input, Some(&b))),
        }
    }

    fn trim_controls(s: &str) -> &str {
        s.trim_matches(|c: char| c <= ' ')
    }

    fn strip_tabs(s: &str) -> Vec<char> {
        s.chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .collect()
    }

    /// The index of the ':' ending a scheme at the start of `s`, if there is one.
    fn scheme_end(s: &[char]) -> Option<usize> {
        if !s.first()?.is_ascii_alphabetic() {
            return None;
        }
        for (i, c) in s.iter().enumerate().skip(1) {
            if *c == ':' {
                return Some(i);
            }
            if !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')) {
                return None;
            }
        }
        None
    }

    fn is_slash(c: Option<&char>) -> bool {
        matches!(c, Some('/' | '\\'))
    }

    fn file_state(s: &[char], base: Option<&FileUrl>) -> Result<FileUrl, ()> {
        let mut url = FileUrl {
            host: String::new(),
            path: Vec::new(),
            query: None,
            fragment: None,
        };
        if is_slash(s.first()) {
            return file_slash_state(&s[1..], base, url);
        }
        let Some(base) = base else {
            return Ok(path_state(s, url, false));
        };
        url.host.clone_from(&base.host);
        url.path.clone_from(&base.path);
        url.query.clone_from(&base.query);
        match s.first() {
            None => Ok(url),
            Some('?') => Ok(query_state(&s[1..], url, false)),
            Some('#') => Ok(fragment_state(&s[1..], url)),
            Some(_) => {
                url.query = None;
                if starts_with_drive_letter(s) {
                    url.path.clear();
                } else {
                    shorten(&mut url.path);
                }
                Ok(path_state(s, url, false))
            }
        }
    }

    fn file_slash_state(
        s: &[char],
        base: Option<&FileUrl>,
        mut url: FileUrl,
    ) -> Result<FileUrl, ()> {
        if is_slash(s.first()) {
            return file_host_state(&s[1..], url);
        }
        if let Some(base) = base {
            url.host.clone_from(&base.host);
            if let Some(first) = base.path.first() {
                if !starts_with_drive_letter(s) && is_drive_letter(first, true) {
                    url.path.push(first.clone());
                }
            }
        }
        Ok(path_state(s, url, false))
    }

    fn file_host_state(s: &[char], mut url: FileUrl) -> Result<FileUrl, ()> {
        let end = s
            .iter()
            .position(|c| matches!(c, '/' | '\\' | '?' | '#'))
            .unwrap_or(s.len());
        let buffer = String::from_iter(&s[..end]);
        // (a drive letter here is the path's first segment: `file://C:/x` is `file:///C:/x`)
        if is_drive_letter(&buffer, false) {
            return Ok(path_state(s, url, false));
        }
        url.host = parse_host(&buffer)?;
        let rest = &s[end..];
        Ok(path_state(
            if is_slash(rest.first()) {
                &rest[1..]
            } else {
                rest
            },
            url,
            false,
        ))
    }

    /// A file URL's host: `localhost` is the empty host.
    fn parse_host(buffer: &str) -> Result<String, ()> {
        if buffer.is_empty() {
            return Ok(String::new());
        }
        let host = url::Host::parse(buffer).map_err(|_| ())?.to_string();
        Ok(if host == "localhost" {
            String::new()
        } else {
            host
        })
    }

    /// The path state; with `setting` (the pathname setter), '?' and '#' belong to the path.
    fn path_state(s: &[char], mut url: FileUrl, setting: bool) -> FileUrl {
        let mut buffer = String::new();
        for i in 0..=s.len() {
            let c = s.get(i).copied();
            let ends_query = !setting && matches!(c, Some('?' | '#'));
            let slash = matches!(c, Some('/' | '\\'));
            match c {
                Some(c) if !slash && !ends_query => {
                    encode_into(&mut buffer, c, Set::Path);
                    continue;
                }
                _ => {}
            }
            if is_double_dot(&buffer) {
                shorten(&mut url.path);
                if !slash {
                    url.path.push(String::new());
                }
            } else if is_single_dot(&buffer) {
                if !slash {
                    url.path.push(String::new());
                }
            } else {
                if url.path.is_empty() && is_drive_letter(&buffer, false) {
                    buffer.replace_range(1..2, ":");
                }
                url.path.push(std::mem::take(&mut buffer));
            }
            buffer.clear();
            match c {
                Some('?') if ends_query => return query_state(&s[i + 1..], url, false),
                Some('#') if ends_query => return fragment_state(&s[i + 1..], url),
                _ => {}
            }
        }
        url
    }

    fn query_state(s: &[char], mut url: FileUrl, setting: bool) -> FileUrl {
        let end = if setting {
            s.len()
        } else {
            s.iter().position(|c| *c == '#').unwrap_or(s.len())
        };
        let mut query = String::new();
        for c in &s[..end] {
            encode_into(&mut query, *c, Set::Query);
        }
        url.query = Some(query);
        match s.get(end) {
            Some('#') => fragment_state(&s[end + 1..], url),
            _ => url,
        }
    }

    fn fragment_state(s: &[char], mut url: FileUrl) -> FileUrl {
        let mut fragment = String::new();
        for c in s {
            encode_into(&mut fragment, *c, Set::Fragment);
        }
        url.fragment = Some(fragment);
        url
    }

    /// Removes the last path segment, but never a lone normalized drive letter.
    fn shorten(path: &mut Vec<String>) {
        if path.len() == 1 && is_drive_letter(&path[0], true) {
            return;
        }
        path.pop();
    }

    /// `C:` (or, unless `normalized`, `C|`).
    fn is_drive_letter(s: &str, normalized: bool) -> bool {
        let b = s.as_bytes();
        b.len() == 2
            && b[0].is_ascii_alphabetic()
            && (b[1] == b':' || (!normalized && b[1] == b'|'))
    }

    fn starts_with_drive_letter(s: &[char]) -> bool {
        s.len() >= 2
            && s[0].is_ascii_alphabetic()
            && matches!(s[1], ':' | '|')
            && s.get(2).is_none_or(|c| matches!(c, '/' | '\\' | '?' | '#'))
    }

    fn is_single_dot(s: &str) -> bool {
        s == "." || s.eq_ignore_ascii_case("%2e")
    }

    fn is_double_dot(s: &str) -> bool {
        matches!(
            s.to_ascii_lowercase().as_str(),
            ".." | ".%2e" | "%2e." | "%2e%2e"
        )
    }

    #[derive(Clone, Copy)]
    enum Set {
        Path,
        Query,
        Fragment,
    }

    /// Appends `c`, percent-encoded (as UTF-8) when it is in the set: controls and non-ASCII
    /// always, plus each set's ASCII characters (ada's: `^` and `|` stay in paths).
    fn encode_into(out: &mut String, c: char, set: Set) {
        let plain = (' '..='~').contains(&c)
            && !match set {
                Set::Path => matches!(c, ' ' | '"' | '#' | '<' | '>' | '?' | '`' | '{' | '}'),
                Set::Query => matches!(c, ' ' | '"' | '#' | '<' | '>' | '\''),
                Set::Fragment => matches!(c, ' ' | '"' | '<' | '>' | '`'),
            };
        if plain {
            out.push(c);
            return;
        }
        const HEX: &[u8; 16] = b"0123456789ABCDEF";
        let mut bytes = [0; 4];
        for b in c.encode_utf8(&mut bytes).bytes() {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }

    impl FileUrl {
        fn pathname(&self) -> String {
            self.path.iter().map(|s| format!("/{s}")).collect()
        }

        fn href(&self) -> String {
            let mut href = format!("file://{}{}", self.host, self.pathname());
            if let Some(q) = &self.query {
                href.push('?');
                href.push_str(q);
            }
            if let Some(f) = &self.fragment {
                href.push('#');
                href.push_str(f);
            }
            href
        }

        pub(super) fn components(&self) -> Parts {
            let prefixed = |p: char, v: &Option<String>| match v {
                Some(v) if !v.is_empty() => format!("{p}{v}"),
                _ => String::new(),
            };
            [
                self.href(),
                "null".to_owned(),
                "file:".to_owned(),
                String::new(),
                String::new(),
                self.host.clone(),
                self.host.clone(),
                String::new(),
                self.pathname(),
                prefixed('?', &self.query),
                prefixed('#', &self.fragment),
            ]
        }

        /// A setter (not href) on a file URL: file URLs have no credentials or port, and change
        /// scheme only to another special one, keeping a non-empty host.
        pub(super) fn set(mut self, field: &str, value: &str) -> Parts {
            let v = strip_tabs(value);
            match field {
                "protocol" => return self.with_scheme(&v),
                "host" | "hostname" => {
                    let end = v
                        .iter()
                        .position(|c| matches!(c, '/' | '\\' | '?' | '#'))
                        .unwrap_or(v.len());
                    if let Ok(host) = parse_host(&String::from_iter(&v[..end])) {
                        self.host = host;
                    }
                }
                "pathname" => {
                    self.path.clear();
                    let s = if is_slash(v.first()) { &v[1..] } else { &v[..] };
                    self = path_state(s, self, true);
                }
                "search" if value.is_empty() => self.query = None,
                // (the '?' / '#' is stripped before the tabs and newlines: "\t?a" keeps its '?')
                "search" => {
                    let s = strip_tabs(value.strip_prefix('?').unwrap_or(value));
                    self = query_state(&s, self, true);
                }
                "hash" if value.is_empty() => self.fragment = None,
                "hash" => {
                    let s = strip_tabs(value.strip_prefix('#').unwrap_or(value));
                    self = fragment_state(&s, self);
                }
                _ => {}
            }
            self.components()
        }

        fn with_scheme(&self, value: &[char]) -> Parts {
            let mut v = value.to_vec();
            v.push(':');
            let scheme =
                scheme_end(&v).map(|end| String::from_iter(&v[..end]).to_ascii_lowercase());
            match scheme {
                Some(s)
                    if super::SPECIAL_NOT_FILE.contains(&s.as_str()) && !self.host.is_empty() =>
                {
                    let href = format!("{s}{}", &self.href()["file".len()..]);
                    super::parse_any(&href, None).unwrap_or_else(|| self.components())
                }
                _ => self.components(),
            }
        }
    }
}
