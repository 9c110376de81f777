//! File system calls for the browser host. The in-memory file system of the playground will
//! live here; until then every call fails with ENOSYS, as a platform without the call would.

use crate::host::{FsStat, OpenFlags};
use std::io;

fn unsupported<T>() -> io::Result<T> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}

pub fn errno_name(_: &io::Error) -> Option<&'static str> {
    None
}
pub fn open(_: &str, _: OpenFlags, _: u32) -> io::Result<i32> {
    unsupported()
}
pub fn close(_: i32) -> io::Result<()> {
    unsupported()
}
pub fn read(_: i32, _: &mut [u8], _: i64) -> io::Result<usize> {
    unsupported()
}
pub fn write(_: i32, _: &[u8], _: i64) -> io::Result<usize> {
    unsupported()
}
pub fn stat(_: &str, _: bool) -> io::Result<FsStat> {
    unsupported()
}
pub fn fstat(_: i32) -> io::Result<FsStat> {
    unsupported()
}
pub fn ftruncate(_: i32, _: i64) -> io::Result<()> {
    unsupported()
}
pub fn fsync(_: i32, _: bool) -> io::Result<()> {
    unsupported()
}
pub fn mkdir(_: &str, _: u32) -> io::Result<()> {
    unsupported()
}
pub fn rmdir(_: &str) -> io::Result<()> {
    unsupported()
}
pub fn unlink(_: &str) -> io::Result<()> {
    unsupported()
}
pub fn rename(_: &str, _: &str) -> io::Result<()> {
    unsupported()
}
pub fn link(_: &str, _: &str) -> io::Result<()> {
    unsupported()
}
pub fn symlink(_: &str, _: &str) -> io::Result<()> {
    unsupported()
}
pub fn readlink(_: &str) -> io::Result<Vec<u8>> {
    unsupported()
}
pub fn realpath(_: &str) -> io::Result<String> {
    unsupported()
}
pub fn readdir(_: &str) -> io::Result<Vec<(String, u8)>> {
    unsupported()
}
pub fn utimes(_: &str, _: f64, _: f64, _: bool) -> io::Result<()> {
    unsupported()
}
pub fn futimes(_: i32, _: f64, _: f64) -> io::Result<()> {
    unsupported()
}
pub fn access(_: &str) -> io::Result<()> {
    unsupported()
}
pub fn copy_file(_: &str, _: &str, _: bool) -> io::Result<()> {
    unsupported()
}
