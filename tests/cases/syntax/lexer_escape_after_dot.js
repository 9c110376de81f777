// Identifiers with unicode escapes right after a member dot (the lexer had peeked ahead for
// `...` and then overran its buffer on the escape).
const o = { ab: 1, ae: 2, if: 3, new: 4, b: 5 };
console.log(o.a\u0062, o.a\u{65}, o.\u0069f, o.n\u0065w, o.\u0062);
var \u0061x = 6; console.log(ax, o?.a\u0062);
const y = o.a\u0062
console.log(y)
