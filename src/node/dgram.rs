//! The native half of `dgram` (`internalBinding('udp')`): non-blocking UDP sockets through
//! Rust's `std::net::UdpSocket` (wasi:sockets/udp underneath, via wasi-libc). A socket is known
//! to JS by its descriptor, which the loop's poll (`internalBinding('tcp').poll`) waits on like
//! a TCP one. Failures come back as `{ code, errno }` values, as in `net.rs`.

use crate::node::buffer::{new_buffer_from_vec, view};
use crate::node::net::{addr_value, err_value, int_arg};
use crate::node::str_arg;
use boa_engine::{
    js_string,
    object::{builtins::JsArray, JsObject},
    Context, JsResult, JsValue,
};
use std::cell::RefCell;
use std::collections::HashMap;
use std::io;
use std::net::{IpAddr, Ipv4Addr, SocketAddr, UdpSocket};

thread_local! {
    /// Bound sockets by descriptor.
    static SOCKETS: RefCell<HashMap<i32, UdpSocket>> = RefCell::new(HashMap::new());
    /// The buffer datagrams are received into (each is then copied out at its size).
    static RECV_BUFFER: RefCell<Vec<u8>> = RefCell::new(vec![0; MAX_DATAGRAM]);
}

/// The largest datagram (IPv4's 65,507 bytes of payload fit).
const MAX_DATAGRAM: usize = 65536;

#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
fn descriptor(s: &UdpSocket) -> i32 {
    use std::os::fd::AsRawFd;
    s.as_raw_fd()
}
#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
fn descriptor(_: &UdpSocket) -> i32 {
    -1
}

fn with_socket<R>(fd: i32, f: impl FnOnce(&UdpSocket) -> io::Result<R>) -> io::Result<R> {
    SOCKETS.with(|m| match m.borrow().get(&fd) {
        Some(s) => f(s),
        None => Err(bad_descriptor()),
    })
}

fn bad_descriptor() -> io::Error {
    #[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
    return io::Error::from_raw_os_error(libc::EBADF);
    #[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
    return io::Error::from(io::ErrorKind::InvalidInput);
}

/// An io error as JS sees it; the socket errors `errors::uv_code` does not know keep their
/// names here (wasmtime answers ENOPROTOOPT for the options it lacks, such as broadcast).
fn error(e: &io::Error, ctx: &mut Context) -> JsValue {
    #[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
    {
        let known = match e.raw_os_error() {
            Some(libc::ENOPROTOOPT) => Some(("ENOPROTOOPT", -92, "protocol not available")),
            Some(libc::EMSGSIZE) => Some(("EMSGSIZE", -90, "message too long")),
            Some(libc::EAFNOSUPPORT) => Some(("EAFNOSUPPORT", -97, "address family not supported")),
            _ => None,
        };
        if let Some((code, errno, message)) = known {
            return crate::node::net::code_value(code, errno, message, ctx);
        }
    }
    err_value(e, ctx)
}

fn result(r: io::Result<JsValue>, ctx: &mut Context) -> JsValue {
    r.unwrap_or_else(|e| error(&e, ctx))
}

fn ip_arg(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<io::Result<IpAddr>> {
    let text = str_arg(args, i, ctx)?;
    let text = text.split('%').next().unwrap_or_default(); // no scope ids in wasi:sockets
    Ok(text
        .parse::<IpAddr>()
        .map_err(|_| io::Error::from(io::ErrorKind::InvalidInput)))
}

fn port_arg(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<u16> {
    Ok(int_arg(args, i, ctx)?.clamp(0, 65535) as u16)
}

fn socket_addr_value(a: SocketAddr, ctx: &mut Context) -> JsValue {
    let family = if a.is_ipv4() { "IPv4" } else { "IPv6" };
    addr_value(&(a.ip().to_string(), family, a.port()), ctx)
}

/// `bind(ip, port)` → the descriptor of a new socket bound there, or an error value.
fn bind(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let ip = ip_arg(args, 0, ctx)?;
    let port = port_arg(args, 1, ctx)?;
    let r = ip.and_then(|ip| {
        let socket = UdpSocket::bind(SocketAddr::new(ip, port))?;
        socket.set_nonblocking(true)?;
        let fd = descriptor(&socket);
        SOCKETS.with(|m| m.borrow_mut().insert(fd, socket));
        Ok(JsValue::from(fd))
    });
    Ok(result(r, ctx))
}

/// `send(fd, buffers, ip, port)` → bytes sent, or an error value. The buffers (an array) go
/// out as one datagram, to `ip:port`, or to the connected peer when `ip` is empty.
fn send(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0, ctx)? as i32;
    let mut data = Vec::new();
    if let Some(list) = args.get(1).and_then(JsValue::as_object) {
        let list = JsArray::from_object(list.clone())?;
        for k in 0..list.length(ctx)? {
            let item = list.get(k, ctx)?;
            view(Some(&item), ctx)?.with(|b| data.extend_from_slice(b));
        }
    }
    let to_peer = str_arg(args, 2, ctx)?.is_empty();
    let target = ip_arg(args, 2, ctx)?;
    let port = port_arg(args, 3, ctx)?;
    let r = with_socket(fd, |s| {
        if to_peer {
            s.send(&data)
        } else {
            s.send_to(&data, SocketAddr::new(target?, port))
        }
    });
    Ok(result(r.map(|n| JsValue::from(n as f64)), ctx))
}

/// `recv(fd)` → `[buffer, address, family, port]`, null when nothing waits, or an error value.
fn recv(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0, ctx)? as i32;
    let received = RECV_BUFFER.with(|buf| {
        let mut buf = buf.borrow_mut();
        with_socket(fd, |s| s.recv_from(&mut buf)).map(|(n, from)| (buf[..n].to_vec(), from))
    });
    match received {
        Ok((bytes, from)) => {
            let data = new_buffer_from_vec(bytes, ctx)?;
            let family = if from.is_ipv4() { "IPv4" } else { "IPv6" };
            let items = [
                data,
                JsValue::from(js_string!(from.ip().to_string())),
                JsValue::from(js_string!(family)),
                JsValue::from(from.port()),
            ];
            Ok(JsArray::from_iter(items, ctx).into())
        }
        Err(e) if e.kind() == io::ErrorKind::WouldBlock => Ok(JsValue::null()),
        Err(e) => Ok(error(&e, ctx)),
    }
}

/// `connect(fd, ip, port)` → 0 or an error value.
fn connect(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0, ctx)? as i32;
    let ip = ip_arg(args, 1, ctx)?;
    let port = port_arg(args, 2, ctx)?;
    let r = with_socket(fd, |s| s.connect(SocketAddr::new(ip?, port)));
    Ok(result(r.map(|()| JsValue::from(0)), ctx))
}

/// `disconnect(fd)` → 0 or an error value (a connect to AF_UNSPEC, as libuv's).
fn disconnect(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0, ctx)? as i32;
    let r = with_socket(fd, |s| sys::disconnect(descriptor(s)));
    Ok(result(r.map(|()| JsValue::from(0)), ctx))
}

fn sockname(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0, ctx)? as i32;
    Ok(match with_socket(fd, UdpSocket::local_addr) {
        Ok(a) => socket_addr_value(a, ctx),
        Err(e) => error(&e, ctx),
    })
}

fn peername(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0, ctx)? as i32;
    Ok(match with_socket(fd, UdpSocket::peer_addr) {
        Ok(a) => socket_addr_value(a, ctx),
        Err(e) => error(&e, ctx),
    })
}

/// `setOption(fd, name, value)` → 0 or an error value, for 'ttl', 'broadcast',
/// 'multicastTTL' and 'multicastLoopback'.
fn set_option(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0, ctx)? as i32;
    let name = str_arg(args, 1, ctx)?;
    let value = int_arg(args, 2, ctx)?.clamp(0, 255) as u32;
    let r = with_socket(fd, |s| {
        let v6 = s.local_addr()?.is_ipv6();
        match name.as_str() {
            "ttl" => sys::set_ttl(descriptor(s), v6, value as i32),
            "broadcast" => s.set_broadcast(value != 0),
            "multicastTTL" if !v6 => s.set_multicast_ttl_v4(value),
            "multicastLoopback" if v6 => s.set_multicast_loop_v6(value != 0),
            "multicastLoopback" => s.set_multicast_loop_v4(value != 0),
            _ => Err(io::Error::from(io::ErrorKind::Unsupported)),
        }
    });
    Ok(result(r.map(|()| JsValue::from(0)), ctx))
}

/// `membership(fd, join, group, interface)` → 0 or an error value.
fn membership(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0, ctx)? as i32;
    let join = args.get(1).is_some_and(JsValue::to_boolean);
    let group = ip_arg(args, 2, ctx)?;
    let iface = ip_arg(args, 3, ctx)?.ok();
    let r = with_socket(fd, |s| match group? {
        IpAddr::V4(g) => {
            let i = match iface {
                Some(IpAddr::V4(i)) => i,
                _ => Ipv4Addr::UNSPECIFIED,
            };
            if join {
                s.join_multicast_v4(&g, &i)
            } else {
                s.leave_multicast_v4(&g, &i)
            }
        }
        IpAddr::V6(g) => {
            if join {
                s.join_multicast_v6(&g, 0)
            } else {
                s.leave_multicast_v6(&g, 0)
            }
        }
    });
    Ok(result(r.map(|()| JsValue::from(0)), ctx))
}

/// `bufferSize(fd, size, receive)` → the size in force (after setting it when `size` > 0),
/// or an error value.
fn buffer_size(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0, ctx)? as i32;
    let size = int_arg(args, 1, ctx)?.clamp(0, i64::from(i32::MAX)) as i32;
    let receive = args.get(2).is_some_and(JsValue::to_boolean);
    let r = with_socket(fd, |s| sys::buffer_size(descriptor(s), size, receive));
    Ok(result(r.map(JsValue::from), ctx))
}

fn close(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0, ctx)? as i32;
    SOCKETS.with(|m| m.borrow_mut().remove(&fd));
    Ok(JsValue::undefined())
}

/// Socket calls `std` has no method for, through (wasi-)libc.
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
mod sys {
    use std::io;

    fn check(ret: libc::c_int) -> io::Result<()> {
        if ret < 0 {
            Err(io::Error::last_os_error())
        } else {
            Ok(())
        }
    }

    fn set_int(fd: i32, level: i32, name: i32, value: i32) -> io::Result<()> {
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
    }

    pub fn disconnect(fd: i32) -> io::Result<()> {
        // SAFETY: all-zero bytes are a valid sockaddr; its size is passed.
        let mut addr: libc::sockaddr = unsafe { std::mem::zeroed() };
        addr.sa_family = libc::AF_UNSPEC as libc::sa_family_t;
        let len = std::mem::size_of::<libc::sockaddr>() as libc::socklen_t;
        check(unsafe { libc::connect(fd, &addr, len) })
    }

    pub fn set_ttl(fd: i32, v6: bool, ttl: i32) -> io::Result<()> {
        if v6 {
            set_int(fd, libc::IPPROTO_IPV6, libc::IPV6_UNICAST_HOPS, ttl)
        } else {
            set_int(fd, libc::IPPROTO_IP, libc::IP_TTL, ttl)
        }
    }

    pub fn buffer_size(fd: i32, size: i32, receive: bool) -> io::Result<i32> {
        let name = if receive {
            libc::SO_RCVBUF
        } else {
            libc::SO_SNDBUF
        };
        if size > 0 {
            set_int(fd, libc::SOL_SOCKET, name, size)?;
        }
        let mut value: i32 = 0;
        let mut len = std::mem::size_of::<i32>() as libc::socklen_t;
        // SAFETY: `value`/`len` describe a writable int.
        check(unsafe {
            libc::getsockopt(
                fd,
                libc::SOL_SOCKET,
                name,
                (&mut value as *mut i32).cast(),
                &mut len,
            )
        })?;
        Ok(value)
    }
}

/// The browser host has no UDP (binding already fails there).
#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
mod sys {
    use std::io;

    fn unsupported<T>() -> io::Result<T> {
        Err(io::Error::from(io::ErrorKind::Unsupported))
    }
    pub fn disconnect(_: i32) -> io::Result<()> {
        unsupported()
    }
    pub fn set_ttl(_: i32, _: bool, _: i32) -> io::Result<()> {
        unsupported()
    }
    pub fn buffer_size(_: i32, _: i32, _: bool) -> io::Result<i32> {
        unsupported()
    }
}

/// The `internalBinding('udp')` object.
pub fn binding(ctx: &mut Context) -> JsObject {
    let fns: &[crate::node::NativeFn] = &[
        ("bind", bind, 2),
        ("send", send, 4),
        ("recv", recv, 1),
        ("connect", connect, 3),
        ("disconnect", disconnect, 1),
        ("sockname", sockname, 1),
        ("peername", peername, 1),
        ("setOption", set_option, 3),
        ("membership", membership, 4),
        ("bufferSize", buffer_size, 3),
        ("close", close, 1),
    ];
    crate::node::binding_object(ctx, fns)
}
