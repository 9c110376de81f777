//! rjs: V8's names for stack frames (`A.m`, `Object.run`, `new K`, `Array.map`,
//! `JSON.parse`), given to a backtrace when it is taken.
//!
//! Nothing is recorded per call for bytecode frames: the live shadow stack's bytecode entries
//! are paired one to one with `Vm::frames` (both are pushed and popped together), so the frame's
//! receiver and function are read from the VM stack at capture time. Native entries carry their
//! receiver while the call runs; labelling drops it so backtraces keep no objects alive.

use super::shadow_stack::{Backtrace, NativeReceiver, ShadowEntry};
use crate::{
    Context, JsObject, JsString, JsValue, js_string, property::PropertyKey, value::JsVariant,
};

/// Labels `backtrace`, whose entries (except the last `extra_tail`) are copies of the live
/// shadow stack's entries ending just before index `live_end`.
pub(crate) fn label(
    backtrace: &mut Backtrace,
    live_end: usize,
    extra_tail: usize,
    context: &Context,
) {
    let entries = backtrace.entries_mut();
    let aligned = entries.len().saturating_sub(extra_tail);
    let live = context.vm.shadow_stack.entries();
    if live_end <= live.len() && aligned <= live_end {
        let start = live_end - aligned;
        // Bytecode entries before `start`: frame 0 is the VM's dummy frame.
        let mut frame_index = live[..start]
            .iter()
            .filter(|e| matches!(e, ShadowEntry::Bytecode { .. }))
            .count();
        for entry in entries.iter_mut().take(aligned) {
            match entry {
                ShadowEntry::Bytecode {
                    source_info, label, ..
                } => {
                    frame_index += 1;
                    *label = bytecode_label(frame_index, source_info, context);
                }
                ShadowEntry::Native {
                    function_name,
                    receiver,
                    label,
                    ..
                } => {
                    *label = native_label(function_name.as_ref(), receiver.as_ref(), context);
                }
            }
        }
    }
    for entry in entries.iter_mut() {
        if let ShadowEntry::Native { receiver, .. } = entry {
            *receiver = None;
        }
    }
}

/// Whether frame `frame_index`'s slots are on the VM's current stack. A resumed generator or
/// async function runs on its own stack (swapped in, its frame pointer reset to 0), so the
/// frames below it refer to the stack it swapped out and cannot be read until it yields.
fn on_current_stack(frame_index: usize, context: &Context) -> bool {
    let frames = &context.vm.frames;
    frames.iter().skip(frame_index + 1).all(|f| {
        let cb = f.code_block();
        !(f.fp == 0 && (cb.is_generator() || cb.is_async() || cb.is_async_generator()))
    })
}

fn bytecode_label(
    frame_index: usize,
    source_info: &super::source_info::SourceInfo,
    context: &Context,
) -> Option<JsString> {
    let frame = context.vm.frames.get(frame_index)?;
    let code_block = frame.code_block();
    // The pairing is by construction; a mismatch means it broke: name nothing rather than wrong.
    if code_block.source_info.function_name() != source_info.function_name() {
        return None;
    }
    // rjs's own built-ins keep their names (the bootstrap maps them to node's).
    if source_info.map().path().to_string().starts_with("node:") {
        return None;
    }
    if !on_current_stack(frame_index, context) {
        return None;
    }
    let function = context.vm.stack.try_function(frame)?;
    // V8 (`JSFunction::GetDebugName`): a string `name` property wins, even an empty one; the
    // source name shows only when `name` is gone or not a string.
    let name = own_string(&function, "name").unwrap_or_else(|| {
        code_block
            .source_info
            .function_name()
            .to_std_string_escaped()
    });
    let name = (!name.is_empty()).then_some(name);
    let text = if frame.construct() {
        format!("new {}", name.as_deref().unwrap_or("<anonymous>"))
    } else if let Some(accessor) = name
        .as_deref()
        .and_then(|n| n.strip_prefix("get ").or_else(|| n.strip_prefix("set ")))
    {
        format!("{} [as {accessor}]", name.as_deref().unwrap_or_default())
    } else {
        let this = context.vm.stack.try_this(frame).unwrap_or_default();
        // (V8's top-level test compares the receiver with the global of the function's own
        // realm: an outer frame below code of a vm context is `run`, not `global.run`.)
        match type_name(&this, frame.realm.global_object(), context) {
            // An anonymous function is named by the property it was called through, as V8
            // does (`Timeout._onTimeout`), when one property of the receiver holds it.
            Some(ty) if name.is_none() => {
                let key = this
                    .as_object()
                    .and_then(|o| method_alias(&o, &function, None));
                format!("{ty}.{}", key.as_deref().unwrap_or("<anonymous>"))
            }
            Some(ty) => {
                let mut text = format!("{ty}.{}", name.as_deref().unwrap_or("<anonymous>"));
                if let Some(key) = this
                    .as_object()
                    .filter(|_| name.is_some())
                    .and_then(|o| method_alias(&o, &function, name.as_deref()))
                {
                    text.push_str(&format!(" [as {key}]"));
                }
                text
            }
            None => name?,
        }
    };
    Some(JsString::from(text))
}

fn native_label(
    function_name: Option<&JsString>,
    receiver: Option<&NativeReceiver>,
    context: &Context,
) -> Option<JsString> {
    let name = function_name?.to_std_string_escaped();
    // Function.prototype.call/apply do not show in V8's traces (the bootstrap drops them).
    if name.is_empty() || name == "call" || name == "apply" {
        return None;
    }
    match receiver? {
        NativeReceiver::Construct => Some(JsString::from(format!("new {name}"))),
        NativeReceiver::Call(this) => {
            let ty = type_name(this, &context.global_object(), context)?;
            Some(JsString::from(format!("{ty}.{name}")))
        }
    }
}

/// The receiver's type as V8 names it in a frame, or None for a top-level call (no receiver
/// or the global object `global`).
fn type_name(this: &JsValue, global: &JsObject, _context: &Context) -> Option<String> {
    Some(match this.variant() {
        JsVariant::Undefined | JsVariant::Null => return None,
        JsVariant::Boolean(_) => "Boolean".into(),
        JsVariant::Integer32(_) | JsVariant::Float64(_) => "Number".into(),
        JsVariant::String(_) => "String".into(),
        JsVariant::Symbol(_) => "Symbol".into(),
        JsVariant::BigInt(_) => "BigInt".into(),
        JsVariant::Object(o) => {
            if JsObject::equals(&o, global) {
                return None;
            }
            if o.is_callable() {
                return Some(
                    own_string(&o, "name")
                        .filter(|n| !n.is_empty())
                        .unwrap_or_else(|| "Function".into()),
                );
            }
            let ctor = crate::v8_messages::constructor_name(&o);
            if ctor == "Object"
                && let Some(tag) = crate::v8_messages::data_property(
                    &o,
                    &PropertyKey::from(crate::JsSymbol::to_string_tag()),
                )
                .and_then(|v| v.as_string())
            {
                return Some(tag.to_std_string_escaped());
            }
            ctor
        }
    })
}

/// An own data property holding a string, read without running any code.
fn own_string(object: &JsObject, key: &str) -> Option<String> {
    let key = PropertyKey::from(js_string!(key));
    let borrowed = object.borrow();
    let desc = borrowed.properties().get(&key)?;
    desc.value()?.as_string().map(|s| s.to_std_string_escaped())
}

/// V8's `[as key]` (`JSStackFrame::GetMethodName`): the property of the receiver (or its
/// prototypes) holding the function when it is not the function's own name. Past the name
/// itself, only enumerable string keys count, and a function held under two keys has no alias.
fn method_alias(receiver: &JsObject, function: &JsObject, name: Option<&str>) -> Option<String> {
    let holds = |key: &PropertyKey| {
        crate::v8_messages::data_property(receiver, key)
            .and_then(|v| v.as_object())
            .is_some_and(|f| JsObject::equals(&f, function))
    };
    if let Some(name) = name
        && holds(&PropertyKey::from(JsString::from(name)))
    {
        return None;
    }
    let mut alias = None;
    let mut current = Some(receiver.clone());
    for _ in 0..8 {
        let Some(object) = current else {
            break;
        };
        let keys = object.borrow().properties().shape.keys();
        for key in keys {
            let PropertyKey::String(s) = &key else {
                continue;
            };
            let found = object
                .borrow()
                .properties()
                .get(&key)
                .filter(|d| d.enumerable() == Some(true))
                .and_then(|d| d.value().and_then(JsValue::as_object))
                .is_some_and(|f| JsObject::equals(&f, function));
            if found {
                if alias.is_some() {
                    return None;
                }
                alias = Some(s.to_std_string_escaped());
            }
        }
        current = object.prototype();
    }
    // V8 leaves the alias out when the name already ends with it (`run` or `x.run` for `run`).
    let alias = alias?;
    let name = name.unwrap_or_default();
    let shown = name == alias
        || name
            .strip_suffix(alias.as_str())
            .is_some_and(|rest| rest.ends_with('.'));
    (!shown).then_some(alias)
}
