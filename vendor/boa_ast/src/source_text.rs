use crate::{LinearPosition, LinearSpan};

/// Source text.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug)]
pub struct SourceText {
    source_text: Vec<u16>,
    /// rjs: the whole text as one byte per code unit, once [`SourceText::finish`] found every
    /// unit below 256 (`source_text` is then empty). Kept for `Function.prototype.toString`,
    /// the text of every script is otherwise held twice as large as it need be.
    latin1: Option<Box<[u8]>>,
}

/// rjs: code units of a span of a [`SourceText`], in the form they are stored.
#[derive(Debug, Clone, Copy)]
pub enum CodeUnits<'a> {
    /// One byte per code unit (every unit below 256).
    Latin1(&'a [u8]),
    /// UTF-16 code units.
    Utf16(&'a [u16]),
}

impl SourceText {
    /// Constructs a new, empty `SourceText` with at least the specified capacity.
    #[must_use]
    pub fn with_capacity(capacity: usize) -> Self {
        Self {
            source_text: Vec::with_capacity(capacity),
            latin1: None,
        }
    }

    /// rjs: ends collection: stores the text compactly (one byte per unit when it can, and
    /// without the spare capacity of its growth). Positions and spans are unchanged.
    pub fn finish(&mut self) {
        if self.latin1.is_some() {
            return;
        }
        if self.source_text.iter().all(|&u| u < 256) {
            let bytes: Box<[u8]> = self.source_text.iter().map(|&u| u as u8).collect();
            self.latin1 = Some(bytes);
            self.source_text = Vec::new();
        } else {
            self.source_text.shrink_to_fit();
        }
    }

    /// rjs: code units within `span`, as stored (none for a span outside the text).
    #[must_use]
    pub fn code_units_in_span(&self, span: LinearSpan) -> CodeUnits<'_> {
        let range = span.start().pos()..span.end().pos();
        match &self.latin1 {
            Some(bytes) => CodeUnits::Latin1(bytes.get(range).unwrap_or_default()),
            None => CodeUnits::Utf16(self.source_text.get(range).unwrap_or_default()),
        }
    }

    /// rjs: a finished source text of the given code units (a dynamic function's text).
    #[must_use]
    pub fn from_code_units(units: Vec<u16>) -> Self {
        let mut text = Self {
            source_text: units,
            latin1: None,
        };
        text.finish();
        text
    }

    /// Get current `LinearPosition`.
    #[must_use]
    pub fn cur_linear_position(&self) -> LinearPosition {
        LinearPosition::new(self.source_text.len())
    }

    /// Remove last code point.
    #[inline]
    pub fn remove_last_code_point(&mut self) {
        self.source_text.pop();
    }

    /// Collect code point.
    ///
    /// # Panics
    ///
    /// On invalid code point.
    #[inline]
    pub fn collect_code_point(&mut self, cp: u32) {
        if let Ok(cu) = cp.try_into() {
            self.push(cu);
            return;
        }
        let cp = cp - 0x10000;
        let cu1 = (cp / 0x400 + 0xD800)
            .try_into()
            .expect("Invalid code point");
        let cu2 = (cp % 0x400 + 0xDC00)
            .try_into()
            .expect("Invalid code point");
        self.push(cu1);
        self.push(cu2);
    }

    #[inline]
    fn push(&mut self, cp: u16) {
        self.source_text.push(cp);
    }
}

const DEFAULT_CAPACITY: usize = 4 * 1024;

impl Default for SourceText {
    fn default() -> Self {
        Self::with_capacity(DEFAULT_CAPACITY)
    }
}
