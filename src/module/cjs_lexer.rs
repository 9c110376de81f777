//! The named exports of a CommonJS module, found without running it (as node's
//! cjs-module-lexer does), so `import { x } from './file.cjs'` can be linked before the module
//! executes in its turn of the graph's evaluation. Recognised forms: `exports.x =`,
//! `module.exports.x =`, `exports['x'] =`, `Object.defineProperty(exports, 'x', …)` with a
//! `value` or a getter returning an identifier (or member), `module.exports = { a, b: id,
//! 'c': id }` (also esbuild's `0 && (module.exports = {…})`), and
//! re-exports `module.exports = require('y')`, `...require('y')` in that literal,
//! `__exportStar(require('y'), exports)` and `__export(require('y'))` (TypeScript).

/// What [`analyze`] found: export names, and the specifiers of re-exported modules.
#[derive(Debug, Default, PartialEq)]
pub struct CjsExports {
    pub names: Vec<String>,
    pub reexports: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Str(String),
    /// Punctuators; `=` alone is distinct from `==`, `===`, `=>`.
    Punct(&'static str),
    Other,
}

/// Splits JS source into the tokens the patterns need: identifiers, string literals and
/// punctuators; comments, template literals, regular expressions and numbers are skipped.
/// Also returns, per token, whether whitespace or a comment came right before it (the lexer's
/// object-literal rule reads some characters directly after an identifier).
fn tokenize(src: &str) -> (Vec<Tok>, Vec<bool>) {
    let b: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut spaced = Vec::new();
    let mut gap = false;
    let mut i = 0;
    // Braces opened inside template substitutions: a `}` at this depth resumes the template.
    let mut template_depths: Vec<usize> = Vec::new();
    let mut depth = 0usize;
    while i < b.len() {
        let c = b[i];
        if spaced.len() < out.len() {
            spaced.push(gap);
            gap = false;
        }
        if c.is_whitespace() {
            gap = true;
            i += 1;
        } else if c == '/' && b.get(i + 1) == Some(&'/') {
            gap = true;
            while i < b.len() && b[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && b.get(i + 1) == Some(&'*') {
            gap = true;
            i += 2;
            while i + 1 < b.len() && !(b[i] == '*' && b[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if c == '\'' || c == '"' {
            let mut s = String::new();
            i += 1;
            while i < b.len() && b[i] != c && b[i] != '\n' {
                if b[i] == '\\' && i + 1 < b.len() {
                    i = unescape(&b, i + 1, &mut s);
                } else {
                    s.push(b[i]);
                    i += 1;
                }
            }
            i += 1;
            out.push(Tok::Str(s));
        } else if c == '`' {
            i = skip_template(&b, i + 1, &mut template_depths, depth);
            out.push(Tok::Other);
        } else if c == '}' && template_depths.last() == Some(&depth) {
            template_depths.pop();
            i = skip_template(&b, i + 1, &mut template_depths, depth);
            out.push(Tok::Other);
        } else if c == '/' && regex_allowed(out.last()) {
            i += 1;
            let mut class = false;
            while i < b.len() && b[i] != '\n' {
                match b[i] {
                    '\\' => i += 1,
                    '[' => class = true,
                    ']' => class = false,
                    '/' if !class => break,
                    _ => {}
                }
                i += 1;
            }
            i += 1;
            while i < b.len() && b[i].is_alphanumeric() {
                i += 1;
            }
            out.push(Tok::Other);
        } else if c.is_alphabetic() || c == '_' || c == '$' {
            let start = i;
            while i < b.len() && (b[i].is_alphanumeric() || b[i] == '_' || b[i] == '$') {
                i += 1;
            }
            out.push(Tok::Ident(b[start..i].iter().collect()));
        } else if c.is_ascii_digit() {
            while i < b.len() && (b[i].is_alphanumeric() || b[i] == '.' || b[i] == '_') {
                i += 1;
            }
            out.push(Tok::Other);
        } else {
            let next = |k: usize| b.get(i + k).copied();
            let (p, n): (&'static str, usize) = match c {
                '=' if next(1) == Some('=') && next(2) == Some('=') => ("===", 3),
                '=' if next(1) == Some('=') => ("==", 2),
                '=' if next(1) == Some('>') => ("=>", 2),
                '=' => ("=", 1),
                '.' if next(1) == Some('.') && next(2) == Some('.') => ("...", 3),
                '.' => (".", 1),
                '(' => ("(", 1),
                ')' => (")", 1),
                '[' => ("[", 1),
                ']' => ("]", 1),
                '{' => {
                    depth += 1;
                    ("{", 1)
                }
                '}' => {
                    depth = depth.saturating_sub(1);
                    ("}", 1)
                }
                ',' => (",", 1),
                ':' => (":", 1),
                ';' => (";", 1),
                '&' if next(1) == Some('&') => ("&&", 2),
                '!' | '<' | '>' | '+' | '-' | '*' | '%' | '|' | '^' | '~' | '?' | '&' => ("op", 1),
                _ => ("?", 1),
            };
            // `x.y = …` only: `x.y += …` and friends do not define an export.
            if p == "op" && next(1) == Some('=') {
                out.push(Tok::Punct("op="));
                i += 2;
                continue;
            }
            out.push(Tok::Punct(p));
            i += n;
        }
    }
    if spaced.len() < out.len() {
        spaced.push(gap);
    }
    (out, spaced)
}

/// Decodes the escape sequence after a `\\` at `i` (as the string's value has it) into `s`;
/// returns the index after it.
fn unescape(b: &[char], i: usize, s: &mut String) -> usize {
    let hex = |from: usize, to: usize| -> Option<u32> {
        let digits: String = b.get(from..to)?.iter().collect();
        u32::from_str_radix(&digits, 16).ok()
    };
    let (code, next) = match b[i] {
        'n' => (Some(0x0a), i + 1),
        't' => (Some(0x09), i + 1),
        'r' => (Some(0x0d), i + 1),
        'b' => (Some(0x08), i + 1),
        'f' => (Some(0x0c), i + 1),
        'v' => (Some(0x0b), i + 1),
        '0' if !b.get(i + 1).is_some_and(|c| c.is_ascii_digit()) => (Some(0), i + 1),
        'x' => (hex(i + 1, i + 3), i + 3),
        'u' if b.get(i + 1) == Some(&'{') => {
            let end = (i + 2..b.len()).find(|&k| b[k] == '}').unwrap_or(b.len());
            (hex(i + 2, end), end + 1)
        }
        'u' => {
            let lead = hex(i + 1, i + 5);
            // A surrogate pair spelled as two escapes is one character.
            match lead {
                Some(hi @ 0xd800..=0xdbff)
                    if b.get(i + 5) == Some(&'\\') && b.get(i + 6) == Some(&'u') =>
                {
                    match hex(i + 7, i + 11) {
                        Some(lo @ 0xdc00..=0xdfff) => (
                            Some(0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00)),
                            i + 11,
                        ),
                        _ => (lead, i + 5),
                    }
                }
                _ => (lead, i + 5),
            }
        }
        // A line continuation adds nothing.
        '\n' => return i + 1,
        '\r' => {
            return if b.get(i + 1) == Some(&'\n') {
                i + 2
            } else {
                i + 1
            }
        }
        c => {
            s.push(c);
            return i + 1;
        }
    };
    s.push(code.and_then(char::from_u32).unwrap_or('\u{fffd}'));
    next.min(b.len())
}

/// Skips a template literal's text from `i` to its end or to a `${` (which pushes `depth`, so
/// the matching `}` resumes the template); returns the index after what was skipped.
fn skip_template(b: &[char], mut i: usize, stack: &mut Vec<usize>, depth: usize) -> usize {
    while i < b.len() {
        match b[i] {
            '\\' => i += 2,
            '`' => return i + 1,
            '$' if b.get(i + 1) == Some(&'{') => {
                stack.push(depth);
                return i + 2;
            }
            _ => i += 1,
        }
    }
    i
}

/// Whether a `/` after this token starts a regular expression (rather than dividing).
fn regex_allowed(prev: Option<&Tok>) -> bool {
    match prev {
        None => true,
        Some(Tok::Ident(w)) => matches!(
            w.as_str(),
            "return"
                | "typeof"
                | "instanceof"
                | "in"
                | "of"
                | "new"
                | "delete"
                | "void"
                | "throw"
                | "case"
                | "do"
                | "else"
                | "yield"
                | "await"
        ),
        Some(Tok::Str(_)) | Some(Tok::Other) => false,
        Some(Tok::Punct(p)) => !matches!(*p, ")" | "]" | "}"),
    }
}

fn ident(t: Option<&Tok>, name: &str) -> bool {
    matches!(t, Some(Tok::Ident(s)) if s == name)
}

fn punct(t: Option<&Tok>, p: &str) -> bool {
    matches!(t, Some(Tok::Punct(s)) if *s == p)
}

/// Length of `exports` or `module.exports` starting at `i` (0 if neither), not preceded by `.`.
fn exports_ref(t: &[Tok], i: usize) -> usize {
    if i > 0 && punct(t.get(i - 1), ".") {
        return 0;
    }
    if ident(t.get(i), "exports") {
        1
    } else if ident(t.get(i), "module")
        && punct(t.get(i + 1), ".")
        && ident(t.get(i + 2), "exports")
    {
        3
    } else {
        0
    }
}

/// `require ( 'x' )` at `i`: the specifier.
fn require_call(t: &[Tok], i: usize) -> Option<String> {
    if ident(t.get(i), "require") && punct(t.get(i + 1), "(") && punct(t.get(i + 3), ")") {
        if let Some(Tok::Str(s)) = t.get(i + 2) {
            return Some(s.clone());
        }
    }
    None
}

/// Reads the object literal whose `{` is at `i` as cjs-module-lexer does: shorthand entries,
/// `key: identifier` and `'key': identifier` entries (a value that is more than an identifier
/// ends the reading; one followed directly by anything but `,` or `}` still counts, then ends
/// it), `...require('x')` and `...identifier` spreads.
fn object_literal(t: &[Tok], sp: &[bool], mut i: usize, out: &mut CjsExports) {
    let spaced = |k: usize| sp.get(k).copied().unwrap_or(true);
    i += 1;
    loop {
        match t.get(i) {
            Some(Tok::Punct("...")) => {
                if spaced(i + 1) {
                    return;
                }
                if let Some(spec) = require_call(t, i + 1) {
                    out.reexports.push(spec);
                    i += 5;
                } else if matches!(t.get(i + 1), Some(Tok::Ident(_))) {
                    i += 2;
                } else {
                    return;
                }
            }
            Some(tok @ (Tok::Ident(_) | Tok::Str(_))) => {
                let (name, is_str) = match tok {
                    Tok::Ident(n) => (n.clone(), false),
                    Tok::Str(n) => (n.clone(), true),
                    _ => return,
                };
                if punct(t.get(i + 1), ":") {
                    // Nothing more complex than an identifier as the value.
                    if !matches!(t.get(i + 2), Some(Tok::Ident(_))) {
                        return;
                    }
                    out.names.push(name);
                    i += 3;
                    // The character right after the value must be `,` or `}`.
                    if spaced(i) {
                        return;
                    }
                } else if is_str {
                    i += 1;
                } else {
                    out.names.push(name);
                    i += 1;
                }
            }
            _ => return,
        }
        match t.get(i) {
            Some(Tok::Punct(",")) => i += 1,
            _ => return,
        }
    }
}

/// `{ [enumerable: true,] value: …` or `{ [enumerable: true,] get[: function [name]]() {
/// return id[.id | ['key']][;] }[,] })` at `i`, cjs-module-lexer's forms of
/// `Object.defineProperty(exports, 'x', …)` that define an export.
fn define_descriptor(t: &[Tok], mut i: usize) -> bool {
    if !punct(t.get(i), "{") {
        return false;
    }
    i += 1;
    if ident(t.get(i), "enumerable") {
        if !(punct(t.get(i + 1), ":") && ident(t.get(i + 2), "true") && punct(t.get(i + 3), ",")) {
            return false;
        }
        i += 4;
    }
    if ident(t.get(i), "value") {
        return punct(t.get(i + 1), ":");
    }
    if !ident(t.get(i), "get") {
        return false;
    }
    i += 1;
    if punct(t.get(i), ":") {
        if !ident(t.get(i + 1), "function") {
            return false;
        }
        i += 2;
        if matches!(t.get(i), Some(Tok::Ident(_))) {
            i += 1;
        }
    }
    if !(punct(t.get(i), "(")
        && punct(t.get(i + 1), ")")
        && punct(t.get(i + 2), "{")
        && ident(t.get(i + 3), "return")
        && matches!(t.get(i + 4), Some(Tok::Ident(_))))
    {
        return false;
    }
    i += 5;
    if punct(t.get(i), ".") && matches!(t.get(i + 1), Some(Tok::Ident(_))) {
        i += 2;
    } else if punct(t.get(i), "[")
        && matches!(t.get(i + 1), Some(Tok::Str(_)))
        && punct(t.get(i + 2), "]")
    {
        i += 3;
    }
    if punct(t.get(i), ";") {
        i += 1;
    }
    if !punct(t.get(i), "}") {
        return false;
    }
    i += 1;
    if punct(t.get(i), ",") {
        i += 1;
    }
    punct(t.get(i), "}") && punct(t.get(i + 1), ")")
}

/// A cursor over the tokens for matching a fixed sequence: each test consumes the token it
/// accepts.
struct Cur<'a> {
    t: &'a [Tok],
    i: usize,
}

impl Cur<'_> {
    fn id(&mut self, name: &str) -> bool {
        let ok = ident(self.t.get(self.i), name);
        self.i += usize::from(ok);
        ok
    }
    fn p(&mut self, p: &str) -> bool {
        let ok = punct(self.t.get(self.i), p);
        self.i += usize::from(ok);
        ok
    }
    fn s(&mut self, value: &str) -> bool {
        let ok = matches!(self.t.get(self.i), Some(Tok::Str(s)) if s == value);
        self.i += usize::from(ok);
        ok
    }
    fn any_ident(&mut self) -> Option<String> {
        match self.t.get(self.i) {
            Some(Tok::Ident(s)) => {
                self.i += 1;
                Some(s.clone())
            }
            _ => None,
        }
    }
    /// `exports` or `module.exports`.
    fn exports(&mut self) -> bool {
        let n = exports_ref(self.t, self.i);
        self.i += n;
        n > 0
    }
    /// `Object[.prototype].hasOwnProperty.call(ID, key)` or `ID.hasOwnProperty(key)`.
    fn has_own(&mut self, key: &str) -> bool {
        let start = self.i;
        if self.id("Object") {
            if self.p(".") && self.id("prototype") {
                // (optional)
            } else {
                self.i = start + 1;
            }
            return self.p(".")
                && self.id("hasOwnProperty")
                && self.p(".")
                && self.id("call")
                && self.p("(")
                && self.any_ident().is_some()
                && self.p(",")
                && self.id(key)
                && self.p(")");
        }
        self.any_ident().is_some()
            && self.p(".")
            && self.id("hasOwnProperty")
            && self.p("(")
            && self.id(key)
            && self.p(")")
    }
    /// `ID[key]`, with ID `id`.
    fn member(&mut self, id: &str, key: &str) -> bool {
        self.id(id) && self.p("[") && self.id(key) && self.p("]")
    }
}

/// Babel's export-star loop, cjs-module-lexer's EXPORT_STAR_LIB form:
/// `Object.keys(ID1).forEach(function (KEY) { <guards> <copy> })`, where the guards skip
/// `default`/`__esModule` (and keys the module defines itself) and the copy is
/// `exports[KEY] = ID1[KEY]` or a `defineProperty` with a getter returning `ID1[KEY]`.
/// Returns ID1.
fn export_star_loop(t: &[Tok], i: usize) -> Option<String> {
    let mut c = Cur { t, i };
    if !(c.id("Object") && c.p(".") && c.id("keys") && c.p("(")) {
        return None;
    }
    let id = c.any_ident()?;
    if !(c.p(")") && c.p(".") && c.id("forEach") && c.p("(") && c.id("function") && c.p("(")) {
        return None;
    }
    let key = c.any_ident()?;
    if !(c.p(")") && c.p("{") && c.id("if") && c.p("(") && c.id(&key)) {
        return None;
    }
    let is_default = |c: &mut Cur| c.s("default");
    if c.p("===") {
        // if (KEY === 'default' || KEY === '__esModule') return;
        if !(is_default(&mut c)
            && c.p("op")
            && c.p("op")
            && c.id(&key)
            && c.p("===")
            && c.s("__esModule")
            && c.p(")")
            && c.id("return"))
        {
            return None;
        }
        c.p(";");
        // [if (Object.prototype.hasOwnProperty.call(_exportNames, KEY)) return;]
        let save = c.i;
        if !(c.id("if") && c.p("(") && c.has_own(&key) && c.p(")") && c.id("return")) {
            c.i = save;
        } else {
            c.p(";");
        }
        // [if (KEY in exports && exports[KEY] === ID[KEY]) return;]
        let save = c.i;
        if c.id("if")
            && c.p("(")
            && c.id(&key)
            && c.id("in")
            && c.exports()
            && c.p("&&")
            && c.exports()
            && c.p("[")
            && c.id(&key)
            && c.p("]")
            && c.p("===")
            && c.member(&id, &key)
            && c.p(")")
            && c.id("return")
        {
            c.p(";");
        } else {
            c.i = save;
        }
    } else if c.p("op=") && c.p("=") {
        // if (KEY !== 'default' [&& !hasOwn(KEY)])
        if !is_default(&mut c) {
            return None;
        }
        if c.p("&&") && !(c.p("op") && c.has_own(&key)) {
            return None;
        }
        if !c.p(")") {
            return None;
        }
    } else {
        return None;
    }
    if c.exports() {
        // exports[KEY] = ID[KEY];
        if !(c.p("[") && c.id(&key) && c.p("]") && c.p("=") && c.member(&id, &key)) {
            return None;
        }
        c.p(";");
    } else {
        // Object.defineProperty(exports, KEY, { enumerable: true, get[: function]() { return ID[KEY]; } });
        if !(c.id("Object")
            && c.p(".")
            && c.id("defineProperty")
            && c.p("(")
            && c.exports()
            && c.p(",")
            && c.id(&key)
            && c.p(",")
            && c.p("{")
            && c.id("enumerable")
            && c.p(":")
            && c.id("true")
            && c.p(",")
            && c.id("get"))
        {
            return None;
        }
        if c.p(":") && !c.id("function") {
            return None;
        }
        if !(c.p("(") && c.p(")") && c.p("{") && c.id("return") && c.member(&id, &key)) {
            return None;
        }
        c.p(";");
        if !(c.p("}") && c.p("}") && c.p(")")) {
            return None;
        }
        c.p(";");
    }
    (c.p("}") && c.p(")")).then_some(id)
}

/// `var|let|const ID = require('x')` (or `_interopRequireWildcard(require('x'))`) at `i`:
/// ID and 'x', for an export-star loop over ID.
fn require_binding(t: &[Tok], i: usize) -> Option<(String, String)> {
    if !(ident(t.get(i), "var") || ident(t.get(i), "let") || ident(t.get(i), "const"))
        || !punct(t.get(i + 2), "=")
    {
        return None;
    }
    let Some(Tok::Ident(id)) = t.get(i + 1) else {
        return None;
    };
    if let Some(spec) = require_call(t, i + 3) {
        return Some((id.clone(), spec));
    }
    if ident(t.get(i + 3), "_interopRequireWildcard") && punct(t.get(i + 4), "(") {
        return require_call(t, i + 5).map(|spec| (id.clone(), spec));
    }
    None
}

/// The exports and re-exports a CommonJS module's source defines.
pub fn analyze(src: &str) -> CjsExports {
    let (t, sp) = tokenize(src);
    let mut out = CjsExports::default();
    let mut required = std::collections::HashMap::new();
    for i in 0..t.len() {
        if let Some((id, spec)) = require_binding(&t, i) {
            required.insert(id, spec);
        }
        if let Some(id) = export_star_loop(&t, i) {
            if let Some(spec) = required.get(&id) {
                out.reexports.push(spec.clone());
            }
        }
        let n = exports_ref(&t, i);
        if n > 0 {
            let j = i + n;
            // exports.x = / module.exports.x =
            if punct(t.get(j), ".") && punct(t.get(j + 2), "=") {
                if let Some(Tok::Ident(name)) = t.get(j + 1) {
                    out.names.push(name.clone());
                }
            }
            // exports['x'] =
            if punct(t.get(j), "[") && punct(t.get(j + 2), "]") && punct(t.get(j + 3), "=") {
                if let Some(Tok::Str(name)) = t.get(j + 1) {
                    out.names.push(name.clone());
                }
            }
            // module.exports = require('x') / module.exports = { … }
            // (Any such assignment drops the re-exports found before it.)
            if n == 3 && punct(t.get(j), "=") {
                out.reexports.clear();
                if let Some(spec) = require_call(&t, j + 1) {
                    out.reexports.push(spec);
                } else if punct(t.get(j + 1), "{") {
                    object_literal(&t, &sp, j + 1, &mut out);
                }
            }
        }
        // Object.defineProperty(exports, 'x', { … })
        if ident(t.get(i), "Object")
            && punct(t.get(i + 1), ".")
            && ident(t.get(i + 2), "defineProperty")
            && punct(t.get(i + 3), "(")
        {
            let n = exports_ref(&t, i + 4);
            if n > 0 && punct(t.get(i + 4 + n), ",") && punct(t.get(i + 6 + n), ",") {
                if let Some(Tok::Str(name)) = t.get(i + 5 + n) {
                    if define_descriptor(&t, i + 7 + n) {
                        out.names.push(name.clone());
                    }
                }
            }
        }
        // __exportStar(require('x'), exports) / __export(require('x'))
        if (ident(t.get(i), "__exportStar") || ident(t.get(i), "__export"))
            && punct(t.get(i + 1), "(")
        {
            if let Some(spec) = require_call(&t, i + 2) {
                out.reexports.push(spec);
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.names.retain(|n| seen.insert(n.clone()));
    out
}

#[cfg(test)]
mod tests {
    use super::analyze;

    #[test]
    fn finds_the_common_forms() {
        let r = analyze(
            "exports.a = 1; module.exports.b = () => {}; exports['c-d'] = 2; exports.e == 3;\n\
             Object.defineProperty(exports, '__esModule', { value: true });\n\
             x.exports.no = 1; exports.f += 1; // exports.g = 1\n\
             const s = `exports.h = ${ {a: 1}.a } exports.i = 1`; /exports.j = 1/.test(s);\n\
             module.exports = { k, ...require('./o'), 'm': n, l: f(1, 2), o: p };\n\
             __exportStar(require(\"./p\"), exports); module.exports = require('./q');",
        );
        assert_eq!(r.names, ["a", "b", "c-d", "__esModule", "k", "m", "l"]);
        // (The last `module.exports =` drops the re-exports before it, as in node.)
        assert_eq!(r.reexports, ["./q"]);
    }

    #[test]
    fn stops_at_what_it_cannot_read() {
        let r = analyze("module.exports = { a, [b]: 1, c };\nmodule.exports = fn;");
        assert_eq!(r.names, ["a"]);
        assert!(r.reexports.is_empty());
    }

    #[test]
    fn define_property_forms() {
        let r = analyze(
            "Object.defineProperty(exports, 'a', { enumerable: true, get: function () { return q.p; } });\n\
             Object.defineProperty(exports, 'b', { get() { return q['x']; }, });\n\
             Object.defineProperty(exports, 'c', { get() { return 4; } });\n\
             Object.defineProperty(exports, 'd', { writable: true, value: 1 });\n\
             Object.defineProperty(module.exports, 'e', { value: 1 });",
        );
        assert_eq!(r.names, ["a", "b", "e"]);
    }

    #[test]
    fn babel_export_star_loops_and_string_escapes() {
        let r = analyze(
            "var _d = require('./d'); Object.keys(_d).forEach(function (k) { if (k !== 'default' && \
             !Object.prototype.hasOwnProperty.call(exports, k)) exports[k] = _d[k]; });\n\
             var _w = _interopRequireWildcard(require('./w')); Object.keys(_w).forEach(function (key) { \
             if (key === 'default' || key === '__esModule') return; if (key in exports && exports[key] === _w[key]) return; \
             Object.defineProperty(exports, key, { enumerable: true, get: function () { return _w[key]; } }); });\n\
             var _o = require('./o'); Object.keys(_o).forEach(function (k) { if (k !== 'default') other[k] = _o[k]; });\n\
             exports['\\u0061b'] = 1; exports['\\x41\\n'] = 2; exports['\\ud83d\\ude00'] = 3; exports['a\\'b'] = 4;",
        );
        assert_eq!(r.reexports, ["./d", "./w"]);
        assert_eq!(r.names, ["ab", "A\n", "\u{1f600}", "a'b"]);
    }

    #[test]
    fn module_exports_assignment_drops_earlier_reexports() {
        let r = analyze(
            "if (a) module.exports = require('./x'); else module.exports = { ...require('./y') };\n\
             __exportStar(require('./z'), exports);",
        );
        assert_eq!(r.reexports, ["./y", "./z"]);
    }

    #[test]
    fn literal_value_followed_by_space_ends_reading() {
        let r = analyze("module.exports = { o: p , r, s };");
        assert_eq!(r.names, ["o"]);
    }
}
