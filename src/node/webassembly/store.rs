//! The one wasm store of the runtime (as V8 has one per isolate, so memories, tables, globals
//! and functions move freely between instances) and the plumbing for running wasm code that
//! calls back into JS, which may call wasm again.

use boa_engine::{object::builtins::JsArrayBuffer, Context, JsError, JsObject, JsValue};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use wasmi::{AsContextMut, Caller, CompilationMode, Config, Engine, Func, Memory, StoreContextMut};

/// The store's host state: what wasm-side handles refer to on the JS side.
pub(crate) struct Host {
    /// The context of the native call that entered wasm (set for the length of that call).
    pub(crate) ctx: *mut Context,
    /// The JS callables behind host functions (a host function captures its index).
    pub(crate) callables: Vec<JsObject>,
    /// The JS values behind externrefs (an externref holds its index), and each object's.
    pub(crate) externs: Vec<JsValue>,
    pub(crate) extern_objects: HashMap<JsObject, wasmi::ExternRef>,
    /// A JS exception on its way out through wasm frames.
    pub(crate) pending: Option<JsError>,
    /// Each wasm function's JS function (keyed by [`handle_key`]), and back.
    pub(crate) func_objects: HashMap<String, JsObject>,
    pub(crate) object_funcs: HashMap<JsObject, Func>,
    /// The ArrayBuffers handed out for memories, with the bytes they view.
    pub(crate) buffers: Vec<MemoryBuffer>,
    /// What detaches those buffers (scripts cannot detach them).
    pub(crate) detach_key: JsValue,
    /// `[CompileError, LinkError, RuntimeError]`, from node/js/webassembly.js.
    pub(crate) error_classes: Vec<JsObject>,
}

/// An ArrayBuffer viewing `len` bytes at `ptr` of `memory`.
pub(crate) struct MemoryBuffer {
    pub(crate) memory: Memory,
    pub(crate) buffer: JsArrayBuffer,
    pub(crate) ptr: usize,
    pub(crate) len: usize,
}

type Store = wasmi::Store<Host>;

thread_local! {
    /// Leaked: ArrayBuffers may view its memories for as long as the process runs.
    static STORE: &'static RefCell<Store> = Box::leak(Box::new(RefCell::new(new_store())));
    /// The `Caller` of the host function running now, if any: while wasm runs, the store is
    /// reachable only through it.
    static ACTIVE: Cell<*mut ()> = const { Cell::new(std::ptr::null_mut()) };
}

fn new_store() -> Store {
    let mut config = Config::default();
    // Validated when compiled (CompileError then), translated when first called.
    config.compilation_mode(CompilationMode::LazyTranslation);
    let engine = Engine::new(&config);
    wasmi::Store::new(
        &engine,
        Host {
            ctx: std::ptr::null_mut(),
            callables: Vec::new(),
            externs: Vec::new(),
            extern_objects: HashMap::new(),
            pending: None,
            func_objects: HashMap::new(),
            object_funcs: HashMap::new(),
            buffers: Vec::new(),
            detach_key: boa_engine::JsSymbol::new(Some("WebAssembly.Memory".into()))
                .map_or_else(JsValue::undefined, JsValue::from),
            error_classes: Vec::new(),
        },
    )
}

/// The engine, for compiling modules.
pub(crate) fn engine() -> Engine {
    with_store(|s| s.engine().clone())
}

/// Runs `f` with the store. `f` must not run JS (host functions do, through [`call_js`]).
pub(crate) fn with_store<R>(f: impl FnOnce(StoreContextMut<'_, Host>) -> R) -> R {
    let active = ACTIVE.get();
    if !active.is_null() {
        // SAFETY: `call_js` sets ACTIVE to its `Caller` for the length of the JS call it makes,
        // and uses the caller only after restoring ACTIVE.
        let caller = unsafe { &mut *active.cast::<Caller<'static, Host>>() };
        return f(caller.as_context_mut());
    }
    STORE.with(|s| f(s.borrow_mut().as_context_mut()))
}

/// Runs wasm code (`f`) on behalf of the native function called with `ctx`: host functions
/// reach `ctx` through the store while it runs. Buffers of memories the code grew are
/// detached before returning. A JS exception thrown in a host function comes back as itself.
pub(crate) fn run_wasm<R>(
    ctx: &mut Context,
    f: impl FnOnce(&mut StoreContextMut<'_, Host>) -> Result<R, wasmi::Error>,
) -> Result<R, WasmFailure> {
    let ctx_ptr: *mut Context = ctx;
    with_store(|mut store| {
        let outer = std::mem::replace(&mut store.data_mut().ctx, ctx_ptr);
        let result = f(&mut store);
        store.data_mut().ctx = outer;
        sync_buffers(&mut store);
        result.map_err(|e| match store.data_mut().pending.take() {
            Some(js) => WasmFailure::Js(js),
            None => WasmFailure::Wasm(e),
        })
    })
}

/// Why wasm code failed: a JS exception from a host function, or wasm's own error.
pub(crate) enum WasmFailure {
    Js(JsError),
    Wasm(wasmi::Error),
}

/// Detaches the buffers of memories that grew (moved or changed length) since handed out.
pub(crate) fn sync_buffers(store: &mut StoreContextMut<'_, Host>) {
    let mut i = 0;
    while i < store.data().buffers.len() {
        let b = &store.data().buffers[i];
        let memory = b.memory;
        let current = (memory.data_ptr(&*store) as usize, memory.data_size(&*store));
        if current == (b.ptr, b.len) {
            i += 1;
            continue;
        }
        let stale = store.data_mut().buffers.swap_remove(i);
        let key = store.data().detach_key.clone();
        let _ = stale.buffer.detach(&key);
    }
}

/// Detaches `memory`'s buffer, if one was handed out (`Memory.prototype.grow` always does).
pub(crate) fn detach_buffer(store: &mut StoreContextMut<'_, Host>, memory: &str) {
    let key = store.data().detach_key.clone();
    let host = store.data_mut();
    if let Some(i) = host
        .buffers
        .iter()
        .position(|b| handle_key(&b.memory) == memory)
    {
        let stale = host.buffers.swap_remove(i);
        let _ = stale.buffer.detach(&key);
    }
}

/// A store handle's identity (wasmi handles have no `Eq`; their debug form names the store
/// and the index, which is unique).
pub(crate) fn handle_key<T: std::fmt::Debug>(handle: &T) -> String {
    format!("{handle:?}")
}

/// Calls JS from a host function: runs `f` with the context of the native call that entered
/// wasm, with the store reachable through `caller` meanwhile. A JS exception is kept in the
/// host state and comes out as a wasm error.
pub(crate) fn call_js<R>(
    caller: &mut Caller<'_, Host>,
    f: impl FnOnce(&mut Context) -> Result<R, JsError>,
) -> Result<R, wasmi::Error> {
    sync_buffers(&mut caller.as_context_mut());
    let ctx_ptr = caller.data().ctx;
    if ctx_ptr.is_null() {
        return Err(wasmi::Error::new("no script context"));
    }
    let previous = ACTIVE.replace(std::ptr::from_mut(caller).cast::<()>());
    // SAFETY: `ctx` is the context of the native call in `run_wasm`, which does not use it
    // until the wasm code returns; nested calls restore `Host::ctx` before returning.
    let result = f(unsafe { &mut *ctx_ptr });
    ACTIVE.set(previous);
    result.map_err(|e| {
        caller.data_mut().pending = Some(e);
        wasmi::Error::new("JavaScript exception")
    })
}
