//! rjs patch: V8's legacy RegExp static properties (`RegExp.$1`..`$9`, `input`/`$_`,
//! `lastMatch`/`$&`, `lastParen`/`$+`, `leftContext`/`` $` ``, `rightContext`/`$'`).
//!
//! Every successful `RegExpBuiltinExec` records its subject and capture ranges in the realm
//! (`record`); the accessors on the `RegExp` constructor read them. As in V8, they work with
//! any receiver, only `input` has a working setter, and the other setters do nothing.
//! Matches made by rjs's built-in JS are not recorded.

use crate::{
    Context, JsResult, JsString, JsValue, builtins::BuiltInBuilder, js_string, property::Attribute,
    realm::Realm, vm::source_info::SourcePath,
};
use boa_gc::{Finalize, Trace};
use std::ops::Range;

/// The last successful match of a built-in RegExp exec.
#[derive(Default, Trace, Finalize)]
pub(crate) struct LegacyStatics {
    /// `RegExp.input`: the last subject, or what a script assigned to it.
    input: JsString,
    /// The subject of the last match.
    subject: JsString,
    /// The whole match (index 0) and the captures, as code-unit ranges of `subject`.
    #[unsafe_ignore_trace]
    captures: Vec<Option<Range<usize>>>,
}

/// Records a successful match of `subject`, unless rjs's own built-in JS (`node:` sources such
/// as util.inspect) made it: node's internals leave these statics to the script.
pub(crate) fn record(context: &Context, subject: &JsString, m: &regress::Match) {
    if let Some(frame) = context.vm.frames.last()
        && let SourcePath::Path(path) = frame.code_block().source_info.map().path()
        && path.as_os_str().as_encoded_bytes().starts_with(b"node:")
    {
        return;
    }
    let realm = context.realm().clone();
    let mut state = realm.regexp_legacy().borrow_mut();
    state.input = subject.clone();
    state.subject = subject.clone();
    state.captures.clear();
    state.captures.push(Some(m.range()));
    state.captures.extend(m.captures.iter().cloned());
}

/// Which part of the last match an accessor reads.
#[derive(Clone, Copy)]
enum Part {
    Input,
    LastMatch,
    LastParen,
    LeftContext,
    RightContext,
    Capture(usize),
}

fn read(part: Part, context: &Context) -> JsValue {
    let realm = context.realm().clone();
    let state = realm.regexp_legacy().borrow();
    let slice = |range: Option<&Option<Range<usize>>>| -> JsValue {
        match range {
            Some(Some(r)) => state.subject.get(r.clone()).unwrap_or_default().into(),
            _ => js_string!().into(),
        }
    };
    match part {
        Part::Input => state.input.clone().into(),
        Part::LastMatch => slice(state.captures.first()),
        Part::LastParen if state.captures.len() > 1 => slice(state.captures.last()),
        Part::LastParen => js_string!().into(),
        Part::Capture(i) => slice(state.captures.get(i)),
        Part::LeftContext | Part::RightContext => {
            let Some(Some(whole)) = state.captures.first() else {
                return js_string!().into();
            };
            let len = state.subject.len();
            let range = if matches!(part, Part::LeftContext) {
                0..whole.start.min(len)
            } else {
                whole.end.min(len)..len
            };
            state.subject.get(range).unwrap_or_default().into()
        }
    }
}

macro_rules! getter {
    ($name:ident, $part:expr) => {
        fn $name(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
            Ok(read($part, context))
        }
    };
}

getter!(get_input, Part::Input);
getter!(get_last_match, Part::LastMatch);
getter!(get_last_paren, Part::LastParen);
getter!(get_left_context, Part::LeftContext);
getter!(get_right_context, Part::RightContext);
getter!(get_1, Part::Capture(1));
getter!(get_2, Part::Capture(2));
getter!(get_3, Part::Capture(3));
getter!(get_4, Part::Capture(4));
getter!(get_5, Part::Capture(5));
getter!(get_6, Part::Capture(6));
getter!(get_7, Part::Capture(7));
getter!(get_8, Part::Capture(8));
getter!(get_9, Part::Capture(9));

fn set_input(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let value = args
        .first()
        .cloned()
        .unwrap_or_default()
        .to_string(context)?;
    let realm = context.realm().clone();
    realm.regexp_legacy().borrow_mut().input = value;
    Ok(JsValue::undefined())
}

fn set_nothing(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::undefined())
}

type Native = fn(&JsValue, &[JsValue], &mut Context) -> JsResult<JsValue>;

/// The accessors in V8's order, each property name with its getter and setter.
pub(crate) fn accessors() -> [(&'static str, Native, Native); 19] {
    [
        ("input", get_input, set_input),
        ("$_", get_input, set_input),
        ("lastMatch", get_last_match, set_nothing),
        ("$&", get_last_match, set_nothing),
        ("lastParen", get_last_paren, set_nothing),
        ("$+", get_last_paren, set_nothing),
        ("leftContext", get_left_context, set_nothing),
        ("$`", get_left_context, set_nothing),
        ("rightContext", get_right_context, set_nothing),
        ("$'", get_right_context, set_nothing),
        ("$1", get_1, set_nothing),
        ("$2", get_2, set_nothing),
        ("$3", get_3, set_nothing),
        ("$4", get_4, set_nothing),
        ("$5", get_5, set_nothing),
        ("$6", get_6, set_nothing),
        ("$7", get_7, set_nothing),
        ("$8", get_8, set_nothing),
        ("$9", get_9, set_nothing),
    ]
}

/// Builds the getter and setter functions of one accessor.
pub(crate) fn functions(
    realm: &Realm,
    name: &str,
    get: Native,
    set: Native,
) -> (crate::object::JsFunction, crate::object::JsFunction) {
    let getter = BuiltInBuilder::callable(realm, get)
        .name(JsString::from(format!("get {name}")))
        .length(0)
        .build();
    let setter = BuiltInBuilder::callable(realm, set)
        .name(JsString::from(format!("set {name}")))
        .length(1)
        .build();
    (getter, setter)
}

/// The attributes of every accessor: configurable, not enumerable.
pub(crate) const ATTRIBUTES: Attribute = Attribute::CONFIGURABLE;
