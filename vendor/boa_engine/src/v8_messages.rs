//! rjs: V8's wording for the errors scripts commonly print (`e.message` is observable, and node
//! users compare it, log it and match on it). Everything here renders values without side
//! effects, as V8's `NoSideEffectsToString` does.

use crate::{
    Context, JsError, JsNativeError, JsObject, JsString, JsValue,
    builtins::{
        Date, RegExp,
        error::Error,
        function::{BoundFunction, OrdinaryFunction, ordinary_source_text},
    },
    js_string,
    native_function::NativeFunctionObject,
    property::{PropertyDescriptor, PropertyKey},
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
    if let PropertyKey::Symbol(s) = key
        && *s == crate::JsSymbol::iterator()
    {
        return builtin_not_iterable(base);
    }
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

/// The descriptor of `key` on `object` or its prototypes, without running getters or proxy
/// traps (gives up after 1000 prototypes).
pub(crate) fn find_property(object: &JsObject, key: &PropertyKey) -> Option<PropertyDescriptor> {
    let mut current = Some(object.clone());
    for _ in 0..1000 {
        let o = current?;
        let found = o.borrow().properties().get(key);
        if found.is_some() {
            return found;
        }
        current = o.prototype();
    }
    None
}

/// A data property found on `object` or its prototypes (see `find_property`).
pub(crate) fn data_property(object: &JsObject, key: &PropertyKey) -> Option<JsValue> {
    find_property(object, key)?.value().cloned()
}

fn function_name(f: &JsObject) -> Option<String> {
    let name = data_property(f, &PropertyKey::from(js_string!("name")))?;
    let name = name.as_string()?.to_std_string_escaped();
    (!name.is_empty()).then_some(name)
}

/// A function as V8's `NoSideEffectsToString` shows it: its source text, as
/// `Function.prototype.toString` (without calling a `name` getter).
fn function_text(o: &JsObject) -> Option<String> {
    if let Some(function) = o.downcast_ref::<OrdinaryFunction>() {
        return Some(ordinary_source_text(function.codeblock()).to_std_string_escaped());
    }
    if o.is::<BoundFunction>() {
        return Some("function () { [native code] }".into());
    }
    if o.is::<NativeFunctionObject>() {
        let name = function_name(o).unwrap_or_default();
        return Some(format!("function {name}() {{ [native code] }}"));
    }
    None
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
    if let Some(source) = function_text(o) {
        return source;
    }
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
/// `new` or iteration), as V8's call printer shows it.
fn callsite_record(context: &Context) -> Option<String> {
    let frame = context.vm.frame();
    let pc = frame.pc;
    frame
        .code_block()
        .callsites
        .iter()
        .find(|(at, _)| *at == pc)
        .map(|(_, text)| text.to_std_string_escaped())
}

/// The recorded callee text, or `(intermediate value)` when none was recorded.
pub(crate) fn callsite_text(context: &Context) -> String {
    callsite_record(context).unwrap_or_else(|| "(intermediate value)".to_string())
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

const NOT_ITERABLE_SUFFIX: &str = " is not iterable (cannot read property Symbol(Symbol.iterator))";

/// What built-ins say for a value without `[Symbol.iterator]`:
/// `number 5 is not iterable (cannot read property Symbol(Symbol.iterator))`.
pub(crate) fn builtin_not_iterable(value: &JsValue) -> JsError {
    let what = match value.variant() {
        JsVariant::Undefined => "undefined".to_string(),
        JsVariant::Null => "object null".to_string(),
        JsVariant::Boolean(b) => format!("boolean {b}"),
        JsVariant::Integer32(i) => format!("number {i}"),
        JsVariant::Float64(f) => format!("number {}", JsString::from(f).to_std_string_escaped()),
        JsVariant::String(s) => format!("string \"{}\"", s.to_std_string_escaped()),
        _ => value.type_of().to_string(),
    };
    JsNativeError::typ()
        .with_message(format!("{what}{NOT_ITERABLE_SUFFIX}"))
        .into()
}

/// Rewords a built-in's not-iterable error at a `for-of`/spread site as V8 does there
/// (`o is not iterable`, `f is not a function or its return value is not iterable`); any other
/// error passes through.
pub(crate) fn callsite_not_iterable(error: JsError, context: &Context) -> JsError {
    let is_not_iterable = error
        .as_native()
        .is_some_and(|e| e.message().ends_with(NOT_ITERABLE_SUFFIX));
    if !is_not_iterable {
        return error;
    }
    let message = match callsite_record(context) {
        Some(text) if text == crate::bytecompiler::v8_callsite::CALL_SPREAD => {
            "Spread syntax requires ...iterable[Symbol.iterator] to be a function".to_string()
        }
        Some(text) => match text.strip_prefix(crate::bytecompiler::v8_callsite::ARRAY_PATTERN) {
            Some("") => return error,
            Some(init) => not_iterable_text(init),
            None => not_iterable_text(&text),
        },
        None => return error,
    };
    JsNativeError::typ().with_message(message).into()
}

/// Rewords a not-iterable error at a `for await` site as V8 does there: `o is not async
/// iterable`, or `Cannot read properties of null (reading 'Symbol(Symbol.asyncIterator)')` for
/// null and undefined; any other error passes through.
pub(crate) fn callsite_not_async_iterable(
    error: JsError,
    value: &JsValue,
    context: &Context,
) -> JsError {
    let is_not_iterable = error
        .as_native()
        .is_some_and(|e| e.message().ends_with(NOT_ITERABLE_SUFFIX));
    if !is_not_iterable {
        return error;
    }
    if value.is_null_or_undefined() {
        return cannot_read(value, &crate::JsSymbol::async_iterator().into());
    }
    match callsite_record(context) {
        Some(text) => JsNativeError::typ()
            .with_message(format!("{text} is not async iterable"))
            .into(),
        None => error,
    }
}

/// `X is not iterable` for a rendered expression; a call (`f(...)`) is worded as V8 does:
/// `f is not a function or its return value is not iterable`.
fn not_iterable_text(rendered: &str) -> String {
    match rendered.strip_suffix("(...)") {
        Some(callee) => format!("{callee} is not a function or its return value is not iterable"),
        None => format!("{rendered} is not iterable"),
    }
}

/// `Cannot destructure property 'a' of 'null' as it is null.` (object patterns) or
/// `null is not iterable` (array patterns).
pub(crate) fn cannot_destructure(value: &JsValue, context: &Context) -> JsError {
    use crate::bytecompiler::v8_callsite::{ARRAY_PATTERN, NESTED_OBJECT_PATTERN, OBJECT_PATTERN};
    let what = nullish_text(value);
    let record = callsite_record(context);
    let message = match record.as_deref() {
        Some(text) if text.starts_with(ARRAY_PATTERN) => match &text[ARRAY_PATTERN.len()..] {
            "" => return builtin_not_iterable(value),
            init => not_iterable_text(init),
        },
        Some(text) if text.starts_with(NESTED_OBJECT_PATTERN) => {
            let name = &text[NESTED_OBJECT_PATTERN.len()..];
            if name.is_empty() {
                format!("Cannot destructure '{what}' as it is {what}.")
            } else {
                format!("Cannot read properties of {what} (reading '{name}')")
            }
        }
        Some(text) => match text.strip_prefix(OBJECT_PATTERN) {
            Some(name) if !name.is_empty() => {
                format!("Cannot destructure property '{name}' of '{what}' as it is {what}.")
            }
            _ => format!("Cannot destructure '{what}' as it is {what}."),
        },
        // Nested array patterns record nothing: built-ins' wording.
        None => return builtin_not_iterable(value),
    };
    JsNativeError::typ().with_message(message).into()
}

/// V8's `'trap' on proxy: trap returned falsish for property 'x'` (without a key: `...
/// returned falsish`) when `object` is a proxy whose trap refused an operation that had to
/// succeed; `None` for other objects.
pub(crate) fn proxy_refused(
    object: &JsObject,
    trap: &str,
    key: Option<&PropertyKey>,
) -> Option<JsError> {
    if !object.is::<crate::builtins::proxy::Proxy>() {
        return None;
    }
    let message = match key {
        Some(key) => format!(
            "'{trap}' on proxy: trap returned falsish for property '{}'",
            key_text(key)
        ),
        None => format!("'{trap}' on proxy: trap returned falsish"),
    };
    Some(JsNativeError::typ().with_message(message).into())
}

/// Why a strict-mode `[[Set]]` failed, in V8's words: `Cannot assign to read only property 'x'
/// of object '#<Object>'`, `Cannot add property x, object is not extensible`, or
/// `Cannot set property x of #<Object> which has only a getter`.
pub(crate) fn failed_set(object: &JsObject, key: &PropertyKey, context: &Context) -> JsError {
    if let Some(error) = proxy_refused(object, "set", Some(key)) {
        return error;
    }
    let key_text = key_text(key);
    let receiver_text = object_text(object, context);
    // The object whose own property refused the write (V8 names it for a getter).
    let mut holder = Some(object.clone());
    let mut found = None;
    for _ in 0..1000 {
        let Some(o) = holder.take() else { break };
        let own = o.borrow().properties().get(key);
        if let Some(desc) = own {
            found = Some((o, desc));
            break;
        }
        holder = o.prototype();
    }
    // A module namespace's exports are read-only (and not stored as properties).
    let export = object
        .downcast_ref::<crate::module::ModuleNamespace>()
        .is_some_and(|ns| matches!(key, PropertyKey::String(s) if ns.exports().contains(s)));
    if export {
        found = Some((object.clone(), PropertyDescriptor::default()));
    }
    let message = match found {
        Some((holder, desc)) if desc.is_accessor_descriptor() => format!(
            "Cannot set property {key_text} of {} which has only a getter",
            object_text(&holder, context)
        ),
        Some(_) => {
            // (V8 names the receiver's typeof.)
            let kind = if object.is_callable() {
                "function"
            } else {
                "object"
            };
            format!("Cannot assign to read only property '{key_text}' of {kind} '{receiver_text}'")
        }
        // An element past an array's read-only `length`.
        None if object.is_array()
            && object.borrow().extensible
            && matches!(key, PropertyKey::Index(_)) =>
        {
            format!("Cannot assign to read only property 'length' of object '{receiver_text}'")
        }
        None => format!("Cannot add property {key_text}, object is not extensible"),
    };
    JsNativeError::typ().with_message(message).into()
}

/// V8's `Invalid regular expression: /src/flags: reason`, translating regress's reasons.
pub(crate) fn invalid_regexp(source: &str, flags: &str, reason: &str) -> JsError {
    let opens = source.matches('(').count();
    let closes = source.matches(')').count();
    let reason = match reason {
        "Unbalanced bracket" => "Unterminated character class",
        "Unbalanced parenthesis" if opens > closes => "Unterminated group",
        "Unbalanced parenthesis" => "Unmatched ')'",
        "Invalid quantifier" | "Quantifier not allowed here" | "Invalid atom character"
            if braces_out_of_order(source) =>
        {
            "numbers out of order in {} quantifier"
        }
        "Invalid quantifier" | "Quantifier not allowed here" | "Invalid atom character" => {
            "Nothing to repeat"
        }
        "Incomplete escape" | "Unterminated escape" => "\\ at end of pattern",
        "Invalid braced quantifier" => "numbers out of order in {} quantifier",
        "Range values reversed, start char code is greater than end char code."
        | "Invalid class set range" => "Range out of order in character class",
        "Invalid character range" => "Invalid character class",
        "Unexpected character in class set intersection"
        | "Unexpected character in class set subtraction" => "Invalid character in character class",
        "Invalid named backreference syntax" => "Invalid named capture referenced",
        other if other.starts_with("Backreference to invalid named capture group") => {
            "Invalid named capture referenced"
        }
        "Invalid token at named capture group identifier" => "Invalid capture group name",
        "Invalid character escape" => "Invalid escape",
        "Invalid unicode escape" => "Invalid Unicode escape",
        "Invalid property name" => "Invalid property name",
        other => other,
    };
    JsNativeError::syntax()
        .with_message(format!(
            "Invalid regular expression: /{source}/{flags}: {reason}"
        ))
        .into()
}

/// Whether `source` has a `{n,m}` quantifier with `n > m` (V8: "numbers out of order").
fn braces_out_of_order(source: &str) -> bool {
    source.split('{').skip(1).any(|rest| {
        let Some((inner, _)) = rest.split_once('}') else {
            return false;
        };
        let Some((low, high)) = inner.split_once(',') else {
            return false;
        };
        let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
        digits(low)
            && digits(high)
            && match (low.parse::<u128>(), high.parse::<u128>()) {
                (Ok(l), Ok(h)) => l > h,
                _ => high.len() < low.len(),
            }
    })
}

/// The name of `object`'s constructor as V8 shows it (`Object` when there is none).
pub(crate) fn constructor_name(object: &JsObject) -> String {
    data_property(object, &PropertyKey::from(js_string!("constructor")))
        .and_then(|c| c.as_object().and_then(|c| function_name(&c)))
        .unwrap_or_else(|| "Object".to_string())
}

/// V8's `Invalid typed array length: -1` / `Invalid array buffer length` for a RangeError of
/// ToIndex, with the number given as `shown` when V8 shows it. Other errors (a throwing
/// valueOf) pass through.
pub(crate) fn invalid_length(error: JsError, what: &str, shown: Option<&JsValue>) -> JsError {
    let is_range = error
        .as_native()
        .is_some_and(|e| matches!(e.kind(), crate::error::JsNativeErrorKind::Range));
    if !is_range {
        return error;
    }
    let number = shown.and_then(|v| match v.variant() {
        JsVariant::Integer32(i) => Some(i.to_string()),
        JsVariant::Float64(f) => Some(JsString::from(f).to_std_string_escaped()),
        _ => None,
    });
    let message = match number {
        Some(n) => format!("Invalid {what}: {n}"),
        None => format!("Invalid {what}"),
    };
    JsNativeError::range().with_message(message).into()
}

/// V8's `Array.prototype.forEach called on null or undefined` for the built-in methods V8
/// checks their receiver in by that name (every `String.prototype` method that converts it,
/// the Array methods below; V8's other Array methods say `Cannot convert undefined or null to
/// object`, as Boa does), or `None`.
fn called_on_null(function: &JsObject, name: &JsString, context: &Context) -> Option<JsError> {
    const ARRAY_METHODS: [&str; 13] = [
        "concat",
        "every",
        "filter",
        "find",
        "findIndex",
        "findLast",
        "findLastIndex",
        "forEach",
        "indexOf",
        "map",
        "reduce",
        "reduceRight",
        "some",
    ];
    let key = PropertyKey::from(name.clone());
    let owns = |prototype: JsObject| {
        prototype
            .borrow()
            .properties()
            .get(&key)
            .and_then(|desc| desc.value().and_then(JsValue::as_object))
            .is_some_and(|method| JsObject::equals(&method, function))
    };
    let constructors = context.intrinsics().constructors();
    let mut method = name.to_std_string_escaped();
    let owner =
        if ARRAY_METHODS.contains(&method.as_str()) && owns(constructors.array().prototype()) {
            "Array"
        } else if owns(constructors.string().prototype()) {
            // V8 names these two by their Annex B aliases.
            match method.as_str() {
                "trimStart" => method = "trimLeft".to_owned(),
                "trimEnd" => method = "trimRight".to_owned(),
                _ => {}
            }
            "String"
        } else if owns(constructors.object().prototype()) && method == "toLocaleString" {
            "Object"
        } else {
            return None;
        };
    Some(
        JsNativeError::typ()
            .with_message(format!(
                "{owner}.prototype.{method} called on null or undefined"
            ))
            .into(),
    )
}

/// V8's `Cannot read private member #x from an object whose class did not declare it` (and
/// the `write ... to` form).
pub(crate) fn private_member_missing(description: &JsString, write: bool) -> JsError {
    let name = description.to_std_string_escaped();
    let message = if write {
        format!("Cannot write private member #{name} to an object whose class did not declare it")
    } else {
        format!("Cannot read private member #{name} from an object whose class did not declare it")
    };
    JsNativeError::typ().with_message(message).into()
}

/// V8's `Cannot delete property 'x' of #<Object>` for a strict-mode delete that failed
/// (functions are shown by their source text, as V8 does).
pub(crate) fn cannot_delete(
    object: &JsObject,
    key: &PropertyKey,
    context: &mut Context,
) -> JsError {
    if let Some(error) = proxy_refused(object, "deleteProperty", Some(key)) {
        return error;
    }
    let shown = if object.is_callable() {
        let to_string = context
            .intrinsics()
            .constructors()
            .function()
            .prototype()
            .get(js_string!("toString"), context)
            .ok()
            .and_then(|f| f.as_object());
        to_string
            .and_then(|f| f.call(&object.clone().into(), &[], context).ok())
            .and_then(|v| v.as_string().map(|s| s.to_std_string_escaped()))
            .unwrap_or_else(|| object_text(object, context))
    } else {
        object_text(object, context)
    };
    JsNativeError::typ()
        .with_message(format!(
            "Cannot delete property '{}' of {shown}",
            key_text(key)
        ))
        .into()
}

/// V8's wording for the errors Boa's built-ins raise about their receiver or argument kinds,
/// applied where a native function called from script returns (`name` is the function's name,
/// `this` its receiver): `Method Map.prototype.get called on incompatible receiver #<Object>`,
/// `Number.prototype.toFixed requires that 'this' be a Number`, `Reflect.ownKeys called on
/// non-object`, `Cannot convert abc to a BigInt`, `Invalid string length`. Other errors pass
/// through unchanged.
pub(crate) fn native_call_error(
    error: JsError,
    function: &JsObject,
    name: &JsString,
    this: &JsValue,
    args: &[JsValue],
    context: &Context,
) -> JsError {
    let Some(native) = error.as_native() else {
        return error;
    };
    let message = native.message();
    if this.is_null_or_undefined()
        && matches!(
            message,
            "Cannot convert undefined or null to object"
                | "cannot convert null or undefined to Object"
        )
        && let Some(error) = called_on_null(function, name, context)
    {
        return error;
    }
    let receiver = || value_text(this, context);
    let qualified = |prefix: &str| {
        let name = name.to_std_string_escaped();
        match name.strip_prefix("get ") {
            Some(getter) => format!("get {prefix}.prototype.{getter}"),
            None => format!("{prefix}.prototype.{name}"),
        }
    };
    let incompatible = |method: &str| -> JsError {
        JsNativeError::typ()
            .with_message(format!(
                "Method {method} called on incompatible receiver {}",
                receiver()
            ))
            .into()
    };
    if let Some(rest) = message.strip_prefix("method `")
        && let Some(method) = rest.strip_suffix("` called on incompatible receiver")
    {
        return incompatible(method);
    }
    if let Some((method, rest)) = message.split_once(": expected 'this' to be a ")
        && rest.ends_with(" object")
    {
        return incompatible(method);
    }
    if let Some(method) = message.strip_suffix(": this is not a promise") {
        return incompatible(method);
    }
    let requires = |ctor: &str| -> JsError {
        JsNativeError::typ()
            .with_message(format!(
                "{} requires that 'this' be a {ctor}",
                qualified(ctor)
            ))
            .into()
    };
    match message {
        "'this' is not a number" => return requires("Number"),
        "'this' is not a string" => return requires("String"),
        "'this' is not a boolean" => return requires("Boolean"),
        "'this' is not a Symbol" => return requires("Symbol"),
        "'this' is not a BigInt" => return requires("BigInt"),
        "'this' is not a Date" => {
            // V8's getters (and valueOf) say "this is not a Date object."; its other methods
            // name themselves.
            let method = name.to_std_string_escaped();
            if (method.starts_with("get") && method != "getYear") || method == "valueOf" {
                return JsNativeError::typ()
                    .with_message("this is not a Date object.")
                    .into();
            }
            return incompatible(&qualified("Date"));
        }
        "target must be an object" => {
            return JsNativeError::typ()
                .with_message(format!(
                    "Reflect.{} called on non-object",
                    name.to_std_string_escaped()
                ))
                .into();
        }
        "proto must be an object or null" => {
            return JsNativeError::typ()
                .with_message(format!(
                    "Object prototype may only be an Object or null: {}",
                    value_text(
                        // Only Reflect.setPrototypeOf(target, proto) says this.
                        args.get(1).unwrap_or(&JsValue::undefined()),
                        context
                    )
                ))
                .into();
        }
        _ => {}
    }
    if let Some(rest) = message.strip_prefix("cannot convert string '")
        && let Some(text) = rest.strip_suffix("' to bigint primitive")
    {
        return JsNativeError::syntax()
            .with_message(format!("Cannot convert {text} to a BigInt"))
            .into();
    }
    if let Some(e) = typed_array_error(message, name, this, args, context) {
        return e;
    }
    error
}

/// The element size of a typed array constructor named `name`.
fn element_size(name: &str) -> Option<usize> {
    Some(match name {
        "Int8Array" | "Uint8Array" | "Uint8ClampedArray" => 1,
        "Int16Array" | "Uint16Array" | "Float16Array" => 2,
        "Int32Array" | "Uint32Array" | "Float32Array" => 4,
        "Float64Array" | "BigInt64Array" | "BigUint64Array" => 8,
        _ => return None,
    })
}

/// V8's wording for typed array, DataView and ArrayBuffer range and receiver errors.
fn typed_array_error(
    message: &str,
    name: &JsString,
    this: &JsValue,
    args: &[JsValue],
    context: &Context,
) -> Option<JsError> {
    let name = name.to_std_string_escaped();
    let arg = |i: usize| value_text(args.get(i).unwrap_or(&JsValue::undefined()), context);
    let range =
        |m: String| -> Option<JsError> { Some(JsNativeError::range().with_message(m).into()) };
    let typ = |m: String| -> Option<JsError> { Some(JsNativeError::typ().with_message(m).into()) };
    let incompatible = |method: String| {
        typ(format!(
            "Method {method} called on incompatible receiver {}",
            value_text(this, context)
        ))
    };
    let size = element_size(&name);
    match message {
        "`this` is not a typed array object"
        | "Value is not a typed array object"
        | "TypedArray.set must be called on typed array object" => match name.as_str() {
            "at" | "join" | "slice" | "sort" | "subarray" | "toLocaleString" | "toReversed"
            | "toSorted" => incompatible(format!("%TypedArray%.prototype.{name}")),
            "get buffer" => incompatible("get %TypedArray%.prototype.buffer".into()),
            n if n.starts_with("get ") => {
                incompatible(format!("get TypedArray.prototype.{}", &n[4..]))
            }
            _ => typ("this is not a typed array.".into()),
        },
        "byte offset of typed array must be aligned" => size.and_then(|s| {
            range(format!(
                "start offset of {name} should be a multiple of {s}"
            ))
        }),
        "cannot construct a typed array with an unaligned buffer" => {
            size.and_then(|s| range(format!("byte length of {name} should be a multiple of {s}")))
        }
        "cannot create a typed array spanning a byte range outside of its buffer"
        | "offset of typed array exceeds buffer size" => {
            if args.get(2).is_some_and(|v| !v.is_undefined()) {
                range(format!("Invalid typed array length: {}", arg(2)))
            } else {
                range(format!(
                    "Start offset {} is outside the bounds of the buffer",
                    arg(1)
                ))
            }
        }
        "cannot construct typed array from detached buffer" => {
            typ("Cannot perform Construct on a detached ArrayBuffer".into())
        }
        "Source object and target offset longer than target typed array"
        | "Source typed array and target offset longer than target typed array" => {
            range("offset is out of bounds".into())
        }
        "Start offset is outside the bounds of the buffer" if name == "DataView" => range(format!(
            "Start offset {} is outside the bounds of the buffer",
            arg(1)
        )),
        "Invalid data view length" if name == "DataView" => {
            range(format!("Invalid DataView length {}", arg(2)))
        }
        "Index must be between 0 and  2^53 - 1" => {
            let negative = |i: usize| {
                args.get(i)
                    .and_then(JsValue::as_number)
                    .is_some_and(|n| n < 0.0)
            };
            if name == "DataView" || size.is_some() {
                if args.first().is_some_and(JsValue::is_number) && size.is_some() {
                    range(format!("Invalid typed array length: {}", arg(0)))
                } else if negative(1) {
                    range(format!(
                        "Start offset {} is outside the bounds of the buffer",
                        arg(1)
                    ))
                } else if size.is_some() {
                    range(format!("Invalid typed array length: {}", arg(2)))
                } else {
                    range(format!("Invalid DataView length {}", arg(2)))
                }
            } else if (name.starts_with("get") || name.starts_with("set"))
                && this
                    .as_object()
                    .is_some_and(|o| o.is::<crate::builtins::dataview::DataView>())
            {
                range("Offset is outside the bounds of the DataView".into())
            } else {
                None
            }
        }
        _ => None,
    }
}

/// GetMethod's `'1' returned for property 'get' of object '#<Object>' is not a function`.
pub(crate) fn returned_not_function(
    func: &JsValue,
    key: &PropertyKey,
    object: &JsValue,
    context: &Context,
) -> JsError {
    match key {
        // `[...o]`, `for (x of o)`, `new Map(o)`: the not-iterable error of those sites.
        PropertyKey::Symbol(s) if *s == crate::JsSymbol::iterator() => builtin_not_iterable(object),
        // Other well-known symbols (`Symbol.toPrimitive`, `Symbol.replace`, ...): `number 1 is
        // not a function`.
        PropertyKey::Symbol(_) => {
            let text = value_text(func, context);
            let shown = match func.variant() {
                JsVariant::String(_) => format!("string \"{text}\""),
                JsVariant::Object(_) => text,
                _ => format!("{} {text}", func.type_of()),
            };
            JsNativeError::typ()
                .with_message(format!("{shown} is not a function"))
                .into()
        }
        // Proxy traps and the like.
        _ => JsNativeError::typ()
            .with_message(format!(
                "'{}' returned for property '{}' of object '{}' is not a function",
                value_text(func, context),
                key_text(key),
                value_text(object, context)
            ))
            .into(),
    }
}
