//! `vm.Script`'s `sourceMapURL`: V8's `//# sourceMappingURL=<url>` magic comment (or `//@`),
//! found as V8's scanner meets single-line comments (not inside strings, template literals or
//! regular expressions). Native: a bundle of megabytes (typescript.js) took minutes in JS.

/// The URL of the last magic comment of `code`; `None` when there is none, or when the last one
/// is empty or followed by more than blanks.
pub fn source_map_url(code: &[u16]) -> Option<String> {
    // Most code has no magic comment: skip the scan unless its key occurs at all.
    let key: Vec<u16> = "sourceMappingURL=".encode_utf16().collect();
    if !code.windows(key.len()).any(|w| w == key.as_slice()) {
        return None;
    }
    let mut url: Option<String> = None;
    for comment in line_comments(code) {
        if let Some(found) = magic_comment(comment, &key) {
            url = Some(found);
        }
    }
    url.filter(|u| !u.is_empty())
}

/// `[#@][^\S\n]+sourceMappingURL=[^\S\n]*(\S*)(rest)`: the URL, or "" when more than blanks
/// follow it.
fn magic_comment(text: &[u16], key: &[u16]) -> Option<String> {
    let (&first, rest) = text.split_first()?;
    if first != u16::from(b'#') && first != u16::from(b'@') {
        return None;
    }
    let blank = |c: u16| is_space(c) && c != u16::from(b'\n');
    let spaces = rest.iter().take_while(|&&c| blank(c)).count();
    if spaces == 0 {
        return None;
    }
    let rest = rest[spaces..].strip_prefix(key)?;
    let rest = &rest[rest.iter().take_while(|&&c| blank(c)).count()..];
    let len = rest.iter().take_while(|&&c| !is_space(c)).count();
    let (value, tail) = rest.split_at(len);
    Some(if tail.iter().all(|&c| is_space(c)) {
        String::from_utf16_lossy(value)
    } else {
        String::new()
    })
}

fn is_break(c: u16) -> bool {
    matches!(c, 0x0a | 0x0d | 0x2028 | 0x2029)
}

/// JS's `\s`.
fn is_space(c: u16) -> bool {
    matches!(
        c,
        0x09..=0x0d | 0x20 | 0xa0 | 0x1680 | 0x2000..=0x200a | 0x2028 | 0x2029 | 0x202f | 0x205f
            | 0x3000 | 0xfeff
    )
}

/// `[\w$\u0080-\uffff]`.
fn is_word(c: u16) -> bool {
    c >= 0x80 || c == u16::from(b'$') || c == u16::from(b'_') || (c as u8).is_ascii_alphanumeric()
}

const BEFORE_EXPRESSION: &[&str] = &[
    "return",
    "typeof",
    "instanceof",
    "in",
    "of",
    "new",
    "delete",
    "void",
    "throw",
    "case",
    "do",
    "else",
    "yield",
    "await",
];

/// The texts of the single-line comments of `code` (after `//`). A `/` starts a regular
/// expression where an expression may begin, judged by the token before it.
fn line_comments(code: &[u16]) -> Vec<&[u16]> {
    let n = code.len();
    let at = |i: usize| code.get(i).copied().unwrap_or(0);
    let ch = |b: u8| u16::from(b);
    let mut out = Vec::new();
    let mut braces: Vec<bool> = Vec::new(); // per open '{': whether it opened a substitution
    let mut regex_ok = true;
    let mut i = 0;
    // Template text from `j`: past its closing '`', or into a '${'.
    let template = |mut j: usize, braces: &mut Vec<bool>, regex_ok: &mut bool| -> usize {
        while j < n {
            let c = code[j];
            if c == ch(b'\\') {
                j += 1;
            } else if c == ch(b'`') {
                *regex_ok = false;
                return j + 1;
            } else if c == ch(b'$') && at(j + 1) == ch(b'{') {
                braces.push(true);
                *regex_ok = true;
                return j + 2;
            }
            j += 1;
        }
        n
    };
    while i < n {
        let c = code[i];
        if c == ch(b'/') && at(i + 1) == ch(b'/') {
            let mut j = i + 2;
            while j < n && !is_break(code[j]) {
                j += 1;
            }
            out.push(&code[i + 2..j]);
            i = j;
        } else if c == ch(b'/') && at(i + 1) == ch(b'*') {
            let mut j = i + 2;
            while j + 1 < n && !(code[j] == ch(b'*') && code[j + 1] == ch(b'/')) {
                j += 1;
            }
            i = if j + 1 < n { j + 2 } else { n };
        } else if c == ch(b'"') || c == ch(b'\'') {
            let mut j = i + 1;
            while j < n && code[j] != c && !is_break(code[j]) {
                j += if code[j] == ch(b'\\') { 2 } else { 1 };
            }
            i = j + 1;
            regex_ok = false;
        } else if c == ch(b'`') {
            i = template(i + 1, &mut braces, &mut regex_ok);
        } else if c == ch(b'/') {
            if regex_ok {
                let mut j = i + 1;
                let mut in_class = false;
                while j < n && !is_break(code[j]) && (in_class || code[j] != ch(b'/')) {
                    if code[j] == ch(b'\\') {
                        j += 1;
                    } else if code[j] == ch(b'[') {
                        in_class = true;
                    } else if code[j] == ch(b']') {
                        in_class = false;
                    }
                    j += 1;
                }
                i = j + 1;
                while i < n && code[i] < 0x80 && is_word(code[i]) {
                    i += 1;
                }
            } else {
                i += 1;
            }
            regex_ok = !regex_ok;
        } else if c == ch(b'{') {
            braces.push(false);
            regex_ok = true;
            i += 1;
        } else if c == ch(b'}') {
            if braces.pop() == Some(true) {
                i = template(i + 1, &mut braces, &mut regex_ok);
            } else {
                regex_ok = true;
                i += 1;
            }
        } else if is_word(c) {
            let mut j = i + 1;
            while j < n && is_word(code[j]) {
                j += 1;
            }
            let word = &code[i..j];
            regex_ok = BEFORE_EXPRESSION.iter().any(|k| {
                k.len() == word.len() && k.bytes().zip(word).all(|(a, &b)| u16::from(a) == b)
            });
            i = j;
        } else {
            if !is_space(c) {
                regex_ok = c != ch(b')') && c != ch(b']');
            }
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::source_map_url;

    fn url(code: &str) -> Option<String> {
        source_map_url(&code.encode_utf16().collect::<Vec<_>>())
    }

    #[test]
    fn finds_the_last_magic_comment_outside_strings() {
        assert_eq!(
            url("x\n//# sourceMappingURL=a.map\n").as_deref(),
            Some("a.map")
        );
        assert_eq!(
            url("//# sourceMappingURL=a.map\n//@ sourceMappingURL=b.map").as_deref(),
            Some("b.map")
        );
        assert_eq!(url("'//# sourceMappingURL=a.map'"), None);
        assert_eq!(url("`${1}//# sourceMappingURL=a.map`"), None);
        assert_eq!(url("//# sourceMappingURL=a.map trailing"), None);
        assert_eq!(url("x = /\\/\\/# sourceMappingURL=a/; y"), None);
    }
}
