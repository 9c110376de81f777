//! Native half of the `WebAssembly` global (node/js/webassembly.js builds the JS API's classes
//! on it): modules compiled, validated and instantiated by the `wasmi` interpreter, memories,
//! tables and globals as handles, and memory bytes viewed in place by an ArrayBuffer.

mod store;
mod values;

use crate::node::buffer::view;
use boa_engine::{
    js_string,
    object::builtins::{JsArray, JsArrayBuffer},
    object::JsObject,
    Context, JsData, JsNativeError, JsResult, JsValue,
};
use boa_gc::{Finalize, Trace};
use std::collections::HashMap;
use store::{detach_buffer, handle_key, run_wasm, with_store, MemoryBuffer};
use values::{
    exported_func, failure, func_object, host_func, to_js, to_wasm, wasm_error, ErrorClass,
};
use wasmi::{
    Extern, ExternType, Global, Instance, Memory, MemoryType, Module, Mutability, Ref, RefType,
    Table, TableType, Val, ValType,
};

/// The `internalBinding('webassembly')` object.
pub fn binding(ctx: &mut Context) -> JsObject {
    crate::node::binding_object(
        ctx,
        &[
            ("setErrorClasses", set_error_classes, 3),
            ("compile", compile, 1),
            ("validate", validate, 1),
            ("moduleImports", module_imports, 1),
            ("moduleExports", module_exports, 1),
            ("customSections", custom_sections, 2),
            ("instantiate", instantiate, 2),
            ("key", key, 1),
            ("memoryNew", memory_new, 2),
            ("memoryBuffer", memory_buffer, 1),
            ("memoryGrow", memory_grow, 2),
            ("tableNew", table_new, 4),
            ("tableLength", table_length, 1),
            ("tableGet", table_get, 2),
            ("tableSet", table_set, 3),
            ("tableGrow", table_grow, 3),
            ("globalNew", global_new, 3),
            ("globalInfo", global_info, 1),
            ("globalGet", global_get, 1),
            ("globalSet", global_set, 2),
        ],
    )
}

/// A compiled module, with its imports and exports in declaration order (wasmi lists them
/// grouped by kind and by name).
#[derive(Trace, Finalize, JsData)]
struct ModuleHandle {
    #[unsafe_ignore_trace]
    module: Module,
    #[unsafe_ignore_trace]
    layout: Layout,
}

/// A module's imports `(module, name, kind)` and exports `(name, kind, index)` as declared.
#[derive(Clone, Default)]
struct Layout {
    imports: Vec<(String, String, &'static str)>,
    exports: Vec<(String, &'static str, u32)>,
}

impl Layout {
    /// The declaration index of each import in wasmi's order (by kind, declared order within).
    fn declared_index(&self, module: &Module) -> Vec<usize> {
        let mut seen: HashMap<&'static str, usize> = HashMap::new();
        module
            .imports()
            .map(|i| {
                let kind = kind_name(i.ty());
                let nth = seen.entry(kind).or_insert(0);
                let index = self
                    .imports
                    .iter()
                    .enumerate()
                    .filter(|(_, d)| d.2 == kind)
                    .nth(*nth)
                    .map_or(0, |(i, _)| i);
                *nth += 1;
                index
            })
            .collect()
    }
}

/// A memory, table or global of the store.
#[derive(Trace, Finalize, JsData)]
struct ExternHandle(#[unsafe_ignore_trace] Extern);

fn type_error(message: &str) -> boa_engine::JsError {
    JsNativeError::typ()
        .with_message(message.to_string())
        .into()
}

fn range_error(message: &str) -> boa_engine::JsError {
    JsNativeError::range()
        .with_message(message.to_string())
        .into()
}

fn module_arg(args: &[JsValue]) -> JsResult<Module> {
    args.first()
        .and_then(JsValue::as_object)
        .and_then(|o| o.downcast_ref::<ModuleHandle>().map(|m| m.module.clone()))
        .ok_or_else(|| type_error("not a WebAssembly.Module"))
}

fn extern_arg(v: Option<&JsValue>) -> Option<Extern> {
    v.and_then(JsValue::as_object)
        .and_then(|o| o.downcast_ref::<ExternHandle>().map(|h| h.0))
}

fn handle(ext: Extern, ctx: &mut Context) -> JsValue {
    JsObject::from_proto_and_data(
        ctx.intrinsics().constructors().object().prototype(),
        ExternHandle(ext),
    )
    .into()
}

fn u32_arg(args: &[JsValue], i: usize) -> u32 {
    args.get(i)
        .and_then(JsValue::as_number)
        .map_or(0, |n| n as u32)
}

fn opt_u32_arg(args: &[JsValue], i: usize) -> Option<u32> {
    args.get(i).and_then(JsValue::as_number).map(|n| n as u32)
}

/// `setErrorClasses(CompileError, LinkError, RuntimeError)`.
fn set_error_classes(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let classes: Vec<JsObject> = args.iter().filter_map(|v| v.as_object()).collect();
    with_store(|mut s| s.data_mut().error_classes = classes);
    Ok(JsValue::undefined())
}

/// `compile(bytes)` → a module handle, or the CompileError message.
fn compile(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let bytes = view(args.first(), ctx)?.with(<[u8]>::to_vec);
    let engine = store::engine();
    match Module::new(&engine, &bytes[..]) {
        Ok(module) => {
            let handle = ModuleHandle {
                module,
                layout: layout(&bytes),
            };
            Ok(JsObject::from_proto_and_data(None, handle).into())
        }
        Err(e) => Ok(js_string!(e.to_string()).into()),
    }
}

fn type_ref_kind(ty: &wasmparser::TypeRef) -> &'static str {
    match ty {
        wasmparser::TypeRef::Func(_) => "function",
        wasmparser::TypeRef::Table(_) => "table",
        wasmparser::TypeRef::Memory(_) => "memory",
        wasmparser::TypeRef::Global(_) => "global",
        wasmparser::TypeRef::Tag(_) => "tag",
    }
}

fn external_kind(kind: wasmparser::ExternalKind) -> &'static str {
    match kind {
        wasmparser::ExternalKind::Func => "function",
        wasmparser::ExternalKind::Table => "table",
        wasmparser::ExternalKind::Memory => "memory",
        wasmparser::ExternalKind::Global => "global",
        wasmparser::ExternalKind::Tag => "tag",
    }
}

/// The import and export sections of a valid module.
fn layout(bytes: &[u8]) -> Layout {
    let mut layout = Layout::default();
    for payload in wasmparser::Parser::new(0).parse_all(bytes) {
        match payload {
            Ok(wasmparser::Payload::ImportSection(reader)) => {
                for i in reader.into_iter().flatten() {
                    let kind = type_ref_kind(&i.ty);
                    layout.imports.push((i.module.into(), i.name.into(), kind));
                }
            }
            Ok(wasmparser::Payload::ExportSection(reader)) => {
                for e in reader.into_iter().flatten() {
                    layout
                        .exports
                        .push((e.name.into(), external_kind(e.kind), e.index));
                }
                break;
            }
            Ok(wasmparser::Payload::CodeSectionStart { .. }) | Err(_) => break,
            _ => {}
        }
    }
    layout
}

/// `validate(bytes)`.
fn validate(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let engine = store::engine();
    let ok = view(args.first(), ctx)?.with(|b| Module::validate(&engine, b).is_ok());
    Ok(ok.into())
}

fn kind_name(ty: &ExternType) -> &'static str {
    match ty {
        ExternType::Func(_) => "function",
        ExternType::Table(_) => "table",
        ExternType::Memory(_) => "memory",
        ExternType::Global(_) => "global",
    }
}

fn layout_arg(args: &[JsValue]) -> JsResult<Layout> {
    args.first()
        .and_then(JsValue::as_object)
        .and_then(|o| o.downcast_ref::<ModuleHandle>().map(|m| m.layout.clone()))
        .ok_or_else(|| type_error("not a WebAssembly.Module"))
}

/// `moduleImports(module)` → `[module, name, kind, ...]`.
fn module_imports(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let mut out = Vec::new();
    for (module, name, kind) in layout_arg(args)?.imports {
        out.push(js_string!(module).into());
        out.push(js_string!(name).into());
        out.push(js_string!(kind).into());
    }
    Ok(JsArray::from_iter(out, ctx).into())
}

/// `moduleExports(module)` → `[name, kind, ...]`.
fn module_exports(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let mut out = Vec::new();
    for (name, kind, _) in layout_arg(args)?.exports {
        out.push(js_string!(name).into());
        out.push(js_string!(kind).into());
    }
    Ok(JsArray::from_iter(out, ctx).into())
}

/// `customSections(module, name)` → a copy of each custom section so named.
fn custom_sections(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let module = module_arg(args)?;
    let name = crate::node::str_arg(args, 1, ctx)?;
    let mut out = Vec::new();
    for section in module.custom_sections().filter(|s| s.name() == name) {
        let block = boa_engine::object::builtins::AlignedVec::from_slice(64, section.data());
        out.push(JsArrayBuffer::from_byte_block(block, ctx)?.into());
    }
    Ok(JsArray::from_iter(out, ctx).into())
}

/// `instantiate(module, values, caller)`: `values` holds each import's value in import order (JS
/// functions, exported functions, handles, numbers for immutable globals). Returns
/// `[name, kind, value, ...]` for the exports (functions as JS functions, others as handles).
fn instantiate(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let module_obj = args
        .first()
        .and_then(JsValue::as_object)
        .ok_or_else(|| type_error("not a WebAssembly.Module"))?;
    let (module, layout) = module_obj
        .downcast_ref::<ModuleHandle>()
        .map(|m| (m.module.clone(), m.layout.clone()))
        .ok_or_else(|| type_error("not a WebAssembly.Module"))?;
    let values = args.get(1).and_then(JsValue::as_object);
    let caller = crate::node::str_arg(args, 2, ctx)?;
    let imports: Vec<(String, String, ExternType)> = module
        .imports()
        .map(|i| (i.module().to_string(), i.name().to_string(), i.ty().clone()))
        .collect();
    let declared = layout.declared_index(&module);
    let mut externs = Vec::with_capacity(imports.len());
    for ((module_name, name, ty), &index) in imports.iter().zip(&declared) {
        let value = match &values {
            Some(v) => v.get(index, ctx)?,
            None => JsValue::undefined(),
        };
        let bad = |what: &str, ctx: &mut Context| {
            let message = format!(
                "{caller}: Import #{index} module=\"{module_name}\" function=\"{name}\" error: {what}"
            );
            wasm_error(ErrorClass::Link, &message, ctx)
        };
        let ext = match ty {
            ExternType::Func(fty) => {
                if let Some(func) = exported_func(&value) {
                    Extern::Func(func)
                } else if let Some(callable) = value.as_callable() {
                    let fty = fty.clone();
                    Extern::Func(with_store(|mut s| host_func(&mut s, fty, callable.clone())))
                } else {
                    return Err(bad("function import requires a callable", ctx));
                }
            }
            ExternType::Global(gty) => match extern_arg(Some(&value)) {
                Some(g @ Extern::Global(_)) => g,
                _ if value.is_number() || value.is_bigint() => {
                    if gty.mutability() == Mutability::Var {
                        return Err(bad(
                            "imported mutable global must be a WebAssembly.Global object",
                            ctx,
                        ));
                    }
                    if (gty.content() == ValType::I64) != value.is_bigint() {
                        return Err(bad(
                            "global import must be a number, valid Wasm reference, or WebAssembly.Global object",
                            ctx,
                        ));
                    }
                    let v = to_wasm(&value, gty.content(), ctx)?;
                    Extern::Global(with_store(|mut s| Global::new(&mut s, v, Mutability::Const)))
                }
                _ => {
                    return Err(bad(
                        "global import must be a number, valid Wasm reference, or WebAssembly.Global object",
                        ctx,
                    ))
                }
            },
            ExternType::Memory(_) => match extern_arg(Some(&value)) {
                Some(m @ Extern::Memory(_)) => m,
                _ => return Err(bad("memory import must be a WebAssembly.Memory object", ctx)),
            },
            ExternType::Table(_) => match extern_arg(Some(&value)) {
                Some(t @ Extern::Table(_)) => t,
                _ => return Err(bad("table import requires a WebAssembly.Table", ctx)),
            },
        };
        externs.push(ext);
    }
    let instance = run_wasm(ctx, |s| Instance::new(s, &module, &externs))
        .map_err(|e| failure(e, &caller, ctx))?;
    let mut out = Vec::with_capacity(layout.exports.len() * 3);
    for (name, kind, func_index) in layout.exports {
        let Some(ext) = with_store(|s| instance.get_export(&s, &name)) else {
            continue;
        };
        let value = match ext {
            Extern::Func(f) => func_object(f, Some(func_index), ctx).into(),
            other => handle(other, ctx),
        };
        out.push(js_string!(name).into());
        out.push(js_string!(kind).into());
        out.push(value);
    }
    Ok(JsArray::from_iter(out, ctx).into())
}

/// `key(handle)`: the identity of a memory, table or global (equal for the same one).
fn key(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let ext = extern_arg(args.first()).ok_or_else(|| type_error("not a handle"))?;
    Ok(js_string!(handle_key(&ext)).into())
}

fn memory_arg(args: &[JsValue]) -> JsResult<Memory> {
    match extern_arg(args.first()) {
        Some(Extern::Memory(m)) => Ok(m),
        _ => Err(type_error("Receiver is not a WebAssembly.Memory")),
    }
}

/// `memoryNew(initial, maximum)` → a handle (pages checked by the JS side).
fn memory_new(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    // Built fallibly: `MemoryType::new` panics on limits out of order or range.
    let mut builder = MemoryType::builder();
    builder.min(u64::from(u32_arg(args, 0)));
    builder.max(opt_u32_arg(args, 1).map(u64::from));
    let ty = builder
        .build()
        .map_err(|_| range_error("WebAssembly.Memory(): invalid limits"))?;
    let memory = with_store(|mut s| Memory::new(&mut s, ty))
        .map_err(|_| range_error("WebAssembly.Memory(): could not allocate memory"))?;
    Ok(handle(Extern::Memory(memory), ctx))
}

/// `memoryBuffer(memory)`: an ArrayBuffer viewing the memory's bytes in place, the same one
/// until the memory grows (then the old one is detached).
fn memory_buffer(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let memory = memory_arg(args)?;
    let key = handle_key(&memory);
    with_store(|mut s| {
        store::sync_buffers(&mut s);
        if let Some(b) = s
            .data()
            .buffers
            .iter()
            .find(|b| handle_key(&b.memory) == key)
        {
            return Ok(b.buffer.clone().into());
        }
        let ptr = memory.data_ptr(&s);
        let len = memory.data_size(&s);
        let view_ptr = if len == 0 {
            std::ptr::NonNull::<u64>::dangling().cast::<u8>()
        } else {
            std::ptr::NonNull::new(ptr)
                .filter(|p| (p.as_ptr() as usize).is_multiple_of(8))
                .ok_or_else(|| range_error("WebAssembly.Memory: unaligned memory"))?
        };
        let detach_key = s.data().detach_key.clone();
        // SAFETY: the store is never dropped, and its memory stays at `ptr` with `len` bytes
        // until it grows; `sync_buffers` detaches the buffer after any wasm code or grow
        // that changed either, before scripts run again.
        let buffer = unsafe { JsArrayBuffer::from_external(view_ptr, len, detach_key, ctx) };
        s.data_mut().buffers.push(MemoryBuffer {
            memory,
            buffer: buffer.clone(),
            ptr: ptr as usize,
            len,
        });
        Ok(buffer.into())
    })
}

/// `memoryGrow(memory, delta)` → the old size in pages, or -1 past the maximum. The old
/// buffer is detached either way (the JS API refreshes it).
fn memory_grow(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let memory = memory_arg(args)?;
    let delta = u64::from(u32_arg(args, 1));
    let key = handle_key(&memory);
    let old = with_store(|mut s| {
        let old = memory.grow(&mut s, delta).ok();
        detach_buffer(&mut s, &key);
        old
    });
    Ok(old.map_or(JsValue::from(-1), |n| JsValue::from(n as f64)))
}

fn table_arg(args: &[JsValue]) -> JsResult<Table> {
    match extern_arg(args.first()) {
        Some(Extern::Table(t)) => Ok(t),
        _ => Err(type_error("Receiver is not a WebAssembly.Table")),
    }
}

/// A JS value as a table element of `ty` for `caller` (undefined is null, the JS API's default).
fn to_ref(v: &JsValue, ty: RefType, caller: &str, ctx: &mut Context) -> JsResult<Ref> {
    if v.is_undefined() {
        return Ok(Ref::default_for_ty(ty));
    }
    let val = match ty {
        RefType::Func => to_wasm(v, ValType::FuncRef, ctx).map_err(|_| {
            type_error(&format!(
                "{caller}: Argument 1 is invalid for table: function-typed object must be null (if nullable) or a Wasm function object"
            ))
        })?,
        RefType::Extern => to_wasm(v, ValType::ExternRef, ctx)?,
    };
    Ok(match val {
        Val::FuncRef(f) => Ref::Func(f),
        Val::ExternRef(e) => Ref::Extern(e),
        _ => Ref::default_for_ty(ty),
    })
}

fn table_kind(ty: RefType) -> &'static str {
    match ty {
        RefType::Func => "function",
        RefType::Extern => "externref",
    }
}

fn ref_to_js(r: Ref, ctx: &mut Context) -> JsResult<JsValue> {
    match r {
        Ref::Func(f) => to_js(&Val::FuncRef(f), ctx),
        Ref::Extern(e) => to_js(&Val::ExternRef(e), ctx),
    }
}

/// `tableNew(element, initial, maximum, value)`; element is 'anyfunc' or 'externref'.
fn table_new(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let element = crate::node::str_arg(args, 0, ctx)?;
    let ty = if element == "externref" {
        RefType::Extern
    } else {
        RefType::Func
    };
    let init = to_ref(
        args.get(3).unwrap_or(&JsValue::undefined()),
        ty,
        "WebAssembly.Table()",
        ctx,
    )?;
    let (initial, maximum) = (u32_arg(args, 1), opt_u32_arg(args, 2));
    if maximum.is_some_and(|m| m < initial) {
        // `TableType::new` panics on limits out of order.
        return Err(range_error("WebAssembly.Table(): invalid limits"));
    }
    let table_ty = TableType::new(ty, initial, maximum);
    let table = with_store(|mut s| Table::new(&mut s, table_ty, init))
        .map_err(|_| range_error("WebAssembly.Table(): could not allocate table"))?;
    Ok(handle(Extern::Table(table), ctx))
}

/// `tableLength(table)`.
fn table_length(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let table = table_arg(args)?;
    Ok(JsValue::from(with_store(|s| table.size(&s)) as f64))
}

/// `tableGet(table, index)`.
fn table_get(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let table = table_arg(args)?;
    let index = u64::from(u32_arg(args, 1));
    let (r, ty) = with_store(|s| (table.get(&s, index), table.ty(&s).element()));
    let r = r.ok_or_else(|| {
        range_error(&format!(
            "WebAssembly.Table.get(): invalid index {index} into {} table",
            table_kind(ty)
        ))
    })?;
    ref_to_js(r, ctx)
}

/// `tableSet(table, index, value)`.
fn table_set(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let table = table_arg(args)?;
    let index = u64::from(u32_arg(args, 1));
    let ty = with_store(|s| table.ty(&s).element());
    let size = with_store(|s| table.size(&s));
    if index >= size {
        return Err(range_error(&format!(
            "WebAssembly.Table.set(): invalid index {index} into {} table",
            table_kind(ty)
        )));
    }
    let value = to_ref(
        args.get(2).unwrap_or(&JsValue::undefined()),
        ty,
        "WebAssembly.Table.set()",
        ctx,
    )?;
    with_store(|mut s| table.set(&mut s, index, value))
        .map_err(|_| range_error("WebAssembly.Table.set(): invalid index"))?;
    Ok(JsValue::undefined())
}

/// `tableGrow(table, delta, value)` → the old length, or -1 past the maximum.
fn table_grow(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let table = table_arg(args)?;
    let delta = u64::from(u32_arg(args, 1));
    let ty = with_store(|s| table.ty(&s).element());
    let init = to_ref(
        args.get(2).unwrap_or(&JsValue::undefined()),
        ty,
        "WebAssembly.Table.grow()",
        ctx,
    )?;
    let old = with_store(|mut s| table.grow(&mut s, delta, init).ok());
    Ok(old.map_or(JsValue::from(-1), |n| JsValue::from(n as f64)))
}

fn global_arg(args: &[JsValue]) -> JsResult<Global> {
    match extern_arg(args.first()) {
        Some(Extern::Global(g)) => Ok(g),
        _ => Err(type_error("Receiver is not a WebAssembly.Global")),
    }
}

fn val_type(name: &str) -> Option<ValType> {
    Some(match name {
        "i32" => ValType::I32,
        "i64" => ValType::I64,
        "f32" => ValType::F32,
        "f64" => ValType::F64,
        "anyfunc" | "funcref" => ValType::FuncRef,
        "externref" => ValType::ExternRef,
        _ => return None,
    })
}

fn val_type_name(ty: ValType) -> &'static str {
    match ty {
        ValType::I32 => "i32",
        ValType::I64 => "i64",
        ValType::F32 => "f32",
        ValType::F64 => "f64",
        ValType::V128 => "v128",
        ValType::FuncRef => "anyfunc",
        ValType::ExternRef => "externref",
    }
}

/// `globalNew(type, mutable, value)` (undefined value: the type's default).
fn global_new(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = crate::node::str_arg(args, 0, ctx)?;
    let ty = val_type(&name).ok_or_else(|| type_error("WebAssembly.Global(): invalid type"))?;
    let mutability = if args.get(1).is_some_and(JsValue::to_boolean) {
        Mutability::Var
    } else {
        Mutability::Const
    };
    let value = match args.get(2) {
        Some(v) if !v.is_undefined() => to_wasm(v, ty, ctx)?,
        _ => Val::default_for_ty(ty),
    };
    let global = with_store(|mut s| Global::new(&mut s, value, mutability));
    Ok(handle(Extern::Global(global), ctx))
}

/// `globalInfo(global)` → `[type, mutable]`.
fn global_info(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let global = global_arg(args)?;
    let ty = with_store(|s| global.ty(&s));
    let out = [
        js_string!(val_type_name(ty.content())).into(),
        (ty.mutability() == Mutability::Var).into(),
    ];
    Ok(JsArray::from_iter(out, ctx).into())
}

/// `globalGet(global)`.
fn global_get(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let global = global_arg(args)?;
    let value = with_store(|s| global.get(&s));
    to_js(&value, ctx)
}

/// `globalSet(global, value)` (mutability checked by the JS side).
fn global_set(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let global = global_arg(args)?;
    let ty = with_store(|s| global.ty(&s).content());
    let value = to_wasm(args.get(1).unwrap_or(&JsValue::undefined()), ty, ctx)?;
    with_store(|mut s| global.set(&mut s, value)).map_err(|_| {
        type_error("WebAssembly.Global.set(): Can't set the value of an immutable global.")
    })?;
    Ok(JsValue::undefined())
}
