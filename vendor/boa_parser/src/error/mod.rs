//! Error and result implementation for the parser.

#[cfg(test)]
mod tests;

use crate::lexer::Error as LexError;
use boa_ast::{Position, Span};
use std::fmt;

/// Result of a parsing operation.
pub type ParseResult<T> = Result<T, Error>;

/// Adds context to a parser error.
pub(crate) trait ErrorContext {
    /// Sets the context of the error, if possible.
    fn set_context(self, context: &'static str) -> Self;

    /// Gets the context of the error, if any.
    fn context(&self) -> Option<&'static str>;
}

impl<T> ErrorContext for ParseResult<T> {
    fn set_context(self, context: &'static str) -> Self {
        self.map_err(|e| e.set_context(context))
    }

    fn context(&self) -> Option<&'static str> {
        self.as_ref().err().and_then(ErrorContext::context)
    }
}

impl ErrorContext for Error {
    fn set_context(self, new_context: &'static str) -> Self {
        match self {
            Self::Expected {
                expected,
                found,
                span,
                ..
            } => Self::expected(expected, found, span, new_context),
            e => e,
        }
    }

    fn context(&self) -> Option<&'static str> {
        if let Self::Expected { context, .. } = self {
            Some(context)
        } else {
            None
        }
    }
}

impl From<LexError> for Error {
    #[inline]
    fn from(e: LexError) -> Self {
        Self::lex(e)
    }
}

/// An enum which represents errors encountered during parsing an expression
#[derive(Debug)]
pub enum Error {
    /// When it expected a certain kind of token, but got another as part of something
    Expected {
        /// The token(s) that were expected.
        expected: Box<[String]>,

        /// The token that was not expected.
        found: Box<str>,

        /// The parsing context in which the error occurred.
        context: &'static str,

        /// Position of the source code where the error occurred.
        span: Span,
    },

    /// When a token is unexpected
    Unexpected {
        /// The error message.
        message: Box<str>,

        /// The token that was not expected.
        found: Box<str>,

        /// Position of the source code where the error occurred.
        span: Span,
    },

    /// When there is an abrupt end to the parsing
    AbruptEnd,

    /// A lexing error.
    Lex {
        /// The error that occurred during lexing.
        err: LexError,
    },

    /// A scope analysis error.
    ScopeAnalysis {
        /// The error that occurred during scope analysis.
        err: &'static str,
    },

    /// Catch all General Error
    General {
        /// The error message.
        message: Box<str>,

        /// Position of the source code where the error occurred.
        position: Position,
    },
}

impl Error {
    /// Creates an `Expected` parsing error.
    pub(crate) fn expected<E, F>(expected: E, found: F, span: Span, context: &'static str) -> Self
    where
        E: Into<Box<[String]>>,
        F: Into<Box<str>>,
    {
        let expected = expected.into();
        debug_assert_ne!(expected.len(), 0);

        Self::Expected {
            expected,
            found: found.into(),
            span,
            context,
        }
    }

    /// Creates an `Unexpected` parsing error.
    pub(crate) fn unexpected<F, C>(found: F, span: Span, message: C) -> Self
    where
        F: Into<Box<str>>,
        C: Into<Box<str>>,
    {
        Self::Unexpected {
            found: found.into(),
            span,
            message: message.into(),
        }
    }

    /// Creates a `ScopeAnalysis` parsing error.
    pub(crate) fn scope_analysis(err: &'static str) -> Self {
        Self::ScopeAnalysis { err }
    }

    /// Creates a "general" parsing error.
    pub(crate) fn general<S, P>(message: S, position: P) -> Self
    where
        S: Into<Box<str>>,
        P: Into<Position>,
    {
        Self::General {
            message: message.into(),
            position: position.into(),
        }
    }

    /// Creates a "general" parsing error with the specific error message for a misplaced function declaration.
    pub(crate) fn misplaced_function_declaration(position: Position, strict: bool) -> Self {
        Self::General {
            // rjs: V8's message in strict mode code.
            message: if strict {
                "In strict mode code, functions can only be declared at top level or inside a block."
                    .to_owned()
            } else {
                "functions can only be declared at the top level or inside a block.".to_owned()
            }
            .into(),
            position,
        }
    }

    /// Creates a "general" parsing error with the specific error message for a wrong function declaration with label.
    pub(crate) fn wrong_labelled_function_declaration(position: Position) -> Self {
        Self::General {
            message: "labelled functions can only be declared at the top level or inside a block"
                .into(),
            position,
        }
    }

    /// rjs: an unexpected token reported with V8's `message` (at the token) instead; other
    /// errors (the end of input, the lexer's) as they are.
    #[must_use]
    pub(crate) fn reworded(self, message: &'static str) -> Self {
        match self {
            Self::Expected { span, .. } | Self::Unexpected { span, .. } => {
                Self::general(message, span.start())
            }
            e => e,
        }
    }

    /// rjs: V8's error for a private name used outside the classes declaring it.
    pub(crate) fn undeclared_private(
        name: boa_interner::Sym,
        interner: &boa_interner::Interner,
    ) -> Self {
        Self::general(
            format!(
                "Private field '#{}' must be declared in an enclosing class",
                interner.resolve_expect(name)
            ),
            Position::new(1, 1),
        )
    }

    /// rjs: V8's error for a private name declared twice in a class.
    pub(crate) fn duplicate_private(
        name: boa_interner::Sym,
        position: Position,
        interner: &boa_interner::Interner,
    ) -> Self {
        Self::general(
            format!(
                "Identifier '#{}' has already been declared",
                interner.resolve_expect(name)
            ),
            position,
        )
    }

    /// Creates a parsing error from a lexing error.
    pub(crate) const fn lex(e: LexError) -> Self {
        Self::Lex { err: e }
    }
}

/// rjs: reserved words V8 names as tokens (`Unexpected token 'if'`), not identifiers.
const V8_TOKEN_WORDS: [&str; 37] = [
    "async",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "import",
    "in",
    "instanceof",
    "new",
    "null",
    "return",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
];

/// rjs: V8's message for the unexpected token `found` (as `TokenKind::to_string` writes it:
/// strings in double quotes, templates after a backtick).
fn v8_unexpected(found: &str) -> String {
    let mut chars = found.chars();
    let first = chars.next().unwrap_or(' ');
    let second = chars.next();
    match first {
        _ if found == "end of file" => "Unexpected end of input".to_owned(),
        '"' => "Unexpected string".to_owned(),
        '`' => "Unexpected template string".to_owned(),
        '0'..='9' => "Unexpected number".to_owned(),
        '.' if second.is_some_and(|c| c.is_ascii_digit()) => "Unexpected number".to_owned(),
        '/' if found.len() > 2 && found[1..].contains('/') => {
            "Unexpected regular expression".to_owned()
        }
        _ if found == "await" => "Unexpected reserved word".to_owned(),
        _ if V8_TOKEN_WORDS.contains(&found) => format!("Unexpected token '{found}'"),
        c if c == '#' || c == '$' || c == '_' || c.is_alphabetic() => {
            format!("Unexpected identifier '{found}'")
        }
        _ => format!("Unexpected token '{found}'"),
    }
}

impl Error {
    /// rjs: whether the parser needed more tokens than the source has (not a lexer error).
    #[must_use]
    pub fn ran_out_of_tokens(&self) -> bool {
        match self {
            Self::AbruptEnd => true,
            Self::Expected { found, .. } | Self::Unexpected { found, .. } => {
                &**found == "end of file"
            }
            _ => false,
        }
    }

    /// rjs: the message as V8 words it, without a position (dynamic code: `eval`, the
    /// `Function` constructor). `Display` keeps Boa's wording and the ` at line N, col M`
    /// suffix, which rjs's module and vm glue read.
    #[must_use]
    pub fn v8_message(&self) -> String {
        match self {
            Self::Expected { expected, .. }
                if self.context() == Some("argument list") && expected.iter().any(|e| e == ")") =>
            {
                "missing ) after argument list".to_owned()
            }
            Self::Expected { found, .. } if self.context() == Some("import.meta") => {
                if &**found == "end of file" {
                    v8_unexpected(found)
                } else {
                    "Cannot use import statement outside a module".to_owned()
                }
            }
            Self::Expected { found, .. } | Self::Unexpected { found, .. } => v8_unexpected(found),
            Self::AbruptEnd => "Unexpected end of input".to_owned(),
            Self::General { message, .. } => message.to_string(),
            Self::Lex { err } => match err {
                LexError::Syntax(message, _) => message.to_string(),
                LexError::IO(e) if e.to_string() == "unterminated template literal" => {
                    "Unexpected end of input".to_owned()
                }
                LexError::IO(_) => "Invalid or unexpected token".to_owned(),
            },
            Self::ScopeAnalysis { err } => format!("invalid scope analysis: {err}"),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // rjs: V8's words for an unexpected token (the position follows for rjs's glue).
            Self::Expected { span, .. } | Self::Unexpected { span, .. } => write!(
                f,
                "{} at line {}, col {}",
                self.v8_message(),
                span.start().line_number(),
                span.start().column_number()
            ),
            Self::AbruptEnd => f.write_str("abrupt end"),
            Self::General { message, position } => write!(
                f,
                "{message} at line {}, col {}",
                position.line_number(),
                position.column_number()
            ),
            Self::Lex { err } => err.fmt(f),
            Self::ScopeAnalysis { err } => write!(f, "invalid scope analysis: {err}"),
        }
    }
}

impl std::error::Error for Error {}
