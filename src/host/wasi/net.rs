//! TCP sockets and name lookup for the WASI host, through wasi-libc (wasi:sockets underneath):
//! non-blocking descriptors, `poll` over sockets for the event loop, getaddrinfo.
//! Without `-S inherit-network` wasmtime refuses bind/connect with EACCES.

use std::ffi::CString;
use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// A socket address as node reports it: (address, family "IPv4"/"IPv6", port).
pub type Addr = (String, &'static str, u16);

fn check(ret: libc::c_int) -> io::Result<libc::c_int> {
    if ret < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(ret)
    }
}

/// Storage for either address family, plus its length.
fn sockaddr(ip: IpAddr, port: u16) -> (libc::sockaddr_storage, libc::socklen_t) {
    // SAFETY: all-zero bytes are a valid sockaddr_storage / sockaddr_in / sockaddr_in6.
    let mut storage: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    match ip {
        IpAddr::V4(v4) => {
            let mut sin: libc::sockaddr_in = unsafe { std::mem::zeroed() };
            sin.sin_family = libc::AF_INET as libc::sa_family_t;
            sin.sin_port = port.to_be();
            sin.sin_addr = libc::in_addr {
                s_addr: u32::from_ne_bytes(v4.octets()),
            };
            // SAFETY: sockaddr_storage is large enough for sockaddr_in.
            unsafe {
                std::ptr::write((&mut storage as *mut libc::sockaddr_storage).cast(), sin);
            }
            (
                storage,
                std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t,
            )
        }
        IpAddr::V6(v6) => {
            let mut sin6: libc::sockaddr_in6 = unsafe { std::mem::zeroed() };
            sin6.sin6_family = libc::AF_INET6 as libc::sa_family_t;
            sin6.sin6_port = port.to_be();
            sin6.sin6_addr = libc::in6_addr {
                s6_addr: v6.octets(),
            };
            // SAFETY: sockaddr_storage is large enough for sockaddr_in6.
            unsafe {
                std::ptr::write((&mut storage as *mut libc::sockaddr_storage).cast(), sin6);
            }
            (
                storage,
                std::mem::size_of::<libc::sockaddr_in6>() as libc::socklen_t,
            )
        }
    }
}

fn decode(storage: &libc::sockaddr_storage) -> Option<Addr> {
    let family = i32::from(storage.ss_family);
    if family == libc::AF_INET {
        // SAFETY: the family says this storage holds a sockaddr_in.
        let sin: libc::sockaddr_in =
            unsafe { std::ptr::read((storage as *const libc::sockaddr_storage).cast()) };
        let ip = Ipv4Addr::from(sin.sin_addr.s_addr.to_ne_bytes());
        Some((ip.to_string(), "IPv4", u16::from_be(sin.sin_port)))
    } else if family == libc::AF_INET6 {
        // SAFETY: the family says this storage holds a sockaddr_in6.
        let sin6: libc::sockaddr_in6 =
            unsafe { std::ptr::read((storage as *const libc::sockaddr_storage).cast()) };
        let ip = Ipv6Addr::from(sin6.sin6_addr.s6_addr);
        Some((ip.to_string(), "IPv6", u16::from_be(sin6.sin6_port)))
    } else {
        None
    }
}

fn parse_ip(host: &str) -> io::Result<IpAddr> {
    host.parse::<IpAddr>()
        .map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))
}

fn new_socket(ip: &IpAddr) -> io::Result<i32> {
    let domain = if ip.is_ipv4() {
        libc::AF_INET
    } else {
        libc::AF_INET6
    };
    // SAFETY: plain integer arguments.
    check(unsafe { libc::socket(domain, libc::SOCK_STREAM | libc::SOCK_NONBLOCK, 0) })
}

fn set_int_opt(fd: i32, level: i32, name: i32, value: i32) -> io::Result<()> {
    // SAFETY: `value` lives across the call and its size is passed.
    check(unsafe {
        libc::setsockopt(
            fd,
            level,
            name,
            (&value as *const i32).cast(),
            std::mem::size_of::<i32>() as libc::socklen_t,
        )
    })
    .map(|_| ())
}

/// Binds and listens; returns the descriptor and the bound address.
pub fn listen(host: &str, port: u16, backlog: i32) -> io::Result<(i32, Addr)> {
    let ip = parse_ip(host)?;
    let fd = new_socket(&ip)?;
    let result = (|| {
        let _ = set_int_opt(fd, libc::SOL_SOCKET, libc::SO_REUSEADDR, 1);
        if ip.is_ipv6() && ip.is_unspecified() {
            // Dual stack, as node's `::` listeners are: IPv4 clients reach it too. (Only for
            // `::`: a specific IPv6 address takes no IPv4 clients, and the host refuses the
            // option for one such as `::1`. Its failure here is what net.js answers by binding
            // 0.0.0.0 instead.)
            set_int_opt(fd, libc::IPPROTO_IPV6, libc::IPV6_V6ONLY, 0)?;
        }
        let (addr, len) = sockaddr(ip, port);
        // SAFETY: `addr` holds `len` valid bytes.
        check(unsafe { libc::bind(fd, (&addr as *const libc::sockaddr_storage).cast(), len) })?;
        // SAFETY: plain integer arguments.
        check(unsafe { libc::listen(fd, backlog.max(1)) })?;
        local_addr(fd)
    })();
    match result {
        Ok(addr) => Ok((fd, addr)),
        Err(e) => {
            close(fd);
            Err(e)
        }
    }
}

fn would_block(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::WouldBlock || e.raw_os_error() == Some(libc::EAGAIN)
}

/// Accepts one pending connection (None when there is none right now).
pub fn accept(fd: i32) -> io::Result<Option<(i32, Addr)>> {
    // SAFETY: `storage`/`len` describe a writable sockaddr buffer.
    let mut storage: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    let ret = unsafe {
        libc::accept4(
            fd,
            (&mut storage as *mut libc::sockaddr_storage).cast(),
            &mut len,
            libc::SOCK_NONBLOCK,
        )
    };
    match check(ret) {
        Ok(cfd) => {
            let addr = decode(&storage).unwrap_or((String::new(), "IPv4", 0));
            Ok(Some((cfd, addr)))
        }
        Err(e) if would_block(&e) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Starts a non-blocking connect; completion is signalled by POLLOUT, then `connect_result`.
pub fn connect(host: &str, port: u16) -> io::Result<i32> {
    let ip = parse_ip(host)?;
    let fd = new_socket(&ip)?;
    let (addr, len) = sockaddr(ip, port);
    // SAFETY: `addr` holds `len` valid bytes.
    let ret = unsafe { libc::connect(fd, (&addr as *const libc::sockaddr_storage).cast(), len) };
    match check(ret) {
        Ok(_) => Ok(fd),
        Err(e) if e.raw_os_error() == Some(libc::EINPROGRESS) || would_block(&e) => Ok(fd),
        Err(e) => {
            close(fd);
            Err(e)
        }
    }
}

/// The outcome of a finished connect (SO_ERROR).
pub fn connect_result(fd: i32) -> io::Result<()> {
    let mut err: i32 = 0;
    let mut len = std::mem::size_of::<i32>() as libc::socklen_t;
    // SAFETY: `err`/`len` describe a writable int.
    check(unsafe {
        libc::getsockopt(
            fd,
            libc::SOL_SOCKET,
            libc::SO_ERROR,
            (&mut err as *mut i32).cast(),
            &mut len,
        )
    })?;
    // wasi-libc's poll reports a connecting socket only once its connect has finished, so
    // SO_ERROR is the whole answer. No getpeername here: wasi-libc aborts the process when
    // the peer has already reset the connection (wasmtime answers invalid-state).
    if err != 0 {
        return Err(io::Error::from_raw_os_error(err));
    }
    Ok(())
}

/// wasi-libc reports any failure of a connected socket's stream as EIO (wasmtime knows the
/// cause, the libc drops it); on a read that is the peer having reset the connection, on a
/// write the connection being gone: node's ECONNRESET and EPIPE.
fn stream_error(e: io::Error, instead: i32) -> io::Error {
    if e.raw_os_error() == Some(libc::EIO) {
        io::Error::from_raw_os_error(instead)
    } else {
        e
    }
}

/// Reads what is available: Some(bytes) (empty at end of stream), None if nothing yet.
pub fn read(fd: i32, max: usize) -> io::Result<Option<Vec<u8>>> {
    // Not zero-filled (a 64 KiB fill per read cost more than a small read itself): recv
    // initialises the bytes it reports, and only those are kept.
    let mut buf: Vec<u8> = Vec::with_capacity(max);
    // SAFETY: the spare capacity is writable for `max` bytes.
    let n = unsafe { libc::recv(fd, buf.as_mut_ptr().cast(), max, 0) };
    if n < 0 {
        let e = io::Error::last_os_error();
        return if would_block(&e) {
            Ok(None)
        } else {
            Err(stream_error(e, libc::ECONNRESET))
        };
    }
    // SAFETY: recv wrote `n` (at most `max`) bytes at the start of the buffer.
    unsafe { buf.set_len(n as usize) };
    Ok(Some(buf))
}

/// Writes what the socket takes now: bytes written (0 when it would block).
pub fn write(fd: i32, data: &[u8]) -> io::Result<usize> {
    // SAFETY: `data` is readable for its length.
    let n = unsafe { libc::send(fd, data.as_ptr().cast(), data.len(), libc::MSG_NOSIGNAL) };
    if n < 0 {
        let e = io::Error::last_os_error();
        return if would_block(&e) {
            Ok(0)
        } else {
            Err(stream_error(e, libc::EPIPE))
        };
    }
    Ok(n as usize)
}

pub fn shutdown_write(fd: i32) -> io::Result<()> {
    // SAFETY: plain integer arguments.
    check(unsafe { libc::shutdown(fd, libc::SHUT_WR) }).map(|_| ())
}

pub fn close(fd: i32) {
    // SAFETY: closing a descriptor has no memory effects.
    unsafe {
        libc::close(fd);
    }
}

fn name_of(
    fd: i32,
    f: unsafe extern "C" fn(i32, *mut libc::sockaddr, *mut libc::socklen_t) -> i32,
) -> io::Result<Addr> {
    // SAFETY: `storage`/`len` describe a writable sockaddr buffer.
    let mut storage: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    check(unsafe {
        f(
            fd,
            (&mut storage as *mut libc::sockaddr_storage).cast(),
            &mut len,
        )
    })?;
    decode(&storage).ok_or_else(|| io::Error::from(io::ErrorKind::InvalidData))
}

pub fn local_addr(fd: i32) -> io::Result<Addr> {
    name_of(fd, libc::getsockname)
}

pub fn peer_addr(fd: i32) -> io::Result<Addr> {
    name_of(fd, libc::getpeername)
}

pub fn set_no_delay(fd: i32, on: bool) -> io::Result<()> {
    set_int_opt(fd, libc::IPPROTO_TCP, libc::TCP_NODELAY, i32::from(on))
}

pub fn set_keep_alive(fd: i32, on: bool) -> io::Result<()> {
    set_int_opt(fd, libc::SOL_SOCKET, libc::SO_KEEPALIVE, i32::from(on))
}

/// Interest bits for `poll`.
pub const READABLE: i16 = libc::POLLIN;
pub const WRITABLE: i16 = libc::POLLOUT;

/// Waits until one of `fds` is ready or `timeout_ms` passes (-1: no limit). Returns each
/// descriptor's ready bits (readable, writable; errors and hang-ups count as both).
///
/// `fds` may include exchanges of `host_http` (pseudo descriptors, see `http::is_id`): readable
/// when `read` has an event. wasi-libc hides its sockets' pollables, so one wasi `poll` cannot
/// wait on both kinds; while an exchange is in flight the wait alternates: wasi:http pollables
/// plus a few-millisecond timer, then the sockets without blocking. With only exchanges, it
/// waits on their pollables and the timeout alone.
pub fn poll(fds: &[(i32, i16)], timeout_ms: i32) -> io::Result<Vec<i16>> {
    use super::http;
    if !fds.iter().any(|&(fd, _)| http::is_id(fd)) {
        return poll_sockets(fds, timeout_ms);
    }
    const SLICE_MS: u64 = 4;
    let deadline = u64::try_from(timeout_ms)
        .ok()
        .map(|ms| std::time::Instant::now() + std::time::Duration::from_millis(ms));
    let ids: Vec<i32> = fds
        .iter()
        .filter(|&&(fd, _)| http::is_id(fd))
        .map(|&(fd, _)| fd)
        .collect();
    let sockets: Vec<(usize, (i32, i16))> = fds
        .iter()
        .copied()
        .enumerate()
        .filter(|&(_, (fd, _))| !http::is_id(fd))
        .collect();
    let socket_fds: Vec<(i32, i16)> = sockets.iter().map(|&(_, f)| f).collect();
    loop {
        let mut out = vec![0i16; fds.len()];
        let mut any = false;
        for (i, &(fd, events)) in fds.iter().enumerate() {
            if http::is_id(fd) && events & READABLE != 0 && http::ready(fd) {
                out[i] = READABLE;
                any = true;
            }
        }
        if !socket_fds.is_empty() {
            let ready = poll_sockets(&socket_fds, 0)?;
            for (k, r) in ready.into_iter().enumerate() {
                if r != 0 {
                    out[sockets[k].0] = r;
                    any = true;
                }
            }
        }
        let remaining = deadline.map(|d| {
            d.saturating_duration_since(std::time::Instant::now())
                .as_millis() as u64
        });
        if any || remaining == Some(0) {
            return Ok(out);
        }
        let slice = if socket_fds.is_empty() {
            remaining
        } else {
            Some(remaining.map_or(SLICE_MS, |r| r.min(SLICE_MS)))
        };
        http::wait(&ids, slice);
    }
}

/// `poll` over real descriptors only (wasi-libc's poll).
fn poll_sockets(fds: &[(i32, i16)], timeout_ms: i32) -> io::Result<Vec<i16>> {
    let mut list: Vec<libc::pollfd> = fds
        .iter()
        .map(|&(fd, events)| libc::pollfd {
            fd,
            events,
            revents: 0,
        })
        .collect();
    // SAFETY: `list` is a valid array of `list.len()` pollfds.
    let n = unsafe { libc::poll(list.as_mut_ptr(), list.len() as libc::nfds_t, timeout_ms) };
    if n < 0 {
        let e = io::Error::last_os_error();
        if e.kind() == io::ErrorKind::Interrupted {
            return Ok(vec![0; fds.len()]);
        }
        return Err(e);
    }
    Ok(list
        .iter()
        .map(|p| {
            let mut r = p.revents & (READABLE | WRITABLE);
            if p.revents & (libc::POLLERR | libc::POLLHUP) != 0 {
                r |= p.events;
            }
            r
        })
        .collect())
}

/// Resolves a host name to addresses (family 4, 6 or 0 for both), in the resolver's order.
pub fn lookup(host: &str, family: i32) -> Result<Vec<(String, u8)>, &'static str> {
    if let Ok(ip) = host.parse::<IpAddr>() {
        return Ok(vec![(ip.to_string(), if ip.is_ipv4() { 4 } else { 6 })]);
    }
    let name = CString::new(host).map_err(|_| "ENOTFOUND")?;
    // SAFETY: all-zero addrinfo is a valid hints value.
    let mut hints: libc::addrinfo = unsafe { std::mem::zeroed() };
    hints.ai_family = match family {
        4 => libc::AF_INET,
        6 => libc::AF_INET6,
        _ => libc::AF_UNSPEC,
    };
    hints.ai_socktype = libc::SOCK_STREAM;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: valid C string and hints; `res` receives a list freed below.
    let rc = unsafe { libc::getaddrinfo(name.as_ptr(), std::ptr::null(), &hints, &mut res) };
    if rc != 0 {
        return Err("ENOTFOUND");
    }
    let mut out = Vec::new();
    let mut cur = res;
    while !cur.is_null() {
        // SAFETY: `cur` walks the list getaddrinfo returned.
        let ai = unsafe { &*cur };
        if !ai.ai_addr.is_null() {
            // SAFETY: ai_addr points at ai_addrlen bytes of a socket address.
            let mut storage: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
            let len = (ai.ai_addrlen as usize).min(std::mem::size_of::<libc::sockaddr_storage>());
            unsafe {
                std::ptr::copy_nonoverlapping(
                    ai.ai_addr.cast::<u8>(),
                    (&mut storage as *mut libc::sockaddr_storage).cast::<u8>(),
                    len,
                );
            }
            if let Some((ip, fam, _)) = decode(&storage) {
                let f = if fam == "IPv4" { 4 } else { 6 };
                if !out.iter().any(|(a, _)| a == &ip) {
                    out.push((ip, f));
                }
            }
        }
        cur = ai.ai_next;
    }
    // SAFETY: `res` came from getaddrinfo.
    unsafe { libc::freeaddrinfo(res) };
    if out.is_empty() {
        return Err("ENOTFOUND");
    }
    Ok(out)
}
