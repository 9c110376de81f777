//! Native half of `vm` (`internalBinding('vm')`): contexts as Boa realms, compiling and running
//! scripts in them, `compileFunction`, and the size of the wasm linear memory for `v8`'s heap
//! statistics.
//!
//! A contextified object becomes the live global of a new realm through a proxy: the realm's
//! global object is `Proxy(target, handler)` where `target` holds the realm's built-ins and the
//! traps look in the sandbox first (reads), write to the sandbox (assignments, `var` and
//! function declarations), and list both (own keys), as node's global interceptors do. A
//! declaration that V8 would make non-configurable is also recorded on `target`, as the proxy
//! invariants require, so such a name cannot be deleted from inside the context.
//!
//! Scripts are parsed for the realm they run in: `compile` only checks the syntax (in a
//! throwaway scope, so nothing leaks into the main realm's global scope) unless a parsing
//! context is given, and `run` parses again when the realm differs. Errors are turned into
//! objects while the script's realm is entered, so they are that realm's `SyntaxError`,
//! `ReferenceError`, ... as in node.

use boa_engine::error::{EngineError, RuntimeLimitError};
use boa_engine::{
    ast::{expression::Expression, scope::Scope, Statement, StatementListItem},
    context::{intrinsics::Intrinsics, HostHooks},
    js_string,
    object::{FunctionObjectBuilder, JsObject, ObjectInitializer},
    parser::Parser,
    property::{PropertyDescriptor, PropertyKey},
    realm::Realm,
    Context, JsData, JsError, JsNativeError, JsResult, JsString, JsSymbol, JsValue, NativeFunction,
    Script, Source,
};
use boa_gc::{Finalize, Gc, GcRefCell, Trace};
use std::cell::Cell;
use std::path::Path;

/// A context made by `makeContext`: the realm its code runs in.
#[derive(Trace, Finalize, JsData)]
struct VmContext {
    realm: Realm,
}

/// A `vm.Script`: its source text and the parse for the realm it last ran in.
#[derive(Trace, Finalize, JsData)]
struct VmScript {
    #[unsafe_ignore_trace]
    source: String,
    #[unsafe_ignore_trace]
    filename: String,
    parsed: GcRefCell<Option<Script>>,
}

/// Host hooks that give a new realm a prepared global object.
struct GlobalHooks {
    global: JsObject,
}

impl HostHooks for GlobalHooks {
    fn create_global_object(&self, _: &Intrinsics) -> JsObject {
        self.global.clone()
    }
}

/// The `internalBinding('vm')` object.
pub fn binding(ctx: &mut Context) -> JsObject {
    crate::node::binding_object(
        ctx,
        &[
            ("makeContext", make_context, 1),
            ("compile", compile, 5),
            ("run", run, 3),
            ("compileFunction", compile_function, 6),
            ("memoryBytes", memory_bytes, 0),
            ("sourceMapURL", source_map_url, 1),
            ("heapBytes", heap_bytes, 0),
            ("collectGarbage", collect_garbage, 0),
        ],
    )
}

fn type_error(msg: &str) -> JsError {
    JsNativeError::typ().with_message(msg.to_string()).into()
}

/// The realm of a context handle (`undefined` → the current realm).
fn realm_arg(args: &[JsValue], i: usize, ctx: &Context) -> JsResult<Realm> {
    match args.get(i).and_then(JsValue::as_object) {
        None => Ok(ctx.realm().clone()),
        Some(o) => o
            .downcast_ref::<VmContext>()
            .map(|c| c.realm.clone())
            .ok_or_else(|| type_error("not a vm context")),
    }
}

/// Runs `f` with `realm` as the current realm; errors become objects of that realm.
fn in_realm<T>(
    realm: &Realm,
    ctx: &mut Context,
    f: impl FnOnce(&mut Context) -> JsResult<T>,
) -> JsResult<T> {
    let old = ctx.enter_realm(realm.clone());
    let result = f(ctx).map_err(|e| match e.into_opaque(ctx) {
        Ok(v) => JsError::from_opaque(v),
        Err(e) => e,
    });
    ctx.enter_realm(old);
    result
}

/// A non-negative offset argument (`lineOffset`, `columnOffset`), capped.
fn offset_arg(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<usize> {
    let n = args.get(i).map_or(Ok(0.0), |v| v.to_number(ctx))?;
    Ok(if n.is_finite() && n > 0.0 {
        n.min(1_000_000.0) as usize
    } else {
        0
    })
}

/// Source text with `line_offset` blank lines and `column_offset` spaces in front, so
/// positions count from there (the column offset applies to the first line only, as in V8).
fn source_text(code: &str, line_offset: usize, column_offset: usize) -> String {
    let mut s = "\n".repeat(line_offset);
    s.push_str(&" ".repeat(column_offset));
    s.push_str(crate::module::strip_hashbang(code).as_ref());
    s
}

fn parse_in(realm: &Realm, source: &str, filename: &str, ctx: &mut Context) -> JsResult<Script> {
    in_realm(realm, ctx, |ctx| {
        let src = Source::from_bytes(source).with_path(Path::new(filename));
        Script::parse(src, None, ctx)
    })
}

// ---- contexts --------------------------------------------------------------------------------

/// `makeContext(sandbox?)` → a context handle. With a sandbox object, the new realm's global
/// is the proxy over it; without one (`vm.constants.DONT_CONTEXTIFY`) it is an ordinary object.
fn make_context(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let target = JsObject::with_null_proto();
    let global = match args.first().and_then(JsValue::as_object) {
        Some(sandbox) => global_proxy(&target, &sandbox, ctx)?,
        None => target.clone(),
    };
    let realm = Realm::create(
        &GlobalHooks {
            global: global.clone(),
        },
        ctx.root_shape(),
    )?;
    // The main realm's Error.prototype.stack (node's "Name: message" first line) and
    // Error.captureStackTrace serve the new realm too.
    let main_error = ctx.intrinsics().constructors().error().constructor();
    let stack = reflect(
        ctx,
        "getOwnPropertyDescriptor",
        &[
            ctx.intrinsics().constructors().error().prototype().into(),
            js_string!("stack").into(),
        ],
    )?;
    let capture = main_error.get(js_string!("captureStackTrace"), ctx)?;
    // Boa keeps the realm's own URI functions private and has no Intl of its own: the main
    // realm's serve (so a malformed URI throws the main realm's URIError).
    let main_global = ctx.global_object();
    let mut shared = Vec::new();
    for name in SHARED_GLOBALS {
        shared.push(main_global.get(js_string!(name), ctx)?);
    }
    let sandbox = args.first().and_then(JsValue::as_object);
    let tag = match &sandbox {
        Some(s) => constructor_name(s, ctx)?,
        None => None,
    };
    in_realm(&realm, ctx, |ctx| {
        populate_global(&target, &global, &shared, ctx)?;
        if let Some(name) = tag {
            // node tags the global with the sandbox's constructor name (`[object Window]`).
            target.define_property_or_throw(
                JsSymbol::to_string_tag(),
                PropertyDescriptor::builder()
                    .value(name)
                    .writable(true)
                    .enumerable(false)
                    .configurable(true),
                ctx,
            )?;
        }
        let error = ctx.intrinsics().constructors().error().constructor();
        if stack.is_object() {
            let proto = ctx.intrinsics().constructors().error().prototype();
            reflect(
                ctx,
                "defineProperty",
                &[proto.into(), js_string!("stack").into(), stack],
            )?;
        }
        error.define_property_or_throw(
            js_string!("captureStackTrace"),
            PropertyDescriptor::builder()
                .value(capture)
                .writable(true)
                .enumerable(false)
                .configurable(true),
            ctx,
        )?;
        error.set(js_string!("stackTraceLimit"), 10, false, ctx)?;
        Ok(())
    })?;
    let handle = JsObject::from_proto_and_data(None, VmContext { realm });
    handle.set(js_string!("global"), global, false, ctx)?;
    Ok(handle.into())
}

/// Defines the standard global bindings on `target` (with the current realm's intrinsics) in
/// the order V8 creates them, plus a `console` whose methods do nothing, as V8's console does
/// without an inspector.
fn populate_global(
    target: &JsObject,
    global: &JsObject,
    shared: &[JsValue],
    ctx: &mut Context,
) -> JsResult<()> {
    // As V8's global: its prototype is an object of its own (with the global template's
    // anonymous `constructor`) whose prototype is Object.prototype.
    let proto = JsObject::with_object_proto(ctx.intrinsics());
    let template = FunctionObjectBuilder::new(
        ctx.realm(),
        NativeFunction::from_fn_ptr(|_, _, _| Ok(JsValue::undefined())),
    )
    .name(js_string!())
    .length(0)
    .build();
    proto.define_property_or_throw(
        js_string!("constructor"),
        PropertyDescriptor::builder()
            .value(template)
            .writable(true)
            .enumerable(false)
            .configurable(true),
        ctx,
    )?;
    target.set_prototype(Some(proto));
    let console = noop_console(ctx);
    let c = ctx.intrinsics().constructors();
    let o = ctx.intrinsics().objects();
    let bindings: Vec<(&str, JsValue)> = vec![
        ("Object", c.object().constructor().into()),
        ("Function", c.function().constructor().into()),
        ("Array", c.array().constructor().into()),
        ("Number", c.number().constructor().into()),
        ("parseFloat", o.parse_float().into()),
        ("parseInt", o.parse_int().into()),
        ("Boolean", c.boolean().constructor().into()),
        ("String", c.string().constructor().into()),
        ("Symbol", c.symbol().constructor().into()),
        ("Date", c.date().constructor().into()),
        ("Promise", c.promise().constructor().into()),
        ("RegExp", c.regexp().constructor().into()),
        ("Error", c.error().constructor().into()),
        ("AggregateError", c.aggregate_error().constructor().into()),
        ("EvalError", c.eval_error().constructor().into()),
        ("RangeError", c.range_error().constructor().into()),
        ("ReferenceError", c.reference_error().constructor().into()),
        ("SyntaxError", c.syntax_error().constructor().into()),
        ("TypeError", c.type_error().constructor().into()),
        ("URIError", c.uri_error().constructor().into()),
        ("globalThis", global.clone().into()),
        ("JSON", o.json().into()),
        ("Math", o.math().into()),
        ("Intl", shared.get(4).cloned().unwrap_or_default()),
        ("ArrayBuffer", c.array_buffer().constructor().into()),
        ("Uint8Array", c.typed_uint8_array().constructor().into()),
        ("Int8Array", c.typed_int8_array().constructor().into()),
        ("Uint16Array", c.typed_uint16_array().constructor().into()),
        ("Int16Array", c.typed_int16_array().constructor().into()),
        ("Uint32Array", c.typed_uint32_array().constructor().into()),
        ("Int32Array", c.typed_int32_array().constructor().into()),
        ("Float32Array", c.typed_float32_array().constructor().into()),
        ("Float64Array", c.typed_float64_array().constructor().into()),
        (
            "Uint8ClampedArray",
            c.typed_uint8clamped_array().constructor().into(),
        ),
        (
            "BigUint64Array",
            c.typed_biguint64_array().constructor().into(),
        ),
        (
            "BigInt64Array",
            c.typed_bigint64_array().constructor().into(),
        ),
        ("DataView", c.data_view().constructor().into()),
        ("Map", c.map().constructor().into()),
        ("BigInt", c.bigint().constructor().into()),
        ("Set", c.set().constructor().into()),
        ("WeakMap", c.weak_map().constructor().into()),
        ("WeakSet", c.weak_set().constructor().into()),
        ("Proxy", c.proxy().constructor().into()),
        ("Reflect", o.reflect().into()),
        (
            "FinalizationRegistry",
            c.finalization_registry().constructor().into(),
        ),
        ("WeakRef", c.weak_ref().constructor().into()),
        ("decodeURI", shared.first().cloned().unwrap_or_default()),
        (
            "decodeURIComponent",
            shared.get(1).cloned().unwrap_or_default(),
        ),
        ("encodeURI", shared.get(2).cloned().unwrap_or_default()),
        (
            "encodeURIComponent",
            shared.get(3).cloned().unwrap_or_default(),
        ),
        ("escape", o.escape().into()),
        ("unescape", o.unescape().into()),
        ("eval", o.eval().into()),
        ("isFinite", o.is_finite().into()),
        ("isNaN", o.is_nan().into()),
        ("console", console.into()),
        (
            "SharedArrayBuffer",
            c.shared_array_buffer().constructor().into(),
        ),
        ("Atomics", o.atomics().into()),
    ];
    for (name, value) in bindings {
        if value.is_undefined() {
            continue;
        }
        target.define_property_or_throw(
            js_string!(name),
            PropertyDescriptor::builder()
                .value(value)
                .writable(true)
                .enumerable(false)
                .configurable(true),
            ctx,
        )?;
        // Infinity, NaN and undefined come between parseInt and Boolean in V8's order.
        if name == "parseInt" {
            for (name, value) in [
                ("Infinity", JsValue::from(f64::INFINITY)),
                ("NaN", JsValue::from(f64::NAN)),
                ("undefined", JsValue::undefined()),
            ] {
                target.define_property_or_throw(
                    js_string!(name),
                    PropertyDescriptor::builder()
                        .value(value)
                        .writable(false)
                        .enumerable(false)
                        .configurable(false),
                    ctx,
                )?;
            }
        }
    }
    Ok(())
}

/// V8's GetConstructorName of a sandbox when it is not `Object`: the `name` of the
/// `constructor` data property found on its prototype chain (no getter or proxy trap runs).
fn constructor_name(sandbox: &JsObject, ctx: &mut Context) -> JsResult<Option<JsValue>> {
    let mut current = Some(sandbox.clone());
    while let Some(object) = current {
        if boa_engine::object::builtins::JsProxy::from_object(object.clone()).is_ok() {
            return Ok(None);
        }
        let desc = reflect(
            ctx,
            "getOwnPropertyDescriptor",
            &[object.clone().into(), js_string!("constructor").into()],
        )?;
        if let Some(desc) = desc.as_object() {
            let Some(ctor) = desc.get(js_string!("value"), ctx)?.as_object() else {
                return Ok(None);
            };
            let name = reflect(
                ctx,
                "getOwnPropertyDescriptor",
                &[ctor.into(), js_string!("name").into()],
            )?;
            let name = match name.as_object() {
                Some(d) => d.get(js_string!("value"), ctx)?,
                None => JsValue::undefined(),
            };
            return Ok(match name.as_string() {
                Some(n) if !n.is_empty() && n != js_string!("Object") => Some(name.clone()),
                _ => None,
            });
        }
        current = object.prototype();
    }
    Ok(None)
}

/// Globals a context takes from the main realm.
const SHARED_GLOBALS: [&str; 5] = [
    "decodeURI",
    "decodeURIComponent",
    "encodeURI",
    "encodeURIComponent",
    "Intl",
];

/// V8's console for a context without an inspector: every method exists and does nothing.
fn noop_console(ctx: &mut Context) -> JsObject {
    const METHODS: [&str; 24] = [
        "debug",
        "error",
        "info",
        "log",
        "warn",
        "dir",
        "dirxml",
        "table",
        "trace",
        "group",
        "groupCollapsed",
        "groupEnd",
        "clear",
        "count",
        "countReset",
        "assert",
        "profile",
        "profileEnd",
        "time",
        "timeLog",
        "timeEnd",
        "timeStamp",
        "context",
        "createTask",
    ];
    let mut init = ObjectInitializer::new(ctx);
    for name in METHODS {
        init.function(
            NativeFunction::from_fn_ptr(|_, _, _| Ok(JsValue::undefined())),
            js_string!(name),
            0,
        );
    }
    init.build()
}

/// Calls `Reflect[name](...args)` of the current realm.
fn reflect(ctx: &mut Context, name: &str, args: &[JsValue]) -> JsResult<JsValue> {
    let r = ctx.intrinsics().objects().reflect();
    let f = r.get(js_string!(name), ctx)?;
    let f = f
        .as_callable()
        .ok_or_else(|| type_error("Reflect is not usable"))?;
    f.call(&JsValue::undefined(), args, ctx)
}

// ---- the global proxy ------------------------------------------------------------------------

/// A trap of the global proxy: `(sandbox, target, key, args)`.
type Trap = fn(&JsObject, &JsObject, JsValue, &[JsValue], &mut Context) -> JsResult<JsValue>;

/// A trap with the sandbox it serves and the global proxy it belongs to (set once made).
#[derive(Trace, Finalize)]
struct BoundTrap {
    sandbox: JsObject,
    global: Gc<GcRefCell<Option<JsObject>>>,
    #[unsafe_ignore_trace]
    trap: Trap,
}

impl BoundTrap {
    /// node's getter interceptor gives the global proxy where the sandbox itself was read
    /// (`ctx.window = ctx` makes `window === this` inside the context).
    fn global_for_sandbox(&self, value: JsValue) -> JsValue {
        match (value.as_object(), self.global.borrow().as_ref()) {
            (Some(o), Some(global)) if JsObject::equals(&o, &self.sandbox) => global.clone().into(),
            _ => value,
        }
    }
}

fn global_proxy(target: &JsObject, sandbox: &JsObject, ctx: &mut Context) -> JsResult<JsObject> {
    let traps: [(&str, Trap, usize); 7] = [
        ("get", trap_get, 3),
        ("set", trap_set, 4),
        ("has", trap_has, 2),
        ("defineProperty", trap_define, 3),
        ("getOwnPropertyDescriptor", trap_describe, 2),
        ("deleteProperty", trap_delete, 2),
        ("ownKeys", trap_own_keys, 1),
    ];
    let global = Gc::new(GcRefCell::new(None));
    let mut init = ObjectInitializer::new(ctx);
    for (name, trap, len) in traps {
        let f = NativeFunction::from_copy_closure_with_captures(
            |_, args, bound: &BoundTrap, ctx| {
                let target = args
                    .first()
                    .and_then(JsValue::as_object)
                    .ok_or_else(|| type_error("vm global target"))?;
                let key = args.get(1).cloned().unwrap_or_default();
                // Only `get` can answer with the sandbox itself.
                let value = (bound.trap)(&bound.sandbox, &target, key, args, ctx)?;
                Ok(bound.global_for_sandbox(value))
            },
            BoundTrap {
                sandbox: sandbox.clone(),
                global: global.clone(),
                trap,
            },
        );
        init.function(f, js_string!(name), len);
    }
    let handler = init.build();
    let proxy = ctx.intrinsics().constructors().proxy().constructor();
    let made = proxy.construct(&[target.clone().into(), handler.into()], None, ctx)?;
    *global.borrow_mut() = Some(made.clone());
    Ok(made)
}

fn key_of(v: &JsValue, ctx: &mut Context) -> JsResult<PropertyKey> {
    v.to_property_key(ctx)
}

fn trap_get(
    sandbox: &JsObject,
    target: &JsObject,
    key: JsValue,
    _: &[JsValue],
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let key = key_of(&key, ctx)?;
    if sandbox.has_property(key.clone(), ctx)? {
        return sandbox.get(key, ctx);
    }
    target.get(key, ctx)
}

fn trap_has(
    sandbox: &JsObject,
    target: &JsObject,
    key: JsValue,
    _: &[JsValue],
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let key = key_of(&key, ctx)?;
    Ok((sandbox.has_property(key.clone(), ctx)? || target.has_property(key, ctx)?).into())
}

fn trap_set(
    sandbox: &JsObject,
    _target: &JsObject,
    key: JsValue,
    args: &[JsValue],
    ctx: &mut Context,
) -> JsResult<JsValue> {
    // The global's own read-only values stay what they are (sloppy code ignores the write).
    if let Some(s) = key.as_string() {
        if s == js_string!("undefined") || s == js_string!("NaN") || s == js_string!("Infinity") {
            return Ok(false.into());
        }
    }
    let key = key_of(&key, ctx)?;
    let value = args.get(2).cloned().unwrap_or_default();
    Ok(sandbox.set(key, value, false, ctx)?.into())
}

fn descriptor_flag(desc: &JsValue, name: &str, ctx: &mut Context) -> JsResult<Option<bool>> {
    let Some(d) = desc.as_object() else {
        return Ok(None);
    };
    if !d.has_own_property(js_string!(name), ctx)? {
        return Ok(None);
    }
    Ok(Some(d.get(js_string!(name), ctx)?.to_boolean()))
}

fn trap_define(
    sandbox: &JsObject,
    target: &JsObject,
    key: JsValue,
    args: &[JsValue],
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let desc = args.get(2).cloned().unwrap_or_default();
    if descriptor_flag(&desc, "configurable", ctx)? == Some(false) {
        // A `var` declaration (CreateGlobalVarBinding: undefined, writable, enumerable) lands on
        // the sandbox only when it is assigned, as in node.
        if let Some(d) = desc.as_object() {
            if d.get(js_string!("value"), ctx)?.is_undefined()
                && descriptor_flag(&desc, "writable", ctx)? == Some(true)
                && descriptor_flag(&desc, "enumerable", ctx)? == Some(true)
            {
                return reflect(ctx, "defineProperty", &[target.clone().into(), key, desc]);
            }
        }
        // A non-configurable definition must exist on the target too (proxy invariant); the
        // sandbox gets a configurable copy, as node's sandbox properties are.
        reflect(
            ctx,
            "defineProperty",
            &[target.clone().into(), key.clone(), desc.clone()],
        )?;
        if let Some(d) = desc.as_object() {
            let copy = JsObject::with_null_proto();
            for k in ["value", "writable", "get", "set", "enumerable"] {
                if d.has_own_property(js_string!(k), ctx)? {
                    let v = d.get(js_string!(k), ctx)?;
                    copy.set(js_string!(k), v, false, ctx)?;
                }
            }
            copy.set(js_string!("configurable"), true, false, ctx)?;
            return reflect(
                ctx,
                "defineProperty",
                &[sandbox.clone().into(), key, copy.into()],
            );
        }
    }
    reflect(ctx, "defineProperty", &[sandbox.clone().into(), key, desc])
}

fn trap_describe(
    sandbox: &JsObject,
    target: &JsObject,
    key: JsValue,
    _: &[JsValue],
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let sd = reflect(
        ctx,
        "getOwnPropertyDescriptor",
        &[sandbox.clone().into(), key.clone()],
    )?;
    let td = reflect(
        ctx,
        "getOwnPropertyDescriptor",
        &[target.clone().into(), key.clone()],
    )?;
    let Some(s) = sd.as_object() else {
        return Ok(td);
    };
    let target_fixed = descriptor_flag(&td, "configurable", ctx)? == Some(false);
    if !target_fixed && descriptor_flag(&sd, "configurable", ctx)? == Some(false) {
        // The sandbox's non-configurable property is described as it is, as node's interceptor
        // does; the proxy invariants need the target to hold it too.
        reflect(
            ctx,
            "defineProperty",
            &[target.clone().into(), key, sd.clone()],
        )?;
        return Ok(sd);
    }
    // Otherwise configurable exactly when the target's property is (or is absent).
    s.set(js_string!("configurable"), !target_fixed, false, ctx)?;
    Ok(sd)
}

fn trap_delete(
    sandbox: &JsObject,
    target: &JsObject,
    key: JsValue,
    _: &[JsValue],
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let td = reflect(
        ctx,
        "getOwnPropertyDescriptor",
        &[target.clone().into(), key.clone()],
    )?;
    if descriptor_flag(&td, "configurable", ctx)? == Some(false) {
        return Ok(false.into());
    }
    let deleted = reflect(
        ctx,
        "deleteProperty",
        &[sandbox.clone().into(), key.clone()],
    )?;
    if deleted.to_boolean() {
        reflect(ctx, "deleteProperty", &[target.clone().into(), key])?;
    }
    Ok(deleted)
}

fn trap_own_keys(
    sandbox: &JsObject,
    target: &JsObject,
    _: JsValue,
    _: &[JsValue],
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let mut keys = sandbox.own_property_keys(ctx)?;
    for k in target.own_property_keys(ctx)? {
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    let values: Vec<JsValue> = keys.into_iter().map(JsValue::from).collect();
    Ok(boa_engine::object::builtins::JsArray::from_iter(values, ctx).into())
}

// ---- scripts ---------------------------------------------------------------------------------

/// `compile(code, filename, lineOffset, context?, columnOffset)` → a script handle. With a
/// context, the code is parsed for that realm (its SyntaxError); without, only its syntax is
/// checked.
fn compile(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let code = crate::node::str_arg(args, 0, ctx)?;
    let filename = crate::node::str_arg(args, 1, ctx)?;
    let line_offset = offset_arg(args, 2, ctx)?;
    let column_offset = offset_arg(args, 4, ctx)?;
    let source = source_text(&code, line_offset, column_offset);
    let parsed = if args.get(3).is_some_and(JsValue::is_object) {
        let realm = realm_arg(args, 3, ctx)?;
        Some(parse_in(&realm, &source, &filename, ctx)?)
    } else {
        let realm = ctx.realm().clone();
        in_realm(&realm, ctx, |ctx| {
            let src = Source::from_bytes(&source).with_path(Path::new(&filename));
            let mut parser = Parser::new(src);
            parser.parse_script(&Scope::new_global(), ctx.interner_mut())?;
            Ok(())
        })?;
        None
    };
    let script = VmScript {
        source,
        filename,
        parsed: GcRefCell::new(parsed),
    };
    Ok(JsObject::from_proto_and_data(None, script).into())
}

/// `run(script, context?)` → the completion value of the script in that context's realm (or
/// the current one).
fn run(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let handle = args
        .first()
        .and_then(JsValue::as_object)
        .ok_or_else(|| type_error("not a vm script"))?;
    let realm = realm_arg(args, 1, ctx)?;
    let (cached, source, filename) = {
        let data = handle
            .downcast_ref::<VmScript>()
            .ok_or_else(|| type_error("not a vm script"))?;
        let cached = data.parsed.borrow().clone();
        (cached, data.source.clone(), data.filename.clone())
    };
    let script = match cached {
        Some(s) if s.realm() == &realm => s,
        _ => {
            let s = parse_in(&realm, &source, &filename, ctx)?;
            if let Some(data) = handle.downcast_ref::<VmScript>() {
                *data.parsed.borrow_mut() = Some(s.clone());
            }
            s
        }
    };
    let timeout = args
        .get(2)
        .and_then(JsValue::as_number)
        .filter(|ms| ms.is_finite() && *ms >= 1.0);
    match timeout {
        None => in_realm(&realm, ctx, |ctx| script.evaluate(ctx)),
        Some(ms) => with_timeout(ms, &realm, ctx, |ctx| {
            in_realm(&realm, ctx, |ctx| script.evaluate(ctx))
        }),
    }
}

thread_local! {
    /// The earliest deadline (monotonic ns) of the `run`s with a `timeout` now on the stack.
    static DEADLINE: Cell<Option<u128>> = const { Cell::new(None) };
}

/// The engine's interrupt check while a `timeout` is running.
fn deadline_passed() -> bool {
    DEADLINE
        .with(Cell::get)
        .is_some_and(|t| crate::host::monotonic_ns() >= t)
}

/// Runs `f` under node's vm `timeout`: running loops stop once `ms` milliseconds have passed
/// (no `catch` or `finally` of the script runs, as with V8's TerminateExecution), and the call
/// fails with node's `Error: Script execution timed out after <ms>ms` (code
/// `ERR_SCRIPT_EXECUTION_TIMEOUT`), made in `realm`. An enclosing `run` whose deadline came
/// first is left to report its own.
fn with_timeout(
    ms: f64,
    realm: &Realm,
    ctx: &mut Context,
    f: impl FnOnce(&mut Context) -> JsResult<JsValue>,
) -> JsResult<JsValue> {
    let mine = crate::host::monotonic_ns().saturating_add((ms as u128).saturating_mul(1_000_000));
    let outer = DEADLINE.with(Cell::get);
    DEADLINE.with(|d| d.set(Some(outer.map_or(mine, |o| o.min(mine)))));
    let previous_check = ctx.set_interrupt_check(Some(deadline_passed));
    let result = f(ctx);
    ctx.set_interrupt_check(previous_check);
    DEADLINE.with(|d| d.set(outer));
    match result {
        Err(e)
            if matches!(
                e.as_engine(),
                Some(EngineError::RuntimeLimit(RuntimeLimitError::Interrupted))
            ) && outer.is_none_or(|o| mine <= o) =>
        {
            let message = format!("Script execution timed out after {ms}ms");
            in_realm(realm, ctx, |ctx| {
                let err = JsNativeError::error()
                    .with_message(message)
                    .into_opaque(ctx);
                err.set(
                    js_string!("code"),
                    js_string!("ERR_SCRIPT_EXECUTION_TIMEOUT"),
                    true,
                    ctx,
                )?;
                Err(JsError::from_opaque(err.into()))
            })
        }
        other => other,
    }
}

/// `compileFunction(code, params, filename, context?, extensions, lineOffset)` → a function of
/// that realm whose body is `code`; each extension object is in scope (through `with`) around
/// it, and the body starts at line `lineOffset + 1`.
fn compile_function(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let code = crate::node::str_arg(args, 0, ctx)?;
    let params = crate::node::str_arg(args, 1, ctx)?;
    let filename = crate::node::str_arg(args, 2, ctx)?;
    let realm = realm_arg(args, 3, ctx)?;
    let line_offset = offset_arg(args, 5, ctx)?;
    let extensions = args.get(4).and_then(JsValue::as_object);
    let count = match &extensions {
        Some(e) => e.get(js_string!("length"), ctx)?.to_length(ctx)?,
        None => 0,
    };
    let body = crate::module::strip_hashbang(&code);
    // The body must not close the wrapper early and run code outside it (node parses it as a
    // function body alone): wrapped as one function, it must parse as that one expression.
    in_realm(&realm, ctx, |ctx| {
        let checked = format!("(function ({params}) {{{body}\n}})");
        let mut parser = Parser::new(Source::from_bytes(&checked).with_path(Path::new(&filename)));
        let script = parser.parse_script(&Scope::new_global(), ctx.interner_mut())?;
        if single_function(script.statements().statements()) {
            Ok(())
        } else {
            Err(JsNativeError::syntax()
                .with_message("Unexpected token '}'")
                .into())
        }
    })?;
    // With a line offset the header ends the line before the body's first: positions are
    // exact and the source text is V8's (`function (a) {\n...\n}`); without one it shares the
    // body's first line (the JS side shifts syntax error columns back).
    let mut src = "\n".repeat(line_offset.saturating_sub(1));
    if count > 0 {
        src.push_str("(function () {");
        for i in 0..count {
            src.push_str(&format!(" with (arguments[{i}])"));
        }
        src.push_str(" return ");
    } else {
        src.push('(');
    }
    let newline = if line_offset > 0 { "\n" } else { "" };
    src.push_str(&format!("function ({params}) {{{newline}{body}\n}}"));
    src.push_str(if count > 0 { "; })" } else { ")" });
    let f = in_realm(&realm, ctx, |ctx| {
        // V8 names a script without a name `<anonymous>` in stack frames.
        let name = if filename.is_empty() {
            "<anonymous>"
        } else {
            filename.as_str()
        };
        let s = Script::parse(
            Source::from_bytes(&src).with_path(Path::new(name)),
            None,
            ctx,
        )?;
        s.evaluate(ctx)
    })?;
    let Some(ext) = extensions.filter(|_| count > 0) else {
        return Ok(f);
    };
    let outer = f
        .as_callable()
        .ok_or_else(|| type_error("compileFunction wrapper"))?;
    let mut list = Vec::new();
    for i in 0..count {
        list.push(ext.get(i, ctx)?);
    }
    outer.call(&JsValue::undefined(), &list, ctx)
}

/// Whether `items` is exactly one statement `(function (...) {...})`.
fn single_function(items: &[StatementListItem]) -> bool {
    let [StatementListItem::Statement(statement)] = items else {
        return false;
    };
    let Statement::Expression(Expression::Parenthesized(p)) = statement.as_ref() else {
        return false;
    };
    matches!(p.expression(), Expression::FunctionExpression(_))
}

/// `sourceMapURL(code)`: the URL of V8's `//# sourceMappingURL=` magic comment, or undefined.
fn source_map_url(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let code = args.first().cloned().unwrap_or_default().to_string(ctx)?;
    let units: Vec<u16> = code.iter().collect();
    Ok(super::vm_source_map::source_map_url(&units)
        .map_or(JsValue::undefined(), |u| JsString::from(u.as_str()).into()))
}

/// A full collection of the engine's heap (`gc()` under --expose-gc).
fn collect_garbage(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    boa_engine::gc::force_collect();
    Ok(JsValue::undefined())
}

/// Bytes of heap the runtime has allocated and not freed (memoryUsage().heapUsed); where the
/// allocator does not count them, an estimate from the memory size.
fn heap_bytes(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    #[cfg(target_os = "wasi")]
    {
        let _ = (this, args, context);
        Ok((crate::snapshot::live_heap_bytes() as f64).into())
    }
    #[cfg(not(target_os = "wasi"))]
    {
        let total = memory_bytes(this, args, context)?
            .as_number()
            .unwrap_or(0.0);
        Ok((total * 0.9).floor().into())
    }
}

/// Bytes of wasm linear memory in use (the whole heap the engine can see).
fn memory_bytes(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    #[cfg(target_arch = "wasm32")]
    let bytes = core::arch::wasm32::memory_size(0) as f64 * 65536.0;
    #[cfg(not(target_arch = "wasm32"))]
    let bytes = 64.0 * 1024.0 * 1024.0;
    Ok(bytes.into())
}
