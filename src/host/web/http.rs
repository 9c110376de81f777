//! Outgoing HTTP(S) through the browser's `fetch()` (`internalBinding('host_http')`, the
//! interface both hosts implement: `request`, `read`, `close`). The fetch runs in
//! a small JS helper (below): it queues the response's parts per request id — head, body
//! chunks, end or error — and calls the worker's wake callback (`set_wake`) whenever one
//! arrives, so a loop waiting only for a fetch sleeps until then. `net::poll` reports an id
//! READABLE while its queue holds a part; `read` takes the parts one at a time.
//!
//! The browser decides what the script may see: a server must allow the page's origin (CORS),
//! only CORS-safelisted response headers (plus those it exposes) are visible, cookies are never
//! sent or seen, redirects are followed and compressed bodies arrive decoded (so
//! content-encoding and the encoded content-length are dropped from the head). A failure is
//! told apart with a no-cors HEAD probe: the server answered (so CORS refused the response) or
//! it could not be reached at all.

use crate::node::buffer::{new_buffer_from_vec, view};
use crate::node::str_arg;
use boa_engine::{
    js_string,
    object::{builtins::JsArray, JsObject},
    Context, JsResult, JsString, JsValue,
};
use std::cell::Cell;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue as WebValue;

#[wasm_bindgen(inline_js = r#"
const reqs = new Map();
let wake = null;
export function http_set_wake(f) { wake = f; }
const MAX_QUEUED = 16;
function push(r, ev) {
  if (r.closed) return;
  r.events.push(ev);
  if (wake) { try { wake(); } catch {} }
}
function pageNote(url) {
  try {
    if (self.location.protocol === 'https:' && new URL(url).protocol === 'http:') {
      return ' (an https page cannot fetch http:// URLs: mixed content)';
    }
  } catch {}
  return '';
}
async function failure(url, method) {
  let origin = '';
  try { origin = self.location.origin; } catch {}
  let reached = false;
  try {
    await fetch(url, { method: 'HEAD', mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
    reached = true;
  } catch {}
  if (reached) {
    return ['error', 'ERR_HOST_HTTP', `The browser's fetch() refused the response to ${method} ${url}: ` +
      `the server does not allow this page's origin (${origin}) to read it (CORS: it sends no ` +
      `matching Access-Control-Allow-Origin header${method === 'GET' || method === 'HEAD' ? '' : ', or refused the preflight request'}). ` +
      'In the playground, outgoing requests work only with servers that allow cross-origin requests.'];
  }
  return ['error', 'ECONNREFUSED', `The browser's fetch() could not reach ${url}: the host does not resolve, ` +
    `refused the connection or its TLS certificate is not trusted${pageNote(url)}.`];
}
export function http_start(id, method, url, headers, body) {
  if (typeof fetch !== 'function') throw new Error('UNAVAILABLE');
  const ctrl = new AbortController();
  const h = new Headers();
  for (let i = 0; i + 1 < headers.length; i += 2) h.append(headers[i], headers[i + 1]);
  const init = { method, headers: h, signal: ctrl.signal, credentials: 'omit', redirect: 'follow' };
  if (body && (body.length > 0 || (method !== 'GET' && method !== 'HEAD'))) init.body = body;
  const req = new Request(url, init);
  const r = { events: [], ctrl, closed: false, resume: null };
  reqs.set(id, r);
  (async () => {
    let res;
    try {
      res = await fetch(req);
    } catch (e) {
      if (r.closed) return;
      push(r, await failure(url, method));
      return;
    }
    const flat = [];
    const encoded = res.headers.has('content-encoding');
    res.headers.forEach((v, k) => {
      if (encoded && (k === 'content-encoding' || k === 'content-length')) return;
      flat.push(k, v);
    });
    push(r, ['head', res.status, res.statusText, flat]);
    if (!res.body) { push(r, ['end']); return; }
    const reader = res.body.getReader();
    try {
      for (;;) {
        if (r.events.length >= MAX_QUEUED) await new Promise((go) => { r.resume = go; });
        if (r.closed) { reader.cancel().catch(() => {}); return; }
        const { done, value } = await reader.read();
        if (r.closed) return;
        if (done) break;
        if (value.length > 0) push(r, ['data', value]);
      }
      push(r, ['end']);
    } catch (e) {
      push(r, ['error', 'ECONNRESET', `The response from ${url} broke off: ${e && e.message || e}`]);
    }
  })();
}
export function http_has(id) {
  const r = reqs.get(id);
  return r !== undefined && r.events.length > 0;
}
export function http_take(id) {
  const r = reqs.get(id);
  if (r === undefined || r.events.length === 0) return null;
  const ev = r.events.shift();
  if (r.resume && r.events.length < MAX_QUEUED) { const go = r.resume; r.resume = null; go(); }
  return ev;
}
export function http_close(id) {
  const r = reqs.get(id);
  if (r === undefined) return;
  reqs.delete(id);
  r.closed = true;
  r.events = [];
  if (r.resume) r.resume();
  try { r.ctrl.abort(); } catch {}
}
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    fn http_start(
        id: i32,
        method: &str,
        url: &str,
        headers: Vec<String>,
        body: Option<Vec<u8>>,
    ) -> Result<(), WebValue>;
    fn http_has(id: i32) -> bool;
    fn http_take(id: i32) -> WebValue;
    fn http_close(id: i32);
    fn http_set_wake(f: Option<js_sys::Function>);
}

/// Request ids are pseudo descriptors apart from sockets and files.
const ID_BASE: i32 = 0x4000_0000;

thread_local! {
    static NEXT_ID: Cell<i32> = const { Cell::new(ID_BASE) };
}

/// `callback()` is called whenever a response part arrives (the worker runs the loop then).
pub fn set_wake(callback: Option<js_sys::Function>) {
    http_set_wake(callback);
}

/// Whether `fd` is a request id rather than a socket.
pub fn is_request(fd: i32) -> bool {
    fd >= ID_BASE
}

/// Whether `read(id)` has a part to return.
pub fn has_event(id: i32) -> bool {
    http_has(id)
}

/// Whether a URL's host is the script's own virtual loopback network (never the browser's).
fn is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => {
            let d = d.trim_end_matches('.').to_ascii_lowercase();
            d == "localhost" || d.ends_with(".localhost")
        }
        Some(url::Host::Ipv4(ip)) => ip.is_loopback() || ip.is_unspecified(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback() || ip.is_unspecified(),
        None => false,
    }
}

/// `request(method, url, headers, body)` → id, or `{ code, message }` when it cannot start.
fn request(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let method = str_arg(args, 0, ctx)?;
    let url = str_arg(args, 1, ctx)?;
    let parsed = match url::Url::parse(&url) {
        Ok(u) => u,
        Err(e) => {
            return Ok(crate::node::code_message_value(
                "ERR_INVALID_URL",
                &format!("{e}: {url}"),
                ctx,
            ))
        }
    };
    if !matches!(parsed.scheme(), "http" | "https") {
        let msg = format!("The browser's fetch() cannot request {url}: only http: and https: URLs reach the outside.");
        return Ok(crate::node::code_message_value("ERR_HOST_HTTP", &msg, ctx));
    }
    if is_loopback(&parsed) {
        let msg = format!("{url} is on the script's own loopback network, not the browser's: connect with net/http instead.");
        return Ok(crate::node::code_message_value("ERR_HOST_HTTP", &msg, ctx));
    }
    let mut headers = Vec::new();
    if let Some(list) = args.get(2).and_then(JsValue::as_object) {
        let list = JsArray::from_object(list.clone())?;
        for i in 0..list.length(ctx)? {
            let v = list.get(i, ctx)?;
            headers.push(v.to_string(ctx)?.to_std_string_lossy());
        }
    }
    let body = match args.get(3) {
        Some(v) if v.is_object() => Some(view(Some(v), ctx)?.with(<[u8]>::to_vec)),
        _ => None,
    };
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(if id == i32::MAX { ID_BASE } else { id + 1 });
        id
    });
    match http_start(id, &method, parsed.as_str(), headers, body) {
        Ok(()) => Ok(id.into()),
        Err(e) => {
            let text = js_sys::Error::from(e)
                .message()
                .as_string()
                .unwrap_or_default();
            Ok(if text == "UNAVAILABLE" {
                crate::node::code_message_value(
                    "ERR_HOST_HTTP_UNAVAILABLE",
                    "This browser context has no fetch(): outgoing HTTP is not available.",
                    ctx,
                )
            } else {
                let msg = format!("The browser's fetch() refused {method} {url}: {text}");
                crate::node::code_message_value("ERR_HOST_HTTP", &msg, ctx)
            })
        }
    }
}

fn string_at(arr: &js_sys::Array, i: u32) -> JsValue {
    JsString::from(arr.get(i).as_string().unwrap_or_default().as_str()).into()
}

/// `read(id)` → the next part (`['head', status, statusText, flatHeaders]`, `['data', bytes]`,
/// `['end']`, `['error', code, message]`) or null when none has arrived yet.
fn read(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = args.first().map_or(Ok(0.0), |v| v.to_number(ctx))? as i32;
    let ev = http_take(id);
    if ev.is_null() || ev.is_undefined() {
        return Ok(JsValue::null());
    }
    let ev = js_sys::Array::from(&ev);
    let kind = ev.get(0).as_string().unwrap_or_default();
    let items: Vec<JsValue> = match kind.as_str() {
        "head" => {
            let flat = js_sys::Array::from(&ev.get(3));
            let names: Vec<JsValue> = (0..flat.length()).map(|i| string_at(&flat, i)).collect();
            vec![
                js_string!("head").into(),
                ev.get(1).as_f64().unwrap_or(0.0).into(),
                string_at(&ev, 2),
                JsArray::from_iter(names, ctx).into(),
            ]
        }
        "data" => {
            let bytes = js_sys::Uint8Array::new(&ev.get(1)).to_vec();
            vec![js_string!("data").into(), new_buffer_from_vec(bytes, ctx)?]
        }
        "end" => vec![js_string!("end").into()],
        _ => vec![
            js_string!("error").into(),
            string_at(&ev, 1),
            string_at(&ev, 2),
        ],
    };
    Ok(JsArray::from_iter(items, ctx).into())
}

/// `close(id)`: aborts the request if it still runs and forgets it (safe to repeat).
fn close(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = args.first().map_or(Ok(0.0), |v| v.to_number(ctx))? as i32;
    http_close(id);
    Ok(JsValue::undefined())
}

/// The `host_http` binding.
pub fn binding(ctx: &mut Context) -> JsObject {
    let obj = crate::node::binding_object(
        ctx,
        &[
            ("request", request, 4),
            ("read", read, 1),
            ("close", close, 1),
        ],
    );
    // The browser has no sockets to the outside: plain http:// to other hosts comes here too.
    let _ = obj.set(boa_engine::js_string!("routesPlainHttp"), true, false, ctx);
    obj
}
