//! `--allow-net=HOST[:PORT],...`: the addresses sockets may use. Names are resolved once, at
//! start; a host without a port allows every port.

use std::net::{IpAddr, SocketAddr, ToSocketAddrs};
use wasmtime_wasi::sockets::SocketAddrUse;

pub struct Allowlist {
    entries: Vec<(IpAddr, Option<u16>)>,
}

impl Allowlist {
    pub fn resolve(hosts: &[String]) -> Allowlist {
        let mut entries = Vec::new();
        for h in hosts {
            let (host, port) = split_host_port(h);
            match (host, port.unwrap_or(0)).to_socket_addrs() {
                Ok(addrs) => {
                    for a in addrs {
                        entries.push((a.ip().to_canonical(), port));
                    }
                }
                Err(e) => eprintln!("rjs: warning: --allow-net: cannot resolve {host}: {e}"),
            }
        }
        Allowlist { entries }
    }

    fn matches(&self, addr: SocketAddr) -> bool {
        let ip = addr.ip().to_canonical();
        self.entries
            .iter()
            .any(|(a, p)| *a == ip && p.is_none_or(|p| p == addr.port()))
    }

    pub fn permits(&self, addr: SocketAddr, usage: SocketAddrUse) -> bool {
        match usage {
            // Binding to an ephemeral port grants nothing by itself (every connect and send does
            // it implicitly); what is then done with the socket is checked.
            SocketAddrUse::TcpBind | SocketAddrUse::UdpBind => {
                addr.port() == 0 || self.matches(addr)
            }
            // Incoming traffic was allowed when the listening socket was.
            SocketAddrUse::TcpAccept | SocketAddrUse::UdpReceive => true,
            // Listening (at its actual local address), connecting and sending.
            _ => self.matches(addr),
        }
    }
}

/// `host`, `host:port`, `[v6]`, `[v6]:port`, bare `v6`.
fn split_host_port(s: &str) -> (&str, Option<u16>) {
    if let Some(rest) = s.strip_prefix('[') {
        if let Some((host, tail)) = rest.split_once(']') {
            return (host, tail.strip_prefix(':').and_then(|p| p.parse().ok()));
        }
    }
    match s.rsplit_once(':') {
        Some((h, p)) if !h.contains(':') => match p.parse() {
            Ok(port) => (h, Some(port)),
            Err(_) => (s, None),
        },
        _ => (s, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_port() {
        assert_eq!(split_host_port("a.b:80"), ("a.b", Some(80)));
        assert_eq!(split_host_port("a.b"), ("a.b", None));
        assert_eq!(split_host_port("[::1]:8"), ("::1", Some(8)));
        assert_eq!(split_host_port("::1"), ("::1", None));
    }

    #[test]
    fn permits() {
        let l = Allowlist::resolve(&["127.0.0.1:8080".into(), "::1".into()]);
        let a = |s: &str| s.parse::<SocketAddr>().unwrap();
        assert!(l.permits(a("127.0.0.1:8080"), SocketAddrUse::TcpConnect));
        assert!(!l.permits(a("127.0.0.1:8081"), SocketAddrUse::TcpConnect));
        assert!(l.permits(a("[::1]:9"), SocketAddrUse::TcpListen));
        assert!(l.permits(a("0.0.0.0:0"), SocketAddrUse::TcpBind));
        assert!(!l.permits(a("0.0.0.0:8080"), SocketAddrUse::TcpListen));
    }
}
