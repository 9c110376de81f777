//! V8's (node 20's) `JSON.parse` error messages.
//!
//! A scanner that walks the text the way V8's `JsonParser` (src/json/json-parser.cc) does,
//! stops at the first error V8 would report and words it as V8 does. Positions are UTF-16
//! code unit indices, so the scanner works on the UTF-16 form of the text. It only checks
//! syntax (no values are built) and keeps its nesting on the heap, so any input is safe.

/// One-character token classes, as V8's `one_char_json_tokens` table.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Token {
    Number,
    String,
    LBrace,
    RBrace,
    LBrack,
    RBrack,
    True,
    False,
    Null,
    Whitespace,
    Colon,
    Comma,
    Illegal,
    Eos,
}

fn token_of(c: Option<u16>) -> Token {
    let Some(c) = c else { return Token::Eos };
    match u8::try_from(c).unwrap_or(0xFF) {
        b'"' => Token::String,
        b'0'..=b'9' | b'-' => Token::Number,
        b'{' => Token::LBrace,
        b'}' => Token::RBrace,
        b'[' => Token::LBrack,
        b']' => Token::RBrack,
        b't' => Token::True,
        b'f' => Token::False,
        b'n' => Token::Null,
        b' ' | b'\t' | b'\r' | b'\n' => Token::Whitespace,
        b':' => Token::Colon,
        b',' => Token::Comma,
        _ => Token::Illegal,
    }
}

/// What went wrong, at the scanner's position.
enum Error {
    /// V8's generic wording for an unexpected token (`LookUpErrorMessageForJsonToken`).
    Unexpected(Token),
    /// A specific message; the text is followed by " at position N".
    At(&'static str),
}

const UNTERMINATED_STRING: &str = "Unterminated string in JSON";
const BAD_CONTROL: &str = "Bad control character in string literal in JSON";
const BAD_ESCAPE: &str = "Bad escaped character in JSON";
const BAD_UNICODE: &str = "Bad Unicode escape in JSON";
const NO_NUMBER_AFTER_MINUS: &str = "No number after minus sign in JSON";
const EXPONENT_MISSING: &str = "Exponent part is missing a number in JSON";
const UNTERMINATED_FRACTION: &str = "Unterminated fractional number in JSON";
const PROPERTY_NAME_OR_RBRACE: &str = "Expected property name or '}' in JSON";
const COMMA_OR_RBRACE: &str = "Expected ',' or '}' after property value in JSON";
const COMMA_OR_RBRACK: &str = "Expected ',' or ']' after array element in JSON";
const COLON: &str = "Expected ':' after property name in JSON";
const DOUBLE_QUOTED_NAME: &str = "Expected double-quoted property name in JSON";
const TRAILING: &str = "Unexpected non-whitespace character after JSON";

/// Context shown on each side of the bad character in long inputs (`kMaxContextCharacters`).
const CONTEXT: usize = 10;

struct Scanner<'a> {
    src: &'a [u16],
    pos: usize,
}

impl Scanner<'_> {
    fn cur(&self) -> Option<u16> {
        self.src.get(self.pos).copied()
    }

    fn is_digit(c: Option<u16>) -> bool {
        matches!(c, Some(c) if (u16::from(b'0')..=u16::from(b'9')).contains(&c))
    }

    fn is(c: Option<u16>, ascii: u8) -> bool {
        c == Some(u16::from(ascii))
    }

    /// Skips JSON whitespace and returns the token at the new position.
    fn skip_whitespace(&mut self) -> Token {
        while token_of(self.cur()) == Token::Whitespace {
            self.pos += 1;
        }
        token_of(self.cur())
    }

    /// V8's `Check`: skips whitespace and consumes `token` if it is next.
    fn check(&mut self, token: Token) -> bool {
        let found = self.skip_whitespace() == token;
        if found {
            self.pos += 1;
        }
        found
    }

    /// V8's `ExpectNext`: skips whitespace and consumes `token`, or fails with `message`
    /// (or the generic wording for the token found).
    fn expect_next(&mut self, token: Token, message: Option<&'static str>) -> Result<(), Error> {
        let found = self.skip_whitespace();
        if found == token {
            self.pos += 1;
            return Ok(());
        }
        Err(message.map_or(Error::Unexpected(found), Error::At))
    }

    fn skip_digits(&mut self) {
        while Self::is_digit(self.cur()) {
            self.pos += 1;
        }
    }

    /// The rest of a string whose opening quote was consumed (`ScanJsonString`).
    fn string(&mut self) -> Result<(), Error> {
        loop {
            let Some(c) = self.cur() else {
                return Err(Error::At(UNTERMINATED_STRING));
            };
            if c == u16::from(b'"') {
                self.pos += 1;
                return Ok(());
            }
            if c < 0x20 {
                return Err(Error::At(BAD_CONTROL));
            }
            if c == u16::from(b'\\') {
                self.pos += 1;
                let escaped = self.cur();
                match escaped.map(u8::try_from) {
                    None => return Err(Error::Unexpected(Token::Eos)),
                    Some(Err(_)) => return Err(Error::Unexpected(Token::Illegal)),
                    Some(Ok(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't')) => {}
                    Some(Ok(b'u')) => {
                        for _ in 0..4 {
                            self.pos += 1;
                            let hex = self.cur().and_then(|c| char::from_u32(c.into()));
                            if !hex.is_some_and(|c| c.is_ascii_hexdigit()) {
                                return Err(Error::At(BAD_UNICODE));
                            }
                        }
                    }
                    Some(Ok(_)) => return Err(Error::At(BAD_ESCAPE)),
                }
            }
            self.pos += 1;
        }
    }

    /// A number starting at the current `-` or digit (`ParseJsonNumber`).
    fn number(&mut self) -> Result<(), Error> {
        let negative = Self::is(self.cur(), b'-');
        if negative {
            self.pos += 1;
        }
        if Self::is(self.cur(), b'0') {
            self.pos += 1;
            if Self::is_digit(self.cur()) {
                return Err(Error::Unexpected(Token::Number));
            }
        } else {
            let start = self.pos;
            self.skip_digits();
            if self.pos == start {
                return Err(Error::At(NO_NUMBER_AFTER_MINUS));
            }
        }
        if Self::is(self.cur(), b'.') {
            self.pos += 1;
            if !Self::is_digit(self.cur()) {
                return Err(Error::At(UNTERMINATED_FRACTION));
            }
            self.skip_digits();
        }
        if Self::is(self.cur(), b'e') || Self::is(self.cur(), b'E') {
            self.pos += 1;
            if Self::is(self.cur(), b'-') || Self::is(self.cur(), b'+') {
                self.pos += 1;
            }
            if !Self::is_digit(self.cur()) {
                return Err(Error::At(EXPONENT_MISSING));
            }
            self.skip_digits();
        }
        Ok(())
    }

    /// `true`, `false` or `null` whose first character was already matched (`ScanLiteral`).
    fn literal(&mut self, word: &str) -> Result<(), Error> {
        self.pos += 1;
        for expected in word.bytes().skip(1) {
            match self.cur() {
                Some(c) if c == u16::from(expected) => self.pos += 1,
                c => return Err(Error::Unexpected(token_of(c))),
            }
        }
        Ok(())
    }

    /// The whole text (`ParseJsonValue` + `ParseJson`), with containers on a heap stack
    /// (`true` = object) as V8's continuation stack.
    fn parse(&mut self) -> Result<(), Error> {
        let mut open: Vec<bool> = Vec::new();
        loop {
            // Produce a value; opening a non-empty container continues with its first member.
            loop {
                match self.skip_whitespace() {
                    Token::String => {
                        self.pos += 1;
                        self.string()?;
                    }
                    Token::Number => self.number()?,
                    Token::LBrace => {
                        self.pos += 1;
                        if !self.check(Token::RBrace) {
                            self.expect_next(Token::String, Some(PROPERTY_NAME_OR_RBRACE))?;
                            self.string()?;
                            self.expect_next(Token::Colon, Some(COLON))?;
                            open.push(true);
                            continue;
                        }
                    }
                    Token::LBrack => {
                        self.pos += 1;
                        if !self.check(Token::RBrack) {
                            open.push(false);
                            continue;
                        }
                    }
                    Token::True => self.literal("true")?,
                    Token::False => self.literal("false")?,
                    Token::Null => self.literal("null")?,
                    other => return Err(Error::Unexpected(other)),
                }
                break;
            }
            // Consume the value: close finished containers, or go on to the next member.
            loop {
                match open.last() {
                    None => {
                        return if self.check(Token::Eos) {
                            Ok(())
                        } else {
                            Err(Error::At(TRAILING))
                        };
                    }
                    Some(true) => {
                        if self.check(Token::Comma) {
                            self.expect_next(Token::String, Some(DOUBLE_QUOTED_NAME))?;
                            self.string()?;
                            self.expect_next(Token::Colon, None)?;
                            break;
                        }
                        self.expect_next(Token::RBrace, Some(COMMA_OR_RBRACE))?;
                    }
                    Some(false) => {
                        if self.check(Token::Comma) {
                            break;
                        }
                        self.expect_next(Token::RBrack, Some(COMMA_OR_RBRACK))?;
                    }
                }
                open.pop();
            }
        }
    }

    /// V8's wording for `error` at the current position.
    fn message(&self, error: Error, text: &str) -> String {
        let pos = self.pos;
        match error {
            Error::At(message) => format!("{message} at position {pos}"),
            Error::Unexpected(Token::Eos) => "Unexpected end of JSON input".to_string(),
            Error::Unexpected(Token::Number) => {
                format!("Unexpected number in JSON at position {pos}")
            }
            Error::Unexpected(Token::String) => {
                format!("Unexpected string in JSON at position {pos}")
            }
            Error::Unexpected(_) => {
                if matches!(text, "[object Object]" | "undefined" | "Infinity" | "NaN") {
                    return format!("\"{text}\" is not valid JSON");
                }
                let len = self.src.len();
                let piece = |from: usize, to: usize| {
                    String::from_utf16_lossy(self.src.get(from..to).unwrap_or_default())
                };
                let token = piece(pos, pos + 1);
                let context = if len < 2 * CONTEXT + 1 {
                    format!("\"{text}\"")
                } else if pos < CONTEXT {
                    format!("\"{}\"...", piece(0, pos + CONTEXT))
                } else if pos + CONTEXT < len {
                    format!("...\"{}\"...", piece(pos - CONTEXT, pos + CONTEXT))
                } else {
                    format!("...\"{}\"", piece(pos - CONTEXT, len))
                };
                format!("Unexpected token '{token}', {context} is not valid JSON")
            }
        }
    }
}

/// The message V8 gives for the first error in the text `src` (its UTF-16 code units, lone
/// surrogates included; quoted text shows them as U+FFFD), or `None` if V8 would accept it.
/// rjs: takes code units (was `&str`) so that `native_parse` can pass any string.
pub(crate) fn parse_error_message_utf16(src: &[u16]) -> Option<String> {
    let mut scanner = Scanner { src, pos: 0 };
    let error = scanner.parse().err()?;
    Some(scanner.message(error, &String::from_utf16_lossy(src)))
}
