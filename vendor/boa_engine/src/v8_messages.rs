//! rjs: V8's wording for the errors scripts commonly print (`e.message` is observable, and node
//! users compare it, log it and match on it). Everything here renders values without side
//! effects, as V8's `NoSideEffectsToString` does.

use crate::{
    Context, JsError, JsNativeError, JsObject, JsString, JsValue,
    builtins::{Date, RegExp, error::Error},
    js_string,
    property::PropertyKey,
    value::JsVariant,
};

/// A property key as V8 shows it in messages (`'x'`, `'0'`, `'Symbol(s)'` without quotes).
pub(crate) fn key_text(key: &PropertyKey) -> String {
    match key {
        PropertyKey::String(s) => s.to_std_string_escaped(),
        PropertyKey::Symbol(s) => s.descriptive_string().to_std_string_escaped(),
        PropertyKey::Index(i) => i.get().to_string(),
    }
}

fn nullish_text(base: &JsValue) -> &'static str {
    if base.is_null() { "null" } else { "undefined" }
}

/// `Cannot read properties of undefined (reading 'x')`.
pub(crate) fn cannot_read(base: &JsValue, key: &PropertyKey) -> JsError {
    JsNativeError::typ()
        .with_message(format!(
            "Cannot read properties of {} (reading '{}')",
            nullish_text(base),
            key_text(key)
        ))
        .into()
}

/// `Cannot set properties of null (setting 'x')`.
pub(crate) fn cannot_set(base: &JsValue, key: &PropertyKey) -> JsError {
    JsNativeError::typ()
        .with_message(format!(
            "Cannot set properties of {} (setting '{}')",
            nullish_text(base),
            key_text(key)
        ))
        .into()
}

/// A data property found on `object` or its prototypes, without running getters or proxy traps.
fn data_property(object: &JsObject, key: &PropertyKey) -> Option<JsValue> {
    let mut current = Some(object.clone());
    let mut depth = 0;
    while let Some(o) = current {
        let found = o.borrow().properties().get(key);
        if let Some(desc) = found {
            return desc.value().cloned();
        }
        depth += 1;
        if depth > 1000 {
            return None;
        }
        current = o.prototype();
    }
    None
}

fn function_name(f: &JsObject) -> Option<String> {
    let name = data_property(f, &PropertyKey::from(js_string!("name")))?;
    let name = name.as_string()?.to_std_string_escaped();
    (!name.is_empty()).then_some(name)
}

/// A value as V8 renders it in messages such as `X is not a function` raised by built-ins:
/// primitives as strings, `#<Ctor>` for plain objects, `[object Tag]` for the rest.
pub(crate) fn value_text(value: &JsValue, context: &Context) -> String {
    match value.variant() {
        JsVariant::Undefined => "undefined".into(),
        JsVariant::Null => "null".into(),
        JsVariant::Boolean(b) => b.to_string(),
        JsVariant::Integer32(i) => i.to_string(),
        JsVariant::Float64(f) => JsString::from(f).to_std_string_escaped(),
        JsVariant::String(s) => s.to_std_string_escaped(),
        JsVariant::Symbol(s) => s.descriptive_string().to_std_string_escaped(),
        JsVariant::BigInt(b) => b.to_string(),
        JsVariant::Object(o) => object_text(&o, context),
    }
}

fn object_text(o: &JsObject, context: &Context) -> String {
    if o.is::<Error>() {
        let text = |k: &str, default: &str| {
            data_property(o, &PropertyKey::from(JsString::from(k)))
                .and_then(|v| v.as_string().map(|s| s.to_std_string_escaped()))
                .unwrap_or_else(|| default.to_string())
        };
        let name = text("name", "Error");
        let message = text("message", "");
        return match (name.is_empty(), message.is_empty()) {
            (_, true) => name,
            (true, false) => message,
            (false, false) => format!("{name}: {message}"),
        };
    }
    let to_string_key = PropertyKey::from(js_string!("toString"));
    let object_prototype = context.intrinsics().constructors().object().prototype();
    let object_to_string = data_property(&object_prototype, &to_string_key);
    let to_string = data_property(o, &to_string_key);
    if let (Some(f), Some(g)) = (
        to_string.as_ref().and_then(JsValue::as_object),
        object_to_string.as_ref().and_then(JsValue::as_object),
    ) && JsObject::equals(&f, &g)
        && let Some(ctor) = data_property(o, &PropertyKey::from(js_string!("constructor")))
        && let Some(ctor) = ctor.as_object()
        && ctor.is_callable()
        && let Some(name) = function_name(&ctor)
    {
        return format!("#<{name}>");
    }
    let tag_key = PropertyKey::from(crate::JsSymbol::to_string_tag());
    if let Some(tag) = data_property(o, &tag_key).and_then(|v| v.as_string()) {
        return format!("[object {}]", tag.to_std_string_escaped());
    }
    let tag = if o.is_array() {
        "Array"
    } else if o.is_callable() {
        "Function"
    } else if o.is::<Date>() {
        "Date"
    } else if o.is::<RegExp>() {
        "RegExp"
    } else {
        "Object"
    };
    format!("[object {tag}]")
}

/// `X is not a function` for a callback a built-in was given.
pub(crate) fn not_a_function(value: &JsValue, context: &Context) -> JsError {
    JsNativeError::typ()
        .with_message(format!("{} is not a function", value_text(value, context)))
        .into()
}

/// The callee's source text the compiler recorded for the instruction just executed (a call,
/// `new` or iteration), as V8's call printer shows it; `(intermediate value)` when none.
pub(crate) fn callsite_text(context: &Context) -> String {
    let frame = context.vm.frame();
    let pc = frame.pc;
    frame
        .code_block()
        .callsites
        .iter()
        .find(|(at, _)| *at == pc)
        .map_or_else(
            || "(intermediate value)".to_string(),
            |(_, text)| text.to_std_string_escaped(),
        )
}

/// `o.f is not a function` at a call site.
pub(crate) fn callsite_not_callable(context: &Context) -> JsError {
    JsNativeError::typ()
        .with_message(format!("{} is not a function", callsite_text(context)))
        .into()
}

/// `C is not a constructor` at a `new` site.
pub(crate) fn callsite_not_constructor(context: &Context) -> JsError {
    JsNativeError::typ()
        .with_message(format!("{} is not a constructor", callsite_text(context)))
        .into()
}
