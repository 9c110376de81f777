//! Sockets for the browser host: none yet (the service-worker bridge for http servers and
//! fetch-backed clients will live here); every call fails with ENOSYS.

use std::io;

pub type Addr = (String, &'static str, u16);
pub const READABLE: i16 = 1;
pub const WRITABLE: i16 = 2;

fn unsupported<T>() -> io::Result<T> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}
pub fn listen(_: &str, _: u16, _: i32) -> io::Result<(i32, Addr)> {
    unsupported()
}
pub fn accept(_: i32) -> io::Result<Option<(i32, Addr)>> {
    unsupported()
}
pub fn connect(_: &str, _: u16) -> io::Result<i32> {
    unsupported()
}
pub fn connect_result(_: i32) -> io::Result<()> {
    unsupported()
}
pub fn read(_: i32, _: usize) -> io::Result<Option<Vec<u8>>> {
    unsupported()
}
pub fn write(_: i32, _: &[u8]) -> io::Result<usize> {
    unsupported()
}
pub fn shutdown_write(_: i32) -> io::Result<()> {
    unsupported()
}
pub fn close(_: i32) {}
pub fn local_addr(_: i32) -> io::Result<Addr> {
    unsupported()
}
pub fn peer_addr(_: i32) -> io::Result<Addr> {
    unsupported()
}
pub fn set_no_delay(_: i32, _: bool) -> io::Result<()> {
    unsupported()
}
pub fn set_keep_alive(_: i32, _: bool) -> io::Result<()> {
    unsupported()
}
pub fn poll(fds: &[(i32, i16)], _: i32) -> io::Result<Vec<i16>> {
    Ok(vec![0; fds.len()])
}
pub fn lookup(_: &str, _: i32) -> Result<Vec<(String, u8)>, &'static str> {
    Err("ENOTFOUND")
}
