//! rjs: renders a callee expression as V8's call printer does in `X is not a function`,
//! `X is not a constructor` and `X is not iterable` (`o.a.b`, `o[k]`, `f(...)`, `this.m`;
//! anything else is `(intermediate value)`).

use boa_ast::{
    Expression,
    expression::{
        access::{PropertyAccess, PropertyAccessField},
        literal::LiteralKind,
        OptionalOperationKind,
    },
};
use boa_interner::Interner;

const INTERMEDIATE: &str = "(intermediate value)";

/// The text recorded for a spread into call arguments (V8 words that error differently).
pub(crate) const CALL_SPREAD: &str = "\u{0}spread";
/// Prefix of the text recorded for an object pattern (followed by its first property name).
pub(crate) const OBJECT_PATTERN: &str = "\u{1}";
/// Prefix for an object pattern nested in another pattern.
pub(crate) const NESTED_OBJECT_PATTERN: &str = "\u{3}";
/// Prefix of the text recorded for an array pattern (followed by its initializer's rendering
/// when V8 names it: see [`pattern_init_text`]).
pub(crate) const ARRAY_PATTERN: &str = "\u{2}";

fn field_text(field: &PropertyAccessField, interner: &Interner, out: &mut String) {
    match field {
        PropertyAccessField::Const(ident) => {
            out.push('.');
            out.push_str(&interner.resolve_expect(ident.sym()).to_string());
        }
        PropertyAccessField::Expr(expr) => match expr.flatten() {
            // V8 prints `o['a']` as `o.a`.
            Expression::Literal(lit) if matches!(lit.kind(), LiteralKind::String(_)) => {
                if let LiteralKind::String(sym) = lit.kind() {
                    out.push('.');
                    out.push_str(&interner.resolve_expect(*sym).to_string());
                }
            }
            other => {
                out.push('[');
                render(other, interner, out);
                out.push(']');
            }
        },
    }
}

fn number_text(n: f64) -> String {
    boa_string::JsString::from(n).to_std_string_escaped()
}

/// Appends the rendering of `expr` to `out`.
pub(crate) fn render(expr: &Expression, interner: &Interner, out: &mut String) {
    match expr.flatten() {
        Expression::Identifier(ident) => out.push_str(&interner.resolve_expect(ident.sym()).to_string()),
        Expression::This(_) => out.push_str("this"),
        Expression::Literal(lit) => match lit.kind() {
            LiteralKind::String(sym) => {
                out.push('"');
                out.push_str(&interner.resolve_expect(*sym).to_string());
                out.push('"');
            }
            LiteralKind::Num(n) => out.push_str(&number_text(*n)),
            LiteralKind::Int(i) => out.push_str(&i.to_string()),
            LiteralKind::BigInt(b) => out.push_str(&b.to_string()),
            LiteralKind::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            LiteralKind::Null => out.push_str("null"),
            LiteralKind::Undefined => out.push_str("undefined"),
        },
        Expression::PropertyAccess(PropertyAccess::Simple(access)) => {
            render(access.target(), interner, out);
            field_text(access.field(), interner, out);
        }
        Expression::PropertyAccess(PropertyAccess::Private(access)) => {
            render(access.target(), interner, out);
            out.push_str(".#");
            out.push_str(&interner.resolve_expect(access.field().description()).to_string());
        }
        Expression::PropertyAccess(PropertyAccess::Super(access)) => {
            out.push_str(INTERMEDIATE);
            field_text(access.field(), interner, out);
        }
        Expression::Call(call) => {
            render(call.function(), interner, out);
            out.push_str("(...)");
        }
        Expression::Optional(opt) => {
            render(opt.target(), interner, out);
            for op in opt.chain() {
                let optional = op.shorted();
                match op.kind() {
                    OptionalOperationKind::SimplePropertyAccess { field } => {
                        if optional {
                            out.push('?');
                            if let PropertyAccessField::Expr(_) = field {
                                out.push('.');
                            }
                        }
                        field_text(field, interner, out);
                    }
                    OptionalOperationKind::PrivatePropertyAccess { field } => {
                        out.push_str(if optional { "?.#" } else { ".#" });
                        out.push_str(&interner.resolve_expect(field.description()).to_string());
                    }
                    OptionalOperationKind::Call { .. } => {
                        out.push_str(if optional { "?.(...)" } else { "(...)" });
                    }
                }
            }
        }
        Expression::ObjectLiteral(obj) if obj.properties().is_empty() => out.push_str("{}"),
        Expression::ObjectLiteral(_) => out.push_str("{(intermediate value)}"),
        _ => out.push_str(INTERMEDIATE),
    }
}

/// The rendering of `expr`, or None when it is just `(intermediate value)` (the default).
pub(crate) fn callee_text(expr: &Expression, interner: &Interner) -> Option<String> {
    let mut out = String::new();
    render(expr, interner, &mut out);
    (out != INTERMEDIATE).then_some(out)
}

/// How V8 names a declaration's initializer in `X is not iterable` when an array pattern
/// destructures it: identifiers, literals and object literals as written, calls and `new` as
/// `f(...)`; property reads get the built-in wording instead (None).
pub(crate) fn pattern_init_text(expr: &Expression, interner: &Interner) -> Option<String> {
    match expr.flatten() {
        Expression::PropertyAccess(_) | Expression::Optional(_) => None,
        Expression::New(new) => {
            let mut out = String::new();
            render(new.constructor(), interner, &mut out);
            out.push_str("(...)");
            Some(out)
        }
        Expression::Literal(lit) if matches!(lit.kind(), LiteralKind::BigInt(_)) => {
            Some(INTERMEDIATE.to_string())
        }
        other => {
            let mut out = String::new();
            render(other, interner, &mut out);
            Some(out)
        }
    }
}
