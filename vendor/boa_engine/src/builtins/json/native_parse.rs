//! rjs: a native `JSON.parse` text parser (upstream: serde_json validation, then Boa's JS
//! parser, compiler and VM on `"(" + text + ");"`).
//!
//! Walks the code units of the input string as they are stored (Latin-1 or UTF-16, never a
//! lossy conversion) and builds the value directly: objects are ordinary objects with
//! %Object.prototype% filled as CreateDataProperty does (so `"__proto__"` is an own property,
//! a repeated key keeps its first position with the last value, integer keys are ordered by
//! the property map), repeated short keys share one string, arrays come from
//! CreateArrayFromList, strings keep lone surrogates, numbers are `Number(text)`. Nesting is
//! kept on a heap stack, so any depth that fits in memory parses without native recursion.
//! On a syntax error the message is V8's, from the `v8_errors` scanner.

use rustc_hash::FxHashMap;

use super::v8_errors;
use crate::{
    Context, JsNativeError, JsResult, JsString, JsValue,
    builtins::{Array, OrdinaryObject},
    object::JsObject,
    property::{PropertyDescriptor, PropertyKey},
    string::{JsStr, JsStrVariant},
};

/// Parses `text` as a JSON text (ECMA-404) into a value, or throws V8's SyntaxError.
pub(crate) fn parse(text: &JsString, context: &mut Context) -> JsResult<JsValue> {
    let result = match text.as_str().variant() {
        JsStrVariant::Latin1(units) => Parser::new(units).parse(context),
        JsStrVariant::Utf16(units) => Parser::new(units).parse(context),
    };
    result.map_err(|NotJson| {
        let message = v8_errors::parse_error_message_utf16(&text.to_vec())
            .unwrap_or_else(|| "Unexpected token in JSON".to_string());
        JsNativeError::syntax().with_message(message).into()
    })
}

/// The text is not JSON (the message comes from the V8 scanner).
struct NotJson;

/// A code unit of the input as stored: a Latin-1 byte or a UTF-16 unit.
trait Unit: Copy {
    fn unit(self) -> u16;
    /// A string of exactly these units.
    fn js_string(units: &[Self]) -> JsString;
}

impl Unit for u8 {
    fn unit(self) -> u16 {
        u16::from(self)
    }
    fn js_string(units: &[Self]) -> JsString {
        JsString::from(JsStr::latin1(units))
    }
}

impl Unit for u16 {
    fn unit(self) -> u16 {
        self
    }
    fn js_string(units: &[Self]) -> JsString {
        utf16_string(units)
    }
}

/// A string of UTF-16 units, stored as Latin-1 when every unit fits in a byte.
fn utf16_string(units: &[u16]) -> JsString {
    if units.iter().all(|&u| u <= 0xFF) {
        let bytes: Vec<u8> = units
            .iter()
            .map(|&u| u8::try_from(u).unwrap_or_default())
            .collect();
        JsString::from(JsStr::latin1(&bytes))
    } else {
        JsString::from(JsStr::utf16(units))
    }
}

/// A number as the engine stores number literals: an i32 when it is one (not -0).
#[allow(clippy::float_cmp, clippy::cast_possible_truncation)]
fn number_value(number: f64) -> JsValue {
    let int = number as i32;
    if f64::from(int) == number && !(int == 0 && number.is_sign_negative()) {
        JsValue::from(int)
    } else {
        JsValue::from(number)
    }
}

const QUOTE: u16 = 0x22;
const BACKSLASH: u16 = 0x5C;
const COMMA: u16 = 0x2C;
const COLON: u16 = 0x3A;
const LBRACE: u16 = 0x7B;
const RBRACE: u16 = 0x7D;
const LBRACK: u16 = 0x5B;
const RBRACK: u16 = 0x5D;
const MINUS: u16 = 0x2D;
const PLUS: u16 = 0x2B;
const DOT: u16 = 0x2E;
const ZERO: u16 = 0x30;
const NINE: u16 = 0x39;

fn is_digit(c: Option<u16>) -> bool {
    matches!(c, Some(ZERO..=NINE))
}

/// Longest key text (in code units) that is looked up in the key cache.
const CACHED_KEY_MAX: usize = 32;

/// An open container: the elements so far, or the object and the key whose value comes next.
enum Frame {
    Array(Vec<JsValue>),
    Object(JsObject, PropertyKey),
}

struct Parser<'a, T> {
    src: &'a [T],
    pos: usize,
    /// Scratch for strings with escapes.
    buf: Vec<u16>,
    /// Scratch for number text.
    digits: String,
    /// Keys without escapes seen so far, so repeated keys share one string.
    keys: FxHashMap<&'a [T], PropertyKey>,
}

impl<'a, T: Unit + Eq + std::hash::Hash> Parser<'a, T> {
    fn new(src: &'a [T]) -> Self {
        Self {
            src,
            pos: 0,
            buf: Vec::new(),
            digits: String::new(),
            keys: FxHashMap::default(),
        }
    }

    fn peek(&self) -> Option<u16> {
        self.src.get(self.pos).map(|u| u.unit())
    }

    /// Skips JSON whitespace and returns the unit after it.
    fn skip_whitespace(&mut self) -> Option<u16> {
        while let Some(c) = self.peek() {
            if !matches!(c, 0x20 | 0x09 | 0x0A | 0x0D) {
                return Some(c);
            }
            self.pos += 1;
        }
        None
    }

    /// Skips whitespace and consumes `expected`, or fails.
    fn expect(&mut self, expected: u16) -> Result<(), NotJson> {
        if self.skip_whitespace() == Some(expected) {
            self.pos += 1;
            Ok(())
        } else {
            Err(NotJson)
        }
    }

    /// The whole text.
    fn parse(mut self, context: &mut Context) -> Result<JsValue, NotJson> {
        let mut stack: Vec<Frame> = Vec::new();
        loop {
            // A value; opening a non-empty container goes on with its first member.
            let mut value = match self.skip_whitespace() {
                Some(QUOTE) => {
                    self.pos += 1;
                    self.string()?.into()
                }
                Some(LBRACE) => {
                    self.pos += 1;
                    let object = context
                        .intrinsics()
                        .templates()
                        .ordinary_object()
                        .create(OrdinaryObject, Vec::new());
                    if self.skip_whitespace() == Some(RBRACE) {
                        self.pos += 1;
                        object.into()
                    } else {
                        let key = self.key()?;
                        stack.push(Frame::Object(object, key));
                        continue;
                    }
                }
                Some(LBRACK) => {
                    self.pos += 1;
                    if self.skip_whitespace() == Some(RBRACK) {
                        self.pos += 1;
                        Array::create_array_from_list(Vec::new(), context).into()
                    } else {
                        stack.push(Frame::Array(Vec::new()));
                        continue;
                    }
                }
                Some(MINUS | ZERO..=NINE) => self.number()?,
                Some(0x74) => {
                    self.literal("true")?;
                    true.into()
                }
                Some(0x66) => {
                    self.literal("false")?;
                    false.into()
                }
                Some(0x6E) => {
                    self.literal("null")?;
                    JsValue::null()
                }
                _ => return Err(NotJson),
            };
            // Hand the value to its container; close the containers it completes.
            loop {
                match stack.last_mut() {
                    None => {
                        return if self.skip_whitespace().is_none() {
                            Ok(value)
                        } else {
                            Err(NotJson)
                        };
                    }
                    Some(Frame::Array(items)) => {
                        items.push(value);
                        match self.skip_whitespace() {
                            Some(COMMA) => {
                                self.pos += 1;
                                break;
                            }
                            Some(RBRACK) => {
                                self.pos += 1;
                                let Some(Frame::Array(items)) = stack.pop() else {
                                    return Err(NotJson);
                                };
                                value = Array::create_array_from_list(items, context).into();
                            }
                            _ => return Err(NotJson),
                        }
                    }
                    Some(Frame::Object(object, key)) => {
                        // CreateDataProperty on a fresh ordinary extensible object whose
                        // properties are all writable, enumerable and configurable data
                        // properties: always an insert (a repeated key keeps its slot).
                        object.borrow_mut().properties_mut().insert(
                            key,
                            PropertyDescriptor::builder()
                                .value(value)
                                .writable(true)
                                .enumerable(true)
                                .configurable(true)
                                .build(),
                        );
                        match self.skip_whitespace() {
                            Some(COMMA) => {
                                self.pos += 1;
                                *key = self.key()?;
                                break;
                            }
                            Some(RBRACE) => {
                                self.pos += 1;
                                let Some(Frame::Object(object, _)) = stack.pop() else {
                                    return Err(NotJson);
                                };
                                value = object.into();
                            }
                            _ => return Err(NotJson),
                        }
                    }
                }
            }
        }
    }

    /// A property name and its colon.
    fn key(&mut self) -> Result<PropertyKey, NotJson> {
        self.expect(QUOTE)?;
        let start = self.pos;
        let key = match self.plain_string_end() {
            Some(end) if end - start <= CACHED_KEY_MAX => {
                self.pos = end + 1;
                let text = self.src.get(start..end).unwrap_or_default();
                if let Some(key) = self.keys.get(text) {
                    key.clone()
                } else {
                    let key = PropertyKey::from(T::js_string(text));
                    self.keys.insert(text, key.clone());
                    key
                }
            }
            _ => self.string()?.into(),
        };
        self.expect(COLON)?;
        Ok(key)
    }

    /// The index of the closing quote if the string at the position (after its opening
    /// quote) has no escapes and no control characters.
    fn plain_string_end(&self) -> Option<usize> {
        let rest = self.src.get(self.pos..)?;
        for (i, u) in rest.iter().enumerate() {
            match u.unit() {
                QUOTE => return Some(self.pos + i),
                BACKSLASH | 0..0x20 => return None,
                _ => {}
            }
        }
        None
    }

    /// The rest of a string whose opening quote was consumed.
    fn string(&mut self) -> Result<JsString, NotJson> {
        let start = self.pos;
        loop {
            match self.peek() {
                Some(QUOTE) => {
                    let text = self.src.get(start..self.pos).unwrap_or_default();
                    self.pos += 1;
                    return Ok(T::js_string(text));
                }
                Some(BACKSLASH) => break,
                Some(0..0x20) | None => return Err(NotJson),
                Some(_) => self.pos += 1,
            }
        }
        // With escapes: collect the units.
        self.buf.clear();
        self.buf.extend(
            self.src
                .get(start..self.pos)
                .unwrap_or_default()
                .iter()
                .map(|u| u.unit()),
        );
        loop {
            let c = self.peek().ok_or(NotJson)?;
            self.pos += 1;
            match c {
                QUOTE => return Ok(utf16_string(&self.buf)),
                BACKSLASH => {
                    let escaped = self.peek().ok_or(NotJson)?;
                    self.pos += 1;
                    let unit = match escaped {
                        QUOTE | BACKSLASH | 0x2F => escaped,
                        0x62 => 0x08,
                        0x66 => 0x0C,
                        0x6E => 0x0A,
                        0x72 => 0x0D,
                        0x74 => 0x09,
                        0x75 => {
                            let mut unit = 0u16;
                            for _ in 0..4 {
                                let digit = self
                                    .peek()
                                    .and_then(|d| char::from_u32(d.into()))
                                    .and_then(|d| d.to_digit(16))
                                    .ok_or(NotJson)?;
                                unit = unit * 16 + u16::try_from(digit).unwrap_or_default();
                                self.pos += 1;
                            }
                            unit
                        }
                        _ => return Err(NotJson),
                    };
                    self.buf.push(unit);
                }
                0..0x20 => return Err(NotJson),
                _ => self.buf.push(c),
            }
        }
    }

    fn skip_digits(&mut self) {
        while is_digit(self.peek()) {
            self.pos += 1;
        }
    }

    /// A number at the current `-` or digit, as `Number(text)`.
    fn number(&mut self) -> Result<JsValue, NotJson> {
        let start = self.pos;
        let negative = self.peek() == Some(MINUS);
        if negative {
            self.pos += 1;
        }
        let int_start = self.pos;
        if self.peek() == Some(ZERO) {
            self.pos += 1;
        } else if is_digit(self.peek()) {
            self.skip_digits();
        } else {
            return Err(NotJson);
        }
        let int_end = self.pos;
        let mut integer = true;
        if self.peek() == Some(DOT) {
            integer = false;
            self.pos += 1;
            if !is_digit(self.peek()) {
                return Err(NotJson);
            }
            self.skip_digits();
        }
        if matches!(self.peek(), Some(0x65 | 0x45)) {
            integer = false;
            self.pos += 1;
            if matches!(self.peek(), Some(MINUS | PLUS)) {
                self.pos += 1;
            }
            if !is_digit(self.peek()) {
                return Err(NotJson);
            }
            self.skip_digits();
        }
        let text = self.src.get(start..self.pos).unwrap_or_default();
        // Up to 9 digits fit in an i32 exactly.
        if integer && int_end - int_start <= 9 {
            let digits = self.src.get(int_start..int_end).unwrap_or_default();
            let magnitude = digits
                .iter()
                .fold(0i32, |n, d| n * 10 + i32::from(d.unit() - ZERO));
            return Ok(match (negative, magnitude) {
                (true, 0) => JsValue::from(-0.0),
                (true, n) => JsValue::from(-n),
                (false, n) => JsValue::from(n),
            });
        }
        self.digits.clear();
        self.digits.extend(
            text.iter()
                .map(|u| char::from(u8::try_from(u.unit()).unwrap_or_default())),
        );
        let number: f64 = self.digits.parse().map_err(|_| NotJson)?;
        Ok(number_value(number))
    }

    /// `true`, `false` or `null` at the position.
    fn literal(&mut self, word: &str) -> Result<(), NotJson> {
        for expected in word.bytes() {
            if self.peek() != Some(u16::from(expected)) {
                return Err(NotJson);
            }
            self.pos += 1;
        }
        Ok(())
    }
}
