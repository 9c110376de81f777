//! The native half of `url`: WHATWG URL parsing and setters (the `url` crate's `quirks` API is
//! the URL Standard's), domainToASCII/Unicode, and the x-www-form-urlencoded codec behind
//! URLSearchParams. The URL and URLSearchParams classes are `node/js/url.js`.

use crate::node::str_arg;
use boa_engine::{
    object::{builtins::JsArray, JsObject},
    Context, JsResult, JsString, JsValue,
};
use url::{quirks, Url};

/// The components as `[href, origin, protocol, username, password, host, hostname, port,
/// pathname, search, hash]`.
fn components(url: &Url, ctx: &mut Context) -> JsValue {
    let parts = [
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
    ];
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

/// `parse(input, base?)` → components, or undefined when the input is not a URL.
fn parse(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let input = str_arg(args, 0, ctx)?;
    let parsed = match args.get(1) {
        Some(b) if !b.is_undefined() => {
            let base = b.to_string(ctx)?.to_std_string_lossy();
            Url::parse(&base).and_then(|base| base.join(&input))
        }
        _ => Url::parse(&input),
    };
    Ok(match parsed {
        Ok(mut url) => {
            drive_letter_quirk(&mut url);
            components(&url, ctx)
        }
        Err(_) => JsValue::undefined(),
    })
}

/// `set(href, field, value)` → components after the setter (unchanged when it does not apply).
fn set(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let href = str_arg(args, 0, ctx)?;
    let field = str_arg(args, 1, ctx)?;
    let value = str_arg(args, 2, ctx)?;
    let Ok(mut url) = Url::parse(&href) else {
        return Ok(JsValue::undefined());
    };
    let ok = match field.as_str() {
        "href" => quirks::set_href(&mut url, &value).is_ok(),
        "protocol" => {
            quirks::set_protocol(&mut url, &value).is_ok() || file_scheme_quirk(&mut url, &value)
        }
        "username" => quirks::set_username(&mut url, &value).is_ok(),
        "password" => quirks::set_password(&mut url, &value).is_ok(),
        "host" => quirks::set_host(&mut url, &value).is_ok(),
        "hostname" => quirks::set_hostname(&mut url, &value).is_ok(),
        "port" => quirks::set_port(&mut url, &value).is_ok(),
        "pathname" => {
            quirks::set_pathname(&mut url, &value);
            empty_path_quirk(&mut url, &value);
            true
        }
        "search" => {
            quirks::set_search(&mut url, &value);
            true
        }
        "hash" => {
            quirks::set_hash(&mut url, &value);
            true
        }
        _ => false,
    };
    drive_letter_quirk(&mut url);
    Ok(if ok || field != "href" {
        components(&url, ctx)
    } else {
        JsValue::undefined()
    })
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
/// `url` crate refuses any URL with an authority. The URL is rebuilt with the new scheme.
fn file_scheme_quirk(url: &mut Url, value: &str) -> bool {
    const SPECIAL: [&str; 5] = ["http", "https", "ws", "wss", "ftp"];
    let scheme = value.split(':').next().unwrap_or_default();
    if !scheme.eq_ignore_ascii_case("file")
        || !SPECIAL.contains(&url.scheme())
        || !url.username().is_empty()
        || url.password().is_some()
        || url.port().is_some()
    {
        return false;
    }
    let host = url.host_str().map(str::to_owned);
    let Ok(mut rebuilt) = Url::parse(&format!("file{}", &url[url::Position::AfterScheme..])) else {
        return false;
    };
    // (parsing drops a `localhost` host, which the setter keeps)
    if rebuilt.host_str() != host.as_deref() && rebuilt.set_host(host.as_deref()).is_err() {
        return false;
    }
    *url = rebuilt;
    true
}

/// A file URL whose first path segment is a Windows drive letter written `C|` has it as `C:`
/// (the URL Standard's path state; the `url` crate keeps the `|` when no base is involved).
fn drive_letter_quirk(url: &mut Url) {
    if url.scheme() != "file" {
        return;
    }
    let path = url.path();
    let b = path.as_bytes();
    if b.len() >= 3
        && b[0] == b'/'
        && b[1].is_ascii_alphabetic()
        && b[2] == b'|'
        && (b.len() == 3 || b[3] == b'/')
    {
        let fixed = format!("{}:{}", &path[..2], &path[3..]);
        url.set_path(&fixed);
    }
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

/// `parseParams(query)` → `[name, value, name, value, ...]` (a leading `?` is the caller's).
fn parse_params(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let q = str_arg(args, 0, ctx)?;
    let flat: Vec<JsValue> = form_urlencoded::parse(q.as_bytes())
        .flat_map(|(k, v)| {
            [
                JsValue::from(JsString::from(k.as_ref())),
                JsValue::from(JsString::from(v.as_ref())),
            ]
        })
        .collect();
    Ok(JsArray::from_iter(flat, ctx).into())
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
