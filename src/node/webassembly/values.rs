//! Values between JS and wasm (the JS API's ToWebAssemblyValue and ToJSValue), exported wasm
//! functions as JS functions, and JS functions as host functions.

use super::store::{call_js, handle_key, run_wasm, with_store, Host, WasmFailure};
use boa_engine::{
    js_string,
    object::{builtins::JsArray, FunctionObjectBuilder},
    Context, JsError, JsNativeError, JsObject, JsResult, JsValue, NativeFunction,
};
use boa_gc::{Finalize, Trace};
use wasmi::{
    AsContextMut, Caller, ExternRef, Func, FuncType, Nullable, StoreContextMut, TrapCode, Val,
    ValType,
};

/// `v` as a wasm value of type `ty` (may run JS: valueOf, toString).
pub(crate) fn to_wasm(v: &JsValue, ty: ValType, ctx: &mut Context) -> JsResult<Val> {
    Ok(match ty {
        ValType::I32 => Val::I32(v.to_i32(ctx)?),
        ValType::I64 => {
            // V8's words for the values ToBigInt refuses outright.
            if v.is_number() || v.is_undefined() || v.is_null() {
                let shown = v.to_string(ctx)?.to_std_string_escaped();
                return Err(JsNativeError::typ()
                    .with_message(format!("Cannot convert {shown} to a BigInt"))
                    .into());
            }
            Val::I64(v.to_big_int64(ctx)?)
        }
        ValType::F32 => Val::F32(wasmi::F32::from_float(v.to_number(ctx)? as f32)),
        ValType::F64 => Val::F64(wasmi::F64::from_float(v.to_number(ctx)?)),
        ValType::FuncRef => Val::FuncRef(funcref(v)?),
        ValType::ExternRef => Val::ExternRef(externref(v)),
        ValType::V128 => return Err(type_incompatible()),
    })
}

fn type_incompatible() -> JsError {
    JsNativeError::typ()
        .with_message("type incompatibility when transforming from/to JS")
        .into()
}

/// null, or an exported wasm function, as a funcref.
fn funcref(v: &JsValue) -> JsResult<Nullable<Func>> {
    if v.is_null() {
        return Ok(Nullable::Null);
    }
    exported_func(v).map(Nullable::Val).ok_or_else(|| {
        JsNativeError::typ()
            .with_message("type incompatibility when transforming from/to JS")
            .into()
    })
}

/// The wasm function behind an exported function object.
pub(crate) fn exported_func(v: &JsValue) -> Option<Func> {
    let obj = v.as_object()?;
    with_store(|s| s.data().object_funcs.get(&obj).copied())
}

/// Any JS value as an externref (null is the null reference). The store keeps every
/// externref it makes, so an object passed again gets its first one back.
fn externref(v: &JsValue) -> Nullable<ExternRef> {
    if v.is_null() {
        return Nullable::Null;
    }
    with_store(|mut s| {
        let object = v.as_object();
        if let Some(r) = object.as_ref().and_then(|o| s.data().extern_objects.get(o)) {
            return Nullable::Val(*r);
        }
        let index = s.data().externs.len();
        s.data_mut().externs.push(v.clone());
        let r = ExternRef::new(s.as_context_mut(), index);
        if let Some(o) = object {
            s.data_mut().extern_objects.insert(o, r);
        }
        Nullable::Val(r)
    })
}

/// A wasm value as JS: numbers, BigInt for i64, functions and externref values.
pub(crate) fn to_js(v: &Val, ctx: &mut Context) -> JsResult<JsValue> {
    Ok(match v {
        Val::I32(n) => JsValue::from(*n),
        Val::I64(n) => JsValue::from(boa_engine::JsBigInt::from(*n)),
        Val::F32(n) => JsValue::from(f64::from(n.to_float())),
        Val::F64(n) => JsValue::from(n.to_float()),
        Val::FuncRef(Nullable::Val(f)) => func_object(*f, None, ctx).into(),
        Val::ExternRef(Nullable::Val(r)) => with_store(|s| {
            let index = r.data(&s).downcast_ref::<usize>().copied();
            index
                .and_then(|i| s.data().externs.get(i).cloned())
                .unwrap_or_default()
        }),
        Val::FuncRef(Nullable::Null) | Val::ExternRef(Nullable::Null) => JsValue::null(),
        Val::V128(_) => return Err(type_incompatible()),
    })
}

/// What an exported function object calls.
#[derive(Trace, Finalize)]
struct Exported {
    #[unsafe_ignore_trace]
    func: Func,
    #[unsafe_ignore_trace]
    ty: FuncType,
}

/// The JS function for wasm function `func` (one per function, as V8's exported-function
/// cache), named by its function index as V8 names them.
pub(crate) fn func_object(func: Func, index: Option<u32>, ctx: &mut Context) -> JsObject {
    let key = handle_key(&func);
    let (existing, ty) = with_store(|s| (s.data().func_objects.get(&key).cloned(), func.ty(&s)));
    if let Some(f) = existing {
        return f;
    }
    let length = ty.params().len();
    let native =
        NativeFunction::from_copy_closure_with_captures(call_exported, Exported { func, ty });
    let name = js_string!(index.unwrap_or(0).to_string());
    let object = FunctionObjectBuilder::new(ctx.realm(), native)
        .name(name)
        .length(length)
        .constructor(false)
        .build();
    let obj: JsObject = object.into();
    with_store(|mut s| {
        s.data_mut().func_objects.insert(key, obj.clone());
        s.data_mut().object_funcs.insert(obj.clone(), func);
    });
    obj
}

/// Calling an exported function: arguments converted to its parameter types (missing ones
/// are undefined), one result as a value, several as an array.
fn call_exported(
    _: &JsValue,
    args: &[JsValue],
    exported: &Exported,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let undefined = JsValue::undefined();
    let mut inputs = Vec::with_capacity(exported.ty.params().len());
    for (i, ty) in exported.ty.params().iter().enumerate() {
        inputs.push(to_wasm(args.get(i).unwrap_or(&undefined), *ty, ctx)?);
    }
    let mut outputs: Vec<Val> = exported
        .ty
        .results()
        .iter()
        .map(|t| Val::default_for_ty(*t))
        .collect();
    let func = exported.func;
    run_wasm(ctx, |s| func.call(s, &inputs, &mut outputs)).map_err(|e| failure(e, "", ctx))?;
    results_to_js(&outputs, ctx)
}

/// Results as JS: undefined, the value, or an array of them.
pub(crate) fn results_to_js(outputs: &[Val], ctx: &mut Context) -> JsResult<JsValue> {
    match outputs {
        [] => Ok(JsValue::undefined()),
        [one] => to_js(one, ctx),
        many => {
            let mut values = Vec::with_capacity(many.len());
            for v in many {
                values.push(to_js(v, ctx)?);
            }
            Ok(JsArray::from_iter(values, ctx).into())
        }
    }
}

/// A host function of type `ty` that calls `callable` (a JS function imported by a module).
pub(crate) fn host_func(
    store: &mut StoreContextMut<'_, Host>,
    ty: FuncType,
    callable: JsObject,
) -> Func {
    let index = store.data().callables.len();
    store.data_mut().callables.push(callable);
    let results_ty: Vec<ValType> = ty.results().to_vec();
    Func::new(
        store.as_context_mut(),
        ty,
        move |mut caller: Caller<'_, Host>, params: &[Val], results: &mut [Val]| {
            let callable = caller.data().callables[index].clone();
            let params = params.to_vec();
            let values = call_js(&mut caller, |ctx| {
                let mut args = Vec::with_capacity(params.len());
                for p in &params {
                    args.push(to_js(p, ctx)?);
                }
                let ret = callable.call(&JsValue::undefined(), &args, ctx)?;
                js_to_results(&ret, &results_ty, ctx)
            })?;
            for (slot, v) in results.iter_mut().zip(values) {
                *slot = v;
            }
            Ok(())
        },
    )
}

/// A JS function's return value as the host function's results: none, one, or an iterable
/// of exactly as many as the type has.
fn js_to_results(ret: &JsValue, types: &[ValType], ctx: &mut Context) -> JsResult<Vec<Val>> {
    match types {
        [] => Ok(Vec::new()),
        [one] => Ok(vec![to_wasm(ret, *one, ctx)?]),
        many => {
            let obj = ret.as_object().ok_or_else(|| {
                JsError::from(
                    JsNativeError::typ().with_message("multi-return value must be iterable"),
                )
            })?;
            let array = ctx
                .intrinsics()
                .constructors()
                .array()
                .constructor()
                .get(js_string!("from"), ctx)?;
            let list = array
                .as_callable()
                .ok_or_else(|| JsError::from(JsNativeError::typ()))?
                .call(&JsValue::undefined(), &[obj.into()], ctx)?;
            let list = list
                .as_object()
                .ok_or_else(|| JsError::from(JsNativeError::typ()))?;
            let len = list.get(js_string!("length"), ctx)?.to_length(ctx)?;
            if len as usize != many.len() {
                return Err(JsNativeError::typ()
                    .with_message("multi-return length mismatch")
                    .into());
            }
            let mut out = Vec::with_capacity(many.len());
            for (i, ty) in many.iter().enumerate() {
                let v = list.get(i, ctx)?;
                out.push(to_wasm(&v, *ty, ctx)?);
            }
            Ok(out)
        }
    }
}

/// A failure of wasm code as the JS exception node throws: the host function's own
/// exception, a RuntimeError with V8's trap message, a RangeError for stack overflow,
/// LinkError for instantiation mismatches (its message prefixed with `caller`).
pub(crate) fn failure(f: WasmFailure, caller: &str, ctx: &mut Context) -> JsError {
    let e = match f {
        WasmFailure::Js(js) => return js,
        WasmFailure::Wasm(e) => e,
    };
    if let Some(code) = e.as_trap_code() {
        let message = match code {
            TrapCode::UnreachableCodeReached => "unreachable",
            TrapCode::MemoryOutOfBounds => "memory access out of bounds",
            TrapCode::TableOutOfBounds => "table index is out of bounds",
            TrapCode::IndirectCallToNull | TrapCode::BadSignature => {
                "null function or function signature mismatch"
            }
            TrapCode::IntegerDivisionByZero => "divide by zero",
            TrapCode::IntegerOverflow => "divide result unrepresentable",
            TrapCode::BadConversionToInteger => "float unrepresentable in integer range",
            TrapCode::StackOverflow => {
                return JsNativeError::range()
                    .with_message("Maximum call stack size exceeded")
                    .into()
            }
            _ => "unreachable",
        };
        return wasm_error(ErrorClass::Runtime, message, ctx);
    }
    if matches!(e.kind(), wasmi::errors::ErrorKind::Instantiation(_)) {
        return wasm_error(ErrorClass::Link, &format!("{caller}: {e}"), ctx);
    }
    wasm_error(ErrorClass::Runtime, &e.to_string(), ctx)
}

/// The JS API's error classes made natively (index into `Host::error_classes`; CompileError,
/// 0, is made by the JS side).
#[derive(Clone, Copy)]
pub(crate) enum ErrorClass {
    Link = 1,
    Runtime = 2,
}

/// A new `WebAssembly.CompileError`/`LinkError`/`RuntimeError` with `message`.
pub(crate) fn wasm_error(class: ErrorClass, message: &str, ctx: &mut Context) -> JsError {
    let ctor = with_store(|s| s.data().error_classes.get(class as usize).cloned());
    let made = ctor.map(|c| c.construct(&[js_string!(message).into()], None, ctx));
    match made {
        Some(Ok(obj)) => JsError::from_opaque(obj.into()),
        Some(Err(e)) => e,
        None => JsNativeError::error()
            .with_message(message.to_string())
            .into(),
    }
}
