use std::{
    fmt::Display,
    num::NonZeroU32,
    path::{Path, PathBuf},
    rc::Rc,
};

use boa_ast::Position;

mod builder;

use boa_gc::{Finalize, Trace};
use boa_string::JsString;
pub(crate) use builder::SourceMapBuilder;

use crate::SpannedSourceText;

#[cfg(test)]
mod tests;

/// Source information.
#[derive(Debug, Default, Clone, Finalize, Trace)]
// SAFETY: Nothing in Inner needs tracing, so this is safe.
#[boa_gc(unsafe_empty_trace)]
pub(crate) struct SourceInfo {
    inner: Rc<Inner>,
}

impl SourceInfo {
    pub(crate) fn new(
        source_map: SourceMap,
        function_name: JsString,
        source_text_spanned: SpannedSourceText,
    ) -> Self {
        Self {
            inner: Rc::new(Inner {
                map: source_map,
                function_name,
                text_spanned: source_text_spanned,
            }),
        }
    }

    pub(crate) fn map(&self) -> &SourceMap {
        &self.inner.map
    }

    pub(crate) fn function_name(&self) -> &JsString {
        &self.inner.function_name
    }

    pub(crate) fn text_spanned(&self) -> &SpannedSourceText {
        &self.inner.text_spanned
    }
}

#[derive(Debug, Default, Clone)]
struct Inner {
    map: SourceMap,
    function_name: JsString,

    text_spanned: SpannedSourceText,
}

/// Bytecode to source code mapping.
///
/// rjs: kept compact (see [`Compact`]): 12-byte entries were ~10% of the start-up snapshot's
/// heap, which every `wasmtime run` copies in.
#[derive(Debug, Default, Clone)]
pub(crate) struct SourceMap {
    entries: Entries,
    path: SourcePath,
}

/// The entries of a [`SourceMap`].
#[derive(Debug, Clone)]
enum Entries {
    /// Strictly increasing `pc`s (what the compiler makes), delta-encoded.
    Compact(Compact),
    /// Anything else, as given (never expected; kept so that `find` answers as before).
    Raw(Box<[Entry]>),
}

impl Default for Entries {
    fn default() -> Self {
        Self::Raw(Box::default())
    }
}

/// rjs: entries as a byte stream, each `varint(pc - previous pc)` then `0` (no position) or
/// `zigzag(line - previous line) + 1` and `varint(column)`: ~3 bytes an entry instead of 12.
/// Every [`CHECKPOINT_EVERY`] entries a [`Checkpoint`] lets `find` start near its answer.
#[derive(Debug, Clone, Default)]
struct Compact {
    bytes: Box<[u8]>,
    checkpoints: Box<[Checkpoint]>,
}

const CHECKPOINT_EVERY: usize = 16;

/// Decoder state before one entry of a [`Compact`] stream, and that entry's `pc`.
#[derive(Debug, Clone, Copy)]
struct Checkpoint {
    offset: u32,
    prev_pc: u32,
    prev_line: u32,
    pc: u32,
}

fn push_varint(out: &mut Vec<u8>, mut value: u32) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

fn read_varint(bytes: &[u8], at: &mut usize) -> Option<u32> {
    let mut value = 0u32;
    let mut shift = 0u32;
    loop {
        let byte = *bytes.get(*at)?;
        *at += 1;
        value |= u32::from(byte & 0x7f).checked_shl(shift)?;
        if byte & 0x80 == 0 {
            return Some(value);
        }
        shift += 7;
    }
}

/// Decodes a [`Compact`] stream from a decoder state.
struct Decoder<'a> {
    bytes: &'a [u8],
    at: usize,
    pc: u32,
    line: u32,
}

impl Iterator for Decoder<'_> {
    type Item = Entry;

    fn next(&mut self) -> Option<Entry> {
        if self.at >= self.bytes.len() {
            return None;
        }
        let delta = read_varint(self.bytes, &mut self.at)?;
        self.pc = self.pc.wrapping_add(delta);
        let tag = read_varint(self.bytes, &mut self.at)?;
        let position = if tag == 0 {
            None
        } else {
            let zz = tag - 1;
            let delta = ((zz >> 1) as i32) ^ -((zz & 1) as i32);
            self.line = self.line.wrapping_add_signed(delta);
            let column = read_varint(self.bytes, &mut self.at)?;
            match (NonZeroU32::new(self.line), NonZeroU32::new(column)) {
                (Some(line), Some(column)) => Some(Position::from((line, column))),
                _ => None,
            }
        };
        Some(Entry {
            pc: self.pc,
            position,
        })
    }
}

impl Compact {
    /// `None` when the `pc`s are not strictly increasing.
    fn encode(entries: &[Entry]) -> Option<Self> {
        let mut bytes = Vec::with_capacity(entries.len() * 3);
        let mut checkpoints = Vec::new();
        let (mut prev_pc, mut prev_line) = (0u32, 1u32);
        for (i, entry) in entries.iter().enumerate() {
            if i > 0 && entry.pc <= prev_pc {
                return None;
            }
            if i > 0 && i % CHECKPOINT_EVERY == 0 {
                checkpoints.push(Checkpoint {
                    offset: u32::try_from(bytes.len()).ok()?,
                    prev_pc,
                    prev_line,
                    pc: entry.pc,
                });
            }
            push_varint(&mut bytes, entry.pc - prev_pc);
            prev_pc = entry.pc;
            match entry.position {
                None => bytes.push(0),
                Some(position) => {
                    let line = position.line_number();
                    let delta = line.wrapping_sub(prev_line) as i32;
                    let zz = ((delta << 1) ^ (delta >> 31)) as u32;
                    push_varint(&mut bytes, zz.checked_add(1)?);
                    push_varint(&mut bytes, position.column_number());
                    prev_line = line;
                }
            }
        }
        Some(Self {
            bytes: bytes.into_boxed_slice(),
            checkpoints: checkpoints.into_boxed_slice(),
        })
    }

    fn decoder(&self, from: Option<&Checkpoint>) -> Decoder<'_> {
        match from {
            Some(c) => Decoder {
                bytes: &self.bytes,
                at: c.offset as usize,
                pc: c.prev_pc,
                line: c.prev_line,
            },
            None => Decoder {
                bytes: &self.bytes,
                at: 0,
                pc: 0,
                line: 1,
            },
        }
    }

    /// The position of the last entry whose `pc` is at most `pc` (as [`find_entry`]).
    fn find(&self, pc: u32) -> Option<Position> {
        let start = self.checkpoints.partition_point(|c| c.pc <= pc);
        let from = start.checked_sub(1).and_then(|i| self.checkpoints.get(i));
        let mut found = None;
        for entry in self.decoder(from) {
            if entry.pc > pc {
                break;
            }
            found = Some(entry.position);
        }
        found.flatten()
    }
}

impl SourceMap {
    pub(crate) fn new(entries: Box<[Entry]>, path: SourcePath) -> Self {
        let entries = match Compact::encode(&entries) {
            Some(compact) => Entries::Compact(compact),
            None => Entries::Raw(entries),
        };
        Self { entries, path }
    }

    /// The entries, decoded.
    pub(crate) fn entries(&self) -> Vec<Entry> {
        match &self.entries {
            Entries::Compact(c) => c.decoder(None).collect(),
            Entries::Raw(entries) => entries.to_vec(),
        }
    }

    pub(crate) fn find(&self, pc: u32) -> Option<Position> {
        match &self.entries {
            Entries::Compact(c) => c.find(pc),
            Entries::Raw(entries) => find_entry(entries, pc),
        }
    }

    pub(crate) fn path(&self) -> &SourcePath {
        &self.path
    }
}

fn find_entry(entries: &[Entry], pc: u32) -> Option<Position> {
    let first = entries.first()?;

    if pc < first.pc() {
        return None;
    }

    let mut low = 0;
    let mut high = entries.len() - 1;

    while low <= high {
        let mid = low.midpoint(high);
        let entry = &entries[mid];
        let start = entry.pc;

        let end = entries.get(mid + 1).map_or(u32::MAX, |entry| entry.pc);

        if pc < start {
            high = mid;
        } else if pc >= end {
            low = mid + 1;
        } else {
            return entry.position();
        }
    }

    // Since the last element defines the start of the end of the range,
    // therefore we return the last element's position.
    entries.last().and_then(Entry::position)
}

// TODO: The line number increments slower than column,
//       maybe we can take advantage of this, for memory optimization?
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Entry {
    /// Represents the start of a bytecode range that falls under the given position.
    ///
    /// The end of the range is the pc of the next entry.
    /// If the entry is the last, the end of the range is [`u32::MAX`].
    pub(crate) pc: u32,

    /// Source code [`Position`].
    pub(crate) position: Option<Position>,
}

impl Entry {
    pub(crate) const fn pc(&self) -> u32 {
        self.pc
    }

    pub(crate) const fn position(&self) -> Option<Position> {
        self.position
    }
}

/// The Path and type of [`boa_engine::Source`]. This applies to functions and objects.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub enum SourcePath {
    /// There was no source associated with this call.
    #[default]
    None,
    /// The source is from an `eval()` call.
    // TODO: Could add more information, like path in which the eval is located.
    Eval,
    /// The source is from a `JSON.parse()` call.
    // TODO: Could add more information, like path in which the JSON.parse is located.
    Json,
    /// The source is from a file or module. This contains the [`Path`] of the
    /// module (e.g. the absolute file path).
    Path(Rc<Path>),
}

impl From<Option<PathBuf>> for SourcePath {
    fn from(value: Option<PathBuf>) -> Self {
        match value {
            None => Self::None,
            Some(path) => Self::Path(path.into()),
        }
    }
}

impl From<Option<Rc<Path>>> for SourcePath {
    fn from(value: Option<Rc<Path>>) -> Self {
        match value {
            None => Self::None,
            Some(path) => Self::Path(path),
        }
    }
}

impl Display for SourcePath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SourcePath::None => f.write_str("unknown at "),
            SourcePath::Eval => f.write_str("eval at "),
            SourcePath::Json => f.write_str("json at "),
            SourcePath::Path(path) => write!(f, "{}", path.display()),
        }
    }
}

/// A struct containing information about native source code.
///
/// # Note
///
/// If the `native-backtrace` feature is not enabled the this becomes [zero sized type][zst].
///
/// [zst]: https://doc.rust-lang.org/nomicon/exotic-sizes.html#zero-sized-types-zsts
#[derive(Debug, Clone, Copy)]
pub struct NativeSourceInfo {
    #[cfg(feature = "native-backtrace")]
    inner: &'static std::panic::Location<'static>,

    #[cfg(not(feature = "native-backtrace"))]
    inner: std::marker::PhantomData<()>,
}

impl NativeSourceInfo {
    /// Returns the source location of the caller of this function.
    ///
    /// If that function’s caller is annotated with `#[track_caller]`, then its call
    /// location will be returned, and so on up the stack to the first call within
    /// a non-tracked function body.
    #[inline]
    #[must_use]
    #[cfg_attr(feature = "native-backtrace", track_caller)]
    pub const fn caller() -> Self {
        Self {
            #[cfg(feature = "native-backtrace")]
            inner: std::panic::Location::caller(),

            #[cfg(not(feature = "native-backtrace"))]
            inner: std::marker::PhantomData,
        }
    }

    /// Return a [`std::panic::Location`].
    ///
    /// # Note
    ///
    /// If the `native-backtrace` feature is not enabled, then this always returns [`None`].
    #[inline]
    #[must_use]
    pub const fn as_location(self) -> Option<&'static std::panic::Location<'static>> {
        #[cfg(feature = "native-backtrace")]
        return Some(self.inner);

        #[cfg(not(feature = "native-backtrace"))]
        return None;
    }
}
