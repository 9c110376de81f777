//! Import assertions (`import x from './a.json' assert { type: 'json' }`), the deprecated form of
//! import attributes that node 20's V8 still parses (warning that `assert` is deprecated). The
//! engine parses only `with`: the keyword is rewritten to `with` plus two spaces, so every other
//! position in the module keeps its line and column.

/// `src` with each `assert` keyword of an import/export declaration rewritten, and the 1-based
/// lines of those keywords; None when there is none. An `assert` counts when it follows a module
/// specifier (a string literal after `from`, or after `import` for a bare import) on the same
/// line, and `{` follows it.
pub fn rewrite(src: &str) -> Option<(String, Vec<usize>)> {
    if !src.contains("assert") {
        return None;
    }
    let bytes = src.as_bytes();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(k) = src[from..].find("assert") {
        let at = from + k;
        from = at + 6;
        if is_assertion(bytes, at) {
            found.push(at);
        }
    }
    if found.is_empty() {
        return None;
    }
    let mut out = bytes.to_vec();
    let mut lines = Vec::with_capacity(found.len());
    for &at in &found {
        out[at..at + 6].copy_from_slice(b"with  ");
        lines.push(1 + bytes[..at].iter().filter(|&&b| b == b'\n').count());
    }
    // (Only ASCII bytes were replaced by ASCII bytes: still UTF-8.)
    String::from_utf8(out).ok().map(|s| (s, lines))
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$'
}

/// Whether the `assert` at `at` is an import declaration's assertion keyword.
fn is_assertion(bytes: &[u8], at: usize) -> bool {
    let end = at + 6;
    if end < bytes.len() && is_ident(bytes[end]) {
        return false;
    }
    // `{` next (line breaks allowed).
    let mut j = end;
    while j < bytes.len() && bytes[j].is_ascii_whitespace() {
        j += 1;
    }
    if j >= bytes.len() || bytes[j] != b'{' {
        return false;
    }
    // A string literal just before it, on the same line.
    let mut i = at;
    while i > 0 && (bytes[i - 1] == b' ' || bytes[i - 1] == b'\t') {
        i -= 1;
    }
    if i == 0 || (bytes[i - 1] != b'\'' && bytes[i - 1] != b'"') {
        return false;
    }
    let quote = bytes[i - 1];
    let close = i - 1;
    let mut open = close;
    loop {
        if open == 0 {
            return false;
        }
        open -= 1;
        match bytes[open] {
            b'\n' => return false,
            b if b == quote => break,
            _ => {}
        }
    }
    // `from` or `import` before the literal.
    let mut w = open;
    while w > 0 && bytes[w - 1].is_ascii_whitespace() {
        w -= 1;
    }
    let word_end = w;
    while w > 0 && is_ident(bytes[w - 1]) {
        w -= 1;
    }
    if !matches!(&bytes[w..word_end], b"from" | b"import") {
        return false;
    }
    // Not inside a string literal of that line (an odd count of a quote before the keyword).
    let line_start = bytes[..w]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |k| k + 1);
    let before = &bytes[line_start..w];
    [b'\'', b'"', b'`']
        .iter()
        .all(|q| before.iter().filter(|&&b| b == *q).count() % 2 == 0)
}

#[cfg(test)]
mod tests {
    use super::rewrite;

    #[test]
    fn rewrites_assertions_only() {
        let src = "import a from './a.json' assert { type: 'json' };\nimport \"./b.json\"assert{type:'json'};\nexport { c } from './c.json'   assert\n  { type: 'json' };\nassert({});\nconst s = 'assert {';\n";
        let (out, lines) = rewrite(src).unwrap_or_default();
        assert_eq!(lines, vec![1, 2, 3]);
        assert_eq!(out.len(), src.len());
        assert!(out.starts_with("import a from './a.json' with   { type"));
        assert!(out.contains("\"./b.json\"with  {"));
        assert!(out.contains("assert({});"));
        assert!(rewrite("assert.ok(1);").is_none());
        assert!(rewrite("x = 'a' assertion {").is_none());
        assert!(rewrite("const t = 'import x from \"y\" assert { a: 1 }';").is_none());
    }
}
