//! Sockets for the browser host: a virtual loopback network inside the instance. `listen`
//! registers a listener on a port; `connect` to localhost (127.0.0.0/8, ::1, 0.0.0.0, ::) on a
//! listening port makes an in-memory socket pair that `accept` hands to the server. Reads,
//! writes, half-close, close (EOF, or ECONNRESET when unread data is dropped) and `poll` behave
//! as loopback TCP does, with the same API as the WASI host, so `net`, `http` and `fetch` run
//! unchanged. Nothing ever blocks: `poll` answers at once and records when the loop found
//! nothing to do (`take_idle_wait`), so the worker can sleep until a timer is due or the page
//! injects a connection (`connect_port` in `web.rs`). Other hosts are unreachable (no raw TCP
//! in a browser): ENETUNREACH, and names other than localhost do not resolve.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// A socket address as node reports it: (address, family "IPv4"/"IPv6", port).
pub type Addr = (String, &'static str, u16);
/// Interest bits for `poll`.
pub const READABLE: i16 = 1;
pub const WRITABLE: i16 = 2;

/// Socket descriptors live apart from the file system's small numbers.
const FD_BASE: i32 = 1 << 20;
/// Bytes a socket holds for its reader before the writer sees backpressure.
const BUFFER_LIMIT: usize = 256 * 1024;
/// Linux's default ephemeral port range.
const EPHEMERAL: (u16, u16) = (32768, 60999);

const HINT: &str = "rjs: raw TCP to the outside is not available in the browser: net, http and \
fetch() reach only servers this script runs on localhost (other hosts: ENETUNREACH, other \
names: ENOTFOUND).\n";

struct Listener {
    ip: IpAddr,
    port: u16,
    /// Server-side ends of connections not accepted yet.
    queue: VecDeque<i32>,
    backlog: usize,
}

struct Socket {
    local: (IpAddr, u16),
    remote: (IpAddr, u16),
    /// The other end, while it is open.
    peer: Option<i32>,
    /// Bytes the peer wrote that this end has not read.
    inbox: VecDeque<u8>,
    /// The peer shut down its writing side or closed: reads end after the inbox.
    eof: bool,
    /// The peer closed with data unread, or the listener went away before accepting.
    reset: bool,
    shut_write: bool,
    /// How the server side reports addresses: `::ffff:a.b.c.d` on a dual-stack listener.
    mapped: bool,
}

enum Entry {
    Listener(Listener),
    Socket(Socket),
}

/// A change in the virtual network the page hears about.
pub enum Event {
    Listen(u16),
    Close(u16),
}

#[derive(Default)]
struct Net {
    entries: HashMap<i32, Entry>,
    next_fd: i32,
    /// port → listener descriptor.
    ports: BTreeMap<u16, i32>,
    next_ephemeral: u16,
    /// Set by a `poll` that found nothing ready and would have waited (ms, -1: no limit).
    idle: Option<i32>,
    hinted: bool,
    events: Option<js_sys::Function>,
}

thread_local! {
    static NET: RefCell<Net> = RefCell::new(Net::default());
}

fn with<T>(f: impl FnOnce(&mut Net) -> T) -> T {
    NET.with(|n| f(&mut n.borrow_mut()))
}

fn err(name: &'static str) -> io::Error {
    super::fs::errno(name)
}

fn family(ip: &IpAddr) -> &'static str {
    if ip.is_ipv4() {
        "IPv4"
    } else {
        "IPv6"
    }
}

fn is_local(ip: &IpAddr) -> bool {
    ip.is_loopback() || ip.is_unspecified()
}

fn show(ip: IpAddr, port: u16, mapped: bool) -> Addr {
    match ip {
        IpAddr::V4(v4) if mapped => (format!("::ffff:{v4}"), "IPv6", port),
        _ => (ip.to_string(), family(&ip), port),
    }
}

/// Calls the page's listener callback (outside the state borrow).
fn notify(event: Event) {
    let Some(f) = with(|n| n.events.clone()) else {
        return;
    };
    let (kind, port) = match event {
        Event::Listen(p) => ("listen", p),
        Event::Close(p) => ("close", p),
    };
    let _ = f.call2(
        &wasm_bindgen::JsValue::NULL,
        &wasm_bindgen::JsValue::from_str(kind),
        &wasm_bindgen::JsValue::from(port),
    );
}

/// `callback(kind, port)` with kind "listen" or "close" whenever a listener comes or goes.
pub fn set_event_sink(callback: Option<js_sys::Function>) {
    with(|n| n.events = callback);
}

/// Whether the last loop turn's poll found nothing ready and would have waited: the wait in ms
/// (-1: until something happens). Cleared by reading.
pub fn take_idle_wait() -> Option<i32> {
    with(|n| n.idle.take())
}

impl Net {
    fn alloc(&mut self, entry: Entry) -> i32 {
        if self.next_fd < FD_BASE {
            self.next_fd = FD_BASE;
        }
        let fd = self.next_fd;
        self.next_fd += 1;
        self.entries.insert(fd, entry);
        fd
    }

    fn socket(&mut self, fd: i32) -> io::Result<&mut Socket> {
        match self.entries.get_mut(&fd) {
            Some(Entry::Socket(s)) => Ok(s),
            Some(Entry::Listener(_)) => Err(err("ENOTCONN")),
            None => Err(err("EBADF")),
        }
    }

    fn port_in_use(&self, port: u16) -> bool {
        self.ports.contains_key(&port)
            || self.entries.values().any(|e| match e {
                Entry::Socket(s) => s.local.1 == port,
                Entry::Listener(_) => false,
            })
    }

    fn ephemeral(&mut self) -> io::Result<u16> {
        let span = u32::from(EPHEMERAL.1 - EPHEMERAL.0) + 1;
        for _ in 0..span {
            if self.next_ephemeral < EPHEMERAL.0 || self.next_ephemeral > EPHEMERAL.1 {
                self.next_ephemeral = EPHEMERAL.0;
            }
            let p = self.next_ephemeral;
            self.next_ephemeral += 1;
            if !self.port_in_use(p) {
                return Ok(p);
            }
        }
        Err(err("EADDRNOTAVAIL"))
    }

    /// The listener a connection to ip:port reaches.
    fn listener_for(&self, ip: &IpAddr, port: u16) -> Option<i32> {
        let fd = *self.ports.get(&port)?;
        let Some(Entry::Listener(l)) = self.entries.get(&fd) else {
            return None;
        };
        let reaches = match (l.ip, ip) {
            // `::` is dual-stack; `0.0.0.0` takes every IPv4 address.
            (IpAddr::V6(a), _) if a.is_unspecified() => true,
            (IpAddr::V4(a), IpAddr::V4(_)) if a.is_unspecified() => true,
            (a, b) => {
                a == *b || (b.is_unspecified() && a.is_loopback() && a.is_ipv4() == b.is_ipv4())
            }
        };
        reaches.then_some(fd)
    }

    fn connect(&mut self, ip: IpAddr, port: u16) -> io::Result<i32> {
        if !is_local(&ip) {
            return Err(err("ENETUNREACH"));
        }
        let lfd = self
            .listener_for(&ip, port)
            .ok_or_else(|| err("ECONNREFUSED"))?;
        let mapped = match self.entries.get(&lfd) {
            Some(Entry::Listener(l)) if l.queue.len() < l.backlog => l.ip.is_ipv6() && ip.is_ipv4(),
            _ => return Err(err("ECONNREFUSED")),
        };
        // Connecting to a wildcard address reaches the loopback one.
        let dest = match ip {
            IpAddr::V4(a) if a.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
            IpAddr::V6(a) if a.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
            other => other,
        };
        let local = (dest, self.ephemeral()?);
        let remote = (dest, port);
        let client = self.alloc(Entry::Socket(Socket::new(local, remote, false)));
        let server = self.alloc(Entry::Socket(Socket::new(remote, local, mapped)));
        if let Ok(s) = self.socket(client) {
            s.peer = Some(server);
        }
        if let Ok(s) = self.socket(server) {
            s.peer = Some(client);
        }
        if let Some(Entry::Listener(l)) = self.entries.get_mut(&lfd) {
            l.queue.push_back(server);
        }
        Ok(client)
    }

    /// Appends to the peer's inbox: bytes taken (limited by its space unless `all`).
    fn write(&mut self, fd: i32, data: &[u8], all: bool) -> io::Result<usize> {
        let s = self.socket(fd)?;
        if s.shut_write {
            return Err(err("EPIPE"));
        }
        let Some(peer) = s.peer else {
            return Err(err("EPIPE"));
        };
        let p = self.socket(peer)?;
        let space = if all {
            data.len()
        } else {
            BUFFER_LIMIT.saturating_sub(p.inbox.len()).min(data.len())
        };
        p.inbox.extend(&data[..space]);
        Ok(space)
    }

    fn close(&mut self, fd: i32, reset_peer: bool) -> Option<Event> {
        match self.entries.remove(&fd)? {
            Entry::Listener(l) => {
                if self.ports.get(&l.port) == Some(&fd) {
                    self.ports.remove(&l.port);
                }
                for pending in l.queue {
                    self.close(pending, true);
                }
                Some(Event::Close(l.port))
            }
            Entry::Socket(s) => {
                if let Some(peer) = s.peer {
                    if let Ok(p) = self.socket(peer) {
                        p.peer = None;
                        p.eof = true;
                        // Linux answers a close with unread data with a reset.
                        p.reset |= reset_peer || !s.inbox.is_empty();
                    }
                }
                None
            }
        }
    }

    fn ready(&self, fd: i32) -> i16 {
        match self.entries.get(&fd) {
            Some(Entry::Listener(l)) => {
                if l.queue.is_empty() {
                    0
                } else {
                    READABLE
                }
            }
            Some(Entry::Socket(s)) => {
                let mut r = 0;
                if !s.inbox.is_empty() || s.eof || s.reset {
                    r |= READABLE;
                }
                let room = match s.peer.and_then(|p| self.entries.get(&p)) {
                    Some(Entry::Socket(p)) => p.inbox.len() < BUFFER_LIMIT,
                    // Writing would fail: report it, as POLLERR/POLLHUP do.
                    _ => true,
                };
                if room || s.shut_write {
                    r |= WRITABLE;
                }
                r
            }
            None => 0,
        }
    }
}

impl Socket {
    fn new(local: (IpAddr, u16), remote: (IpAddr, u16), mapped: bool) -> Self {
        Socket {
            local,
            remote,
            peer: None,
            inbox: VecDeque::new(),
            eof: false,
            reset: false,
            shut_write: false,
            mapped,
        }
    }
}

fn parse_ip(host: &str) -> io::Result<IpAddr> {
    host.parse::<IpAddr>().map_err(|_| err("EINVAL"))
}

/// Writes the no-network hint once per run, the first time a script reaches for the outside.
fn hint_once() {
    if !with(|n| std::mem::replace(&mut n.hinted, true)) {
        super::write_fd(2, HINT.as_bytes());
    }
}

/// Binds and listens; returns the descriptor and the bound address.
pub fn listen(host: &str, port: u16, backlog: i32) -> io::Result<(i32, Addr)> {
    let ip = parse_ip(host)?;
    if !is_local(&ip) {
        return Err(err("EADDRNOTAVAIL"));
    }
    let (fd, addr) = with(|n| {
        let port = if port == 0 { n.ephemeral()? } else { port };
        if n.ports.contains_key(&port) {
            return Err(err("EADDRINUSE"));
        }
        let fd = n.alloc(Entry::Listener(Listener {
            ip,
            port,
            queue: VecDeque::new(),
            backlog: backlog.clamp(1, 4096) as usize,
        }));
        n.ports.insert(port, fd);
        Ok((fd, show(ip, port, false)))
    })?;
    notify(Event::Listen(addr.2));
    Ok((fd, addr))
}

/// Accepts one pending connection (None when there is none right now).
pub fn accept(fd: i32) -> io::Result<Option<(i32, Addr)>> {
    with(|n| {
        let next = match n.entries.get_mut(&fd) {
            Some(Entry::Listener(l)) => l.queue.pop_front(),
            Some(Entry::Socket(_)) => return Err(err("EINVAL")),
            None => return Err(err("EBADF")),
        };
        let Some(cfd) = next else {
            return Ok(None);
        };
        let s = n.socket(cfd)?;
        Ok(Some((cfd, show(s.remote.0, s.remote.1, s.mapped))))
    })
}

/// Connects at once (loopback needs no round trip); a refused or unreachable destination
/// fails here, as a loopback connect does.
pub fn connect(host: &str, port: u16) -> io::Result<i32> {
    let ip = parse_ip(host)?;
    let r = with(|n| n.connect(ip, port));
    if matches!(&r, Err(e) if super::fs::errno_name(e) == Some("ENETUNREACH")) {
        hint_once();
    }
    r
}

/// The outcome of a finished connect.
pub fn connect_result(fd: i32) -> io::Result<()> {
    with(|n| n.socket(fd).map(|_| ()))
}

/// Reads what is available: Some(bytes) (empty at end of stream), None if nothing yet.
pub fn read(fd: i32, max: usize) -> io::Result<Option<Vec<u8>>> {
    with(|n| {
        let s = n.socket(fd)?;
        if !s.inbox.is_empty() {
            let count = max.min(s.inbox.len());
            return Ok(Some(s.inbox.drain(..count).collect()));
        }
        if s.reset {
            s.reset = false;
            return Err(err("ECONNRESET"));
        }
        Ok(s.eof.then(Vec::new))
    })
}

/// Writes what the peer's buffer takes now: bytes written (0 when it is full).
pub fn write(fd: i32, data: &[u8]) -> io::Result<usize> {
    with(|n| n.write(fd, data, false))
}

/// Writes all of `data` whatever the peer has buffered (the page's injected requests).
pub fn write_all(fd: i32, data: &[u8]) -> io::Result<()> {
    with(|n| n.write(fd, data, true).map(|_| ()))
}

pub fn shutdown_write(fd: i32) -> io::Result<()> {
    with(|n| {
        let s = n.socket(fd)?;
        s.shut_write = true;
        if let Some(peer) = s.peer {
            n.socket(peer)?.eof = true;
        }
        Ok(())
    })
}

pub fn close(fd: i32) {
    if let Some(event) = with(|n| n.close(fd, false)) {
        notify(event);
    }
}

pub fn local_addr(fd: i32) -> io::Result<Addr> {
    with(|n| match n.entries.get(&fd) {
        Some(Entry::Listener(l)) => Ok(show(l.ip, l.port, false)),
        Some(Entry::Socket(s)) => Ok(show(s.local.0, s.local.1, s.mapped)),
        None => Err(err("EBADF")),
    })
}

pub fn peer_addr(fd: i32) -> io::Result<Addr> {
    with(|n| {
        let s = n.socket(fd)?;
        Ok(show(s.remote.0, s.remote.1, s.mapped))
    })
}

pub fn set_no_delay(fd: i32, _: bool) -> io::Result<()> {
    with(|n| n.socket(fd).map(|_| ()))
}

pub fn set_keep_alive(fd: i32, _: bool) -> io::Result<()> {
    with(|n| n.socket(fd).map(|_| ()))
}

/// Each descriptor's ready bits right now (never waits): sockets, standard input (fd 0, typed
/// in the page) and `host_http` requests (a response part has arrived). A poll that finds
/// nothing ready and was allowed to wait is remembered for `take_idle_wait`; the worker wakes
/// the loop when input, a fetch part or a connection arrives.
pub fn poll(fds: &[(i32, i16)], timeout_ms: i32) -> io::Result<Vec<i16>> {
    // Standard input and outgoing fetches live outside the network's state.
    let others: Vec<i16> = fds
        .iter()
        .map(|&(fd, ev)| {
            let r = if fd == 0 {
                super::stdin_watched()
            } else {
                super::http::is_request(fd) && super::http::has_event(fd)
            };
            if r {
                READABLE & ev
            } else {
                0
            }
        })
        .collect();
    with(|n| {
        let ready: Vec<i16> = fds
            .iter()
            .zip(others)
            .map(|(&(fd, ev), other)| other | (n.ready(fd) & ev))
            .collect();
        n.idle = (timeout_ms != 0 && ready.iter().all(|&r| r == 0)).then_some(timeout_ms);
        Ok(ready)
    })
}

/// Only localhost and literal addresses resolve: the browser has no DNS.
pub fn lookup(host: &str, family: i32) -> Result<Vec<(String, u8)>, &'static str> {
    if let Ok(ip) = host.parse::<IpAddr>() {
        return Ok(vec![(ip.to_string(), if ip.is_ipv4() { 4 } else { 6 })]);
    }
    let name = host.trim_end_matches('.').to_ascii_lowercase();
    if name == "localhost" || name.ends_with(".localhost") {
        return Ok(match family {
            6 => vec![("::1".to_string(), 6)],
            _ => vec![("127.0.0.1".to_string(), 4)],
        });
    }
    hint_once();
    Err("ENOTFOUND")
}

/// The page's side of a connection to `port` (its request goes in with `write_all`, the
/// response comes out with `read`).
pub fn connect_port(port: u16) -> io::Result<i32> {
    with(|n| {
        n.connect(IpAddr::V4(Ipv4Addr::LOCALHOST), port)
            .or_else(|_| n.connect(IpAddr::V6(Ipv6Addr::LOCALHOST), port))
    })
}
