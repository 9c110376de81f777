//! Outgoing HTTP(S) through the host's wasi:http outgoing-handler (`internalBinding('host_http')`,
//! the interface in DESIGN.md's host_http section): `request` starts one exchange and returns a
//! pseudo descriptor (>= 0x40000000); `read` hands out its events (head, body chunks, end or
//! error); `close` drops it. `net::poll` asks `ready`/`wait` about these descriptors, so the
//! event loop sleeps on the wasi:http pollables. TLS stays in the host.
//!
//! A component importing wasi:http cannot even be instantiated by `wasmtime run` without
//! `-S http`, so the bindings are only linked into builds made with `RJS_WASI_HTTP=1` in the
//! environment (`ENABLED`); other builds answer `ERR_HOST_HTTP_UNAVAILABLE` saying so.

use boa_engine::{
    js_string,
    object::{builtins::JsArray, JsObject},
    Context, JsResult, JsString, JsValue,
};

/// Whether this build links wasi:http (see the module comment).
pub const ENABLED: bool = option_env!("RJS_WASI_HTTP").is_some();

/// Pseudo descriptors start here (real wasi-libc descriptors are small numbers).
pub const FIRST_ID: i32 = 0x4000_0000;

/// Whether `fd` names an exchange of this module rather than a real descriptor.
pub fn is_id(fd: i32) -> bool {
    fd >= FIRST_ID
}

/// One event of an exchange, as `read` returns it.
#[cfg_attr(not(target_os = "wasi"), allow(dead_code))]
enum Event {
    Head(u16, Vec<(String, Vec<u8>)>),
    Data(Vec<u8>),
    End,
    Error(String, String),
}

/// Header bytes as node shows them (latin1, one char per byte).
fn latin1(bytes: &[u8]) -> JsString {
    let s: String = bytes.iter().map(|&b| char::from(b)).collect();
    JsString::from(s.as_str())
}

fn event_value(ev: Event, ctx: &mut Context) -> JsResult<JsValue> {
    let items: Vec<JsValue> = match ev {
        Event::Head(status, headers) => {
            let flat = headers.into_iter().flat_map(|(n, v)| {
                [
                    JsValue::from(JsString::from(n.as_str())),
                    JsValue::from(latin1(&v)),
                ]
            });
            let flat = JsArray::from_iter(flat, ctx);
            vec![
                js_string!("head").into(),
                JsValue::from(i32::from(status)),
                js_string!("").into(),
                flat.into(),
            ]
        }
        Event::Data(bytes) => vec![
            js_string!("data").into(),
            crate::node::buffer::new_buffer_from_vec(bytes, ctx)?,
        ],
        Event::End => vec![js_string!("end").into()],
        Event::Error(code, message) => vec![
            js_string!("error").into(),
            JsString::from(code.as_str()).into(),
            JsString::from(message.as_str()).into(),
        ],
    };
    Ok(JsArray::from_iter(items, ctx).into())
}

/// `request(method, url, headers, body)` → id, or `{ code, message }`.
fn request(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let method = crate::node::str_arg(args, 0, ctx)?;
    let url = crate::node::str_arg(args, 1, ctx)?;
    let mut headers = Vec::new();
    if let Some(obj) = args.get(2).and_then(JsValue::as_object) {
        let arr = JsArray::from_object(obj.clone())?;
        let len = arr.length(ctx)?;
        let mut k = 0;
        while k + 1 < len {
            let name = arr.get(k, ctx)?.to_string(ctx)?.to_std_string_lossy();
            let value = arr.get(k + 1, ctx)?.to_string(ctx)?;
            // Header values are byte strings (latin1 code units), as node writes them.
            let bytes: Vec<u8> = value.iter().map(|u| u as u8).collect();
            headers.push((name, bytes));
            k += 2;
        }
    }
    let body = match args.get(3) {
        Some(v) if v.is_object() => {
            let view = crate::node::buffer::view(Some(v), ctx)?;
            Some(view.with(|b| b.to_vec()))
        }
        _ => None,
    };
    Ok(match imp::start(&method, &url, headers, body) {
        Ok(id) => JsValue::from(id),
        Err((code, message)) => crate::node::code_message_value(&code, &message, ctx),
    })
}

/// `read(id)` → the next event or null.
fn read(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = args.first().cloned().unwrap_or_default().to_number(ctx)? as i32;
    match imp::next_event(id) {
        Some(ev) => event_value(ev, ctx),
        None => Ok(JsValue::null()),
    }
}

/// `close(id)`: aborts and frees (twice is fine).
fn close(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = args.first().cloned().unwrap_or_default().to_number(ctx)? as i32;
    imp::close(id);
    Ok(JsValue::undefined())
}

/// The `host_http` binding.
pub fn binding(ctx: &mut Context) -> JsObject {
    crate::node::binding_object(
        ctx,
        &[
            ("request", request, 4),
            ("read", read, 1),
            ("close", close, 1),
        ],
    )
}

/// Whether `read(id)` has something to return now (advances the exchange without blocking).
pub fn ready(id: i32) -> bool {
    imp::ready(id)
}

/// Blocks until one of the exchanges `ids` may have progressed or `timeout_ms` passed
/// (None: no limit).
pub fn wait(ids: &[i32], timeout_ms: Option<u64>) {
    imp::wait(ids, timeout_ms)
}

/// The message of a request that cannot go through the host at all.
fn unavailable() -> (String, String) {
    let launcher = std::env::var_os("RJS_LAUNCHER").is_some();
    let how = if !ENABLED {
        if launcher {
            "this rjs launcher embeds an rjs.wasm built without wasi:http (build it with RJS_WASI_HTTP=1, then the launcher around it)"
        } else {
            "this rjs.wasm was built without wasi:http (build it with RJS_WASI_HTTP=1 and run it with `wasmtime run -S http`)"
        }
    } else {
        "the host does not provide wasi:http"
    };
    (
        "ERR_HOST_HTTP_UNAVAILABLE".into(),
        format!(
            "https:// requests go through the host's wasi:http (TLS stays in the host), but {how}"
        ),
    )
}

#[cfg(not(target_os = "wasi"))]
mod imp {
    //! Native builds (unit tests): no wasi:http.
    use super::Event;

    pub fn start(
        _: &str,
        _: &str,
        _: Vec<(String, Vec<u8>)>,
        _: Option<Vec<u8>>,
    ) -> Result<i32, (String, String)> {
        Err(super::unavailable())
    }
    pub fn next_event(_: i32) -> Option<Event> {
        None
    }
    pub fn close(_: i32) {}
    pub fn ready(_: i32) -> bool {
        false
    }
    pub fn wait(_: &[i32], timeout_ms: Option<u64>) {
        std::thread::sleep(std::time::Duration::from_millis(timeout_ms.unwrap_or(10)));
    }
}

#[cfg(target_os = "wasi")]
mod imp {
    use super::{Event, ENABLED, FIRST_ID};
    use std::cell::RefCell;
    use std::collections::{HashMap, VecDeque};
    use wasi::http::types::{
        ErrorCode, Fields, FutureIncomingResponse, IncomingBody, IncomingResponse, Method,
        OutgoingBody, OutgoingRequest, Scheme,
    };
    use wasi::io::poll::Pollable;
    use wasi::io::streams::{InputStream, StreamError};

    /// Body chunks are read up to this size.
    const CHUNK: u64 = 64 * 1024;

    /// Where an exchange is. Fields are declared child first: Rust drops them in order, and a
    /// child resource must go before its parent.
    enum State {
        Waiting {
            pollable: Pollable,
            future: FutureIncomingResponse,
        },
        Body {
            pollable: Pollable,
            stream: InputStream,
            body: IncomingBody,
            response: IncomingResponse,
        },
        Done,
    }

    struct Exchange {
        state: State,
        events: VecDeque<Event>,
        /// No body expected (HEAD): end right after the head.
        head_only: bool,
    }

    thread_local! {
        static EXCHANGES: RefCell<HashMap<i32, Exchange>> = RefCell::new(HashMap::new());
        static NEXT_ID: std::cell::Cell<i32> = const { std::cell::Cell::new(FIRST_ID) };
    }

    fn method_of(m: &str) -> Method {
        match m {
            "GET" => Method::Get,
            "HEAD" => Method::Head,
            "POST" => Method::Post,
            "PUT" => Method::Put,
            "DELETE" => Method::Delete,
            "CONNECT" => Method::Connect,
            "OPTIONS" => Method::Options,
            "TRACE" => Method::Trace,
            "PATCH" => Method::Patch,
            other => Method::Other(other.to_string()),
        }
    }

    /// Headers wasi:http refuses from a guest (the host sets or frames them itself).
    fn forbidden(name: &str) -> bool {
        const LIST: [&str; 9] = [
            "connection",
            "keep-alive",
            "proxy-authenticate",
            "proxy-authorization",
            "proxy-connection",
            "transfer-encoding",
            "upgrade",
            "host",
            "http2-settings",
        ];
        LIST.iter().any(|f| f.eq_ignore_ascii_case(name))
    }

    /// A node-style (code, message) for a wasi:http error. The rjs launcher reports what
    /// wasi:http has no case for (certificate problems) as `internal-error("rjs:CODE:message")`.
    pub fn describe(e: &ErrorCode) -> (String, String) {
        let c = |code: &str, msg: &str| (code.to_string(), msg.to_string());
        match e {
            ErrorCode::DnsError(_) | ErrorCode::DestinationNotFound => c("ENOTFOUND", ""),
            ErrorCode::DnsTimeout => c("EAI_AGAIN", ""),
            ErrorCode::ConnectionRefused => c("ECONNREFUSED", ""),
            ErrorCode::DestinationUnavailable | ErrorCode::DestinationIpUnroutable => {
                c("EHOSTUNREACH", "")
            }
            ErrorCode::ConnectionTimeout => c("ETIMEDOUT", ""),
            ErrorCode::ConnectionReadTimeout
            | ErrorCode::ConnectionWriteTimeout
            | ErrorCode::HttpResponseTimeout => c("ETIMEDOUT", ""),
            ErrorCode::ConnectionTerminated | ErrorCode::HttpResponseIncomplete => {
                c("ECONNRESET", "")
            }
            ErrorCode::HttpRequestDenied | ErrorCode::DestinationIpProhibited => c("EACCES", ""),
            ErrorCode::TlsProtocolError => c(
                "EPROTO",
                "TLS handshake failed (wasmtime's wasi:http gives no reason: most often the server's certificate is not trusted; the rjs launcher reports node's certificate errors and trusts NODE_EXTRA_CA_CERTS)",
            ),
            ErrorCode::TlsCertificateError => c(
                "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
                "unable to verify the first certificate",
            ),
            ErrorCode::TlsAlertReceived(p) => (
                "EPROTO".into(),
                format!(
                    "TLS alert received{}",
                    p.alert_message
                        .as_deref()
                        .map(|m| format!(": {m}"))
                        .unwrap_or_default()
                ),
            ),
            ErrorCode::InternalError(Some(msg)) if msg.starts_with("rjs:") => {
                let rest = &msg[4..];
                match rest.split_once(':') {
                    Some((code, message)) => c(code, message),
                    None => c("ERR_HOST_HTTP", rest),
                }
            }
            ErrorCode::HttpRequestUriInvalid => c("ERR_INVALID_URL", "Invalid URL"),
            other => ("ERR_HOST_HTTP".into(), format!("{other:?}")),
        }
    }

    fn write_body(body: &OutgoingBody, data: &[u8]) -> Result<(), (String, String)> {
        let failed = |_| ("ECONNRESET".to_string(), String::new());
        let stream = body
            .write()
            .map_err(|()| ("ERR_HOST_HTTP".to_string(), "request body".to_string()))?;
        let mut rest = data;
        while !rest.is_empty() {
            let n = stream.check_write().map_err(failed)?;
            if n == 0 {
                stream.subscribe().block();
                continue;
            }
            let k = (n as usize).min(rest.len());
            stream.write(&rest[..k]).map_err(failed)?;
            rest = &rest[k..];
        }
        stream.flush().map_err(failed)?;
        stream.subscribe().block();
        Ok(())
    }

    pub fn start(
        method: &str,
        url: &str,
        headers: Vec<(String, Vec<u8>)>,
        body: Option<Vec<u8>>,
    ) -> Result<i32, (String, String)> {
        if !ENABLED {
            return Err(super::unavailable());
        }
        let invalid = || ("ERR_INVALID_URL".to_string(), "Invalid URL".to_string());
        let (scheme, rest) = url.split_once("://").ok_or_else(invalid)?;
        let scheme = match scheme.to_ascii_lowercase().as_str() {
            "https" => Scheme::Https,
            "http" => Scheme::Http,
            other => Scheme::Other(other.to_string()),
        };
        let (authority, path) = match rest.find(['/', '?']) {
            Some(i) if rest.as_bytes()[i] == b'/' => (&rest[..i], rest[i..].to_string()),
            Some(i) => (&rest[..i], format!("/{}", &rest[i..])),
            None => (rest, "/".to_string()),
        };
        let path = path.split('#').next().unwrap_or("/").to_string();
        let entries: Vec<(String, Vec<u8>)> =
            headers.into_iter().filter(|(n, _)| !forbidden(n)).collect();
        let fields = Fields::from_list(&entries).map_err(|e| {
            (
                "ERR_INVALID_HTTP_TOKEN".to_string(),
                format!("header rejected by wasi:http: {e:?}"),
            )
        })?;
        let req = OutgoingRequest::new(fields);
        let bad = |what: &str| ("ERR_HOST_HTTP".to_string(), format!("invalid {what}"));
        req.set_method(&method_of(method))
            .map_err(|()| bad("method"))?;
        req.set_scheme(Some(&scheme)).map_err(|()| bad("scheme"))?;
        req.set_authority(Some(authority))
            .map_err(|()| bad("host"))?;
        req.set_path_with_query(Some(&path))
            .map_err(|()| bad("path"))?;
        let out_body = match &body {
            Some(_) => Some(req.body().map_err(|()| bad("body"))?),
            None => None,
        };
        let future = wasi::http::outgoing_handler::handle(req, None).map_err(|e| describe(&e))?;
        if let (Some(ob), Some(data)) = (out_body, body) {
            let written = write_body(&ob, &data);
            let finished = OutgoingBody::finish(ob, None).map_err(|e| describe(&e));
            // A failed upload shows up as the response's error too; report that one.
            let _ = (written, finished);
        }
        let pollable = future.subscribe();
        let id = NEXT_ID.with(|n| {
            let id = n.get();
            n.set(if id == i32::MAX { FIRST_ID } else { id + 1 });
            id
        });
        EXCHANGES.with(|x| {
            x.borrow_mut().insert(
                id,
                Exchange {
                    state: State::Waiting { pollable, future },
                    events: VecDeque::new(),
                    head_only: method.eq_ignore_ascii_case("HEAD"),
                },
            )
        });
        Ok(id)
    }

    /// Moves an exchange on as far as it goes without blocking, queueing what it produced.
    fn advance(x: &mut Exchange) {
        if !x.events.is_empty() {
            return;
        }
        let state = std::mem::replace(&mut x.state, State::Done);
        x.state = match state {
            State::Waiting { pollable, future } => {
                let got = future.get();
                if got.is_none() {
                    State::Waiting { pollable, future }
                } else {
                    // Child before parent: the pollable belongs to the future.
                    drop(pollable);
                    drop(future);
                    match got {
                        Some(Ok(Ok(response))) => respond(x, response),
                        Some(Ok(Err(e))) => {
                            let (code, message) = describe(&e);
                            x.events.push_back(Event::Error(code, message));
                            State::Done
                        }
                        _ => {
                            x.events.push_back(Event::Error(
                                "ERR_HOST_HTTP".into(),
                                "response already taken".into(),
                            ));
                            State::Done
                        }
                    }
                }
            }
            State::Body {
                pollable,
                stream,
                body,
                response,
            } => match stream.read(CHUNK) {
                Ok(bytes) if bytes.is_empty() => State::Body {
                    pollable,
                    stream,
                    body,
                    response,
                },
                Ok(bytes) => {
                    x.events.push_back(Event::Data(bytes));
                    State::Body {
                        pollable,
                        stream,
                        body,
                        response,
                    }
                }
                Err(StreamError::Closed) => {
                    drop(pollable);
                    drop(stream);
                    drop(IncomingBody::finish(body));
                    drop(response);
                    x.events.push_back(Event::End);
                    State::Done
                }
                Err(StreamError::LastOperationFailed(err)) => {
                    let ev = match wasi::http::types::http_error_code(&err) {
                        Some(code) => {
                            let (c, m) = describe(&code);
                            Event::Error(c, m)
                        }
                        None => Event::Error("ECONNRESET".into(), err.to_debug_string()),
                    };
                    drop(err);
                    drop(pollable);
                    drop(stream);
                    drop(body);
                    drop(response);
                    x.events.push_back(ev);
                    State::Done
                }
            },
            State::Done => State::Done,
        };
    }

    /// The head arrived: queue it and start reading the body.
    fn respond(x: &mut Exchange, response: IncomingResponse) -> State {
        let headers = response.headers().entries();
        push_head(&mut x.events, response.status(), headers);
        if x.head_only {
            x.events.push_back(Event::End);
            return State::Done;
        }
        let Ok(body) = response.consume() else {
            x.events.push_back(Event::End);
            return State::Done;
        };
        match body.stream() {
            Ok(stream) => State::Body {
                pollable: stream.subscribe(),
                stream,
                body,
                response,
            },
            Err(()) => {
                drop(body);
                x.events.push_back(Event::End);
                State::Done
            }
        }
    }

    fn push_head(events: &mut VecDeque<Event>, status: u16, headers: Vec<(String, Vec<u8>)>) {
        let headers = headers
            .into_iter()
            .map(|(n, v)| (n.to_ascii_lowercase(), v))
            .collect();
        events.push_back(Event::Head(status, headers));
    }

    // Every entry point checks ENABLED first: in builds without it, nothing reaches the
    // wasi:http bindings, so the linker drops them and the component does not import wasi:http.
    pub fn next_event(id: i32) -> Option<Event> {
        if !ENABLED {
            return None;
        }
        EXCHANGES.with(|x| {
            let mut map = x.borrow_mut();
            let ex = map.get_mut(&id)?;
            advance(ex);
            ex.events.pop_front()
        })
    }

    pub fn ready(id: i32) -> bool {
        if !ENABLED {
            return true;
        }
        EXCHANGES.with(|x| {
            let mut map = x.borrow_mut();
            match map.get_mut(&id) {
                Some(ex) => {
                    advance(ex);
                    // A finished exchange has nothing to wait for: report it (read gives null)
                    // rather than leave the poll with no pollable.
                    !ex.events.is_empty() || matches!(ex.state, State::Done)
                }
                // Closed or unknown: report it, so its watcher learns (read gives null).
                None => true,
            }
        })
    }

    pub fn close(id: i32) {
        if !ENABLED {
            return;
        }
        // Dropping the resources (child first, see State) aborts the exchange in the host.
        let ex = EXCHANGES.with(|x| x.borrow_mut().remove(&id));
        drop(ex);
    }

    pub fn wait(ids: &[i32], timeout_ms: Option<u64>) {
        if !ENABLED {
            return;
        }
        EXCHANGES.with(|x| {
            let map = x.borrow();
            let mut list: Vec<&Pollable> = Vec::with_capacity(ids.len() + 1);
            for id in ids {
                match map.get(id).map(|e| &e.state) {
                    Some(State::Waiting { pollable, .. }) | Some(State::Body { pollable, .. }) => {
                        list.push(pollable)
                    }
                    _ => {}
                }
            }
            let timer = timeout_ms.map(|ms| {
                wasi::clocks::monotonic_clock::subscribe_duration(ms.saturating_mul(1_000_000))
            });
            if let Some(t) = &timer {
                list.push(t);
            }
            if !list.is_empty() {
                wasi::io::poll::poll(&list);
            }
        });
    }
}
