//! The named exports of a CommonJS module, found without running it (as node's
//! cjs-module-lexer does), so `import { x } from './file.cjs'` can be linked before the module
//! executes in its turn of the graph's evaluation. Recognised forms: `exports.x =`,
//! `module.exports.x =`, `exports['x'] =`, `Object.defineProperty(exports, 'x', …)`,
//! `module.exports = { a, b: …, 'c': … }` (also esbuild's `0 && (module.exports = {…})`), and
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
fn tokenize(src: &str) -> Vec<Tok> {
    let b: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    // Braces opened inside template substitutions: a `}` at this depth resumes the template.
    let mut template_depths: Vec<usize> = Vec::new();
    let mut depth = 0usize;
    while i < b.len() {
        let c = b[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '/' && b.get(i + 1) == Some(&'/') {
            while i < b.len() && b[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && b.get(i + 1) == Some(&'*') {
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
                    i += 1;
                }
                s.push(b[i]);
                i += 1;
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
    out
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

/// Reads the object literal whose `{` is at `i`: shorthand, `key:` and `'key':` entries and
/// `...require('x')` spreads; stops at the first entry it cannot read.
fn object_literal(t: &[Tok], mut i: usize, out: &mut CjsExports) {
    i += 1;
    loop {
        match t.get(i) {
            Some(Tok::Punct("...")) => {
                let Some(spec) = require_call(t, i + 1) else {
                    return;
                };
                out.reexports.push(spec);
                i += 5;
            }
            Some(Tok::Ident(name)) | Some(Tok::Str(name)) => {
                let name = name.clone();
                if punct(t.get(i + 1), ",") || punct(t.get(i + 1), "}") {
                    if matches!(t.get(i), Some(Tok::Str(_))) {
                        return;
                    }
                    out.names.push(name);
                    i += 1;
                } else if punct(t.get(i + 1), ":") {
                    out.names.push(name);
                    // Skip the value up to the `,` or `}` at this level.
                    let mut level = 0usize;
                    i += 2;
                    while let Some(tok) = t.get(i) {
                        match tok {
                            Tok::Punct("(" | "[" | "{") => level += 1,
                            Tok::Punct(")" | "]") => level = level.saturating_sub(1),
                            Tok::Punct("}") if level == 0 => break,
                            Tok::Punct("}") => level -= 1,
                            Tok::Punct(",") if level == 0 => break,
                            _ => {}
                        }
                        i += 1;
                    }
                } else {
                    return;
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

/// The exports and re-exports a CommonJS module's source defines.
pub fn analyze(src: &str) -> CjsExports {
    let t = tokenize(src);
    let mut out = CjsExports::default();
    for i in 0..t.len() {
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
            if n == 3 && punct(t.get(j), "=") {
                if let Some(spec) = require_call(&t, j + 1) {
                    out.reexports.push(spec);
                } else if punct(t.get(j + 1), "{") {
                    object_literal(&t, j + 1, &mut out);
                }
            }
        }
        // Object.defineProperty(exports, 'x', …)
        if ident(t.get(i), "Object")
            && punct(t.get(i + 1), ".")
            && ident(t.get(i + 2), "defineProperty")
            && punct(t.get(i + 3), "(")
        {
            let n = exports_ref(&t, i + 4);
            if n > 0 && punct(t.get(i + 4 + n), ",") {
                if let Some(Tok::Str(name)) = t.get(i + 5 + n) {
                    out.names.push(name.clone());
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
             module.exports = { k, l: f(1, 2), 'm': [1, { n: 2 }], ...require('./o') };\n\
             __exportStar(require(\"./p\"), exports); module.exports = require('./q');",
        );
        assert_eq!(r.names, ["a", "b", "c-d", "__esModule", "k", "l", "m"]);
        assert_eq!(r.reexports, ["./o", "./p", "./q"]);
    }

    #[test]
    fn stops_at_what_it_cannot_read() {
        let r = analyze("module.exports = { a, [b]: 1, c };\nmodule.exports = fn;");
        assert_eq!(r.names, ["a"]);
        assert!(r.reexports.is_empty());
    }
}
