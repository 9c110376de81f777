//! The native binding: the small set of host and engine operations the JS half of the runtime
//! (bootstrap, loader, built-ins) calls. Each function validates its inputs and never panics.

use crate::event_loop;
use crate::host::{self, EntryKind};
use crate::module::{self, esm::EsmHooks};
use crate::node;
use crate::RunOptions;
use boa_engine::{
    builtins::promise::PromiseState,
    js_string,
    object::{
        builtins::{
            JsArray, JsArrayBuffer, JsDataView, JsDate, JsMap, JsMapIterator, JsPromise, JsProxy,
            JsRegExp, JsSet, JsSetIterator, JsTypedArray, JsWeakMap, JsWeakSet,
        },
        JsObject, ObjectInitializer,
    },
    property::Attribute,
    Context, JsError, JsNativeError, JsResult, JsValue, NativeFunction,
};

fn arg_str(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<String> {
    match args.get(i) {
        // A lone surrogate becomes U+FFFD, as node's UTF-8 conversion makes it.
        Some(v) if !v.is_undefined() => Ok(v.to_string(ctx)?.to_std_string_lossy()),
        _ => Ok(String::new()),
    }
}

fn arg_num(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<f64> {
    match args.get(i) {
        Some(v) => v.to_number(ctx),
        None => Ok(0.0),
    }
}

/// A node-style system error (`code`, `errno`, `syscall`, `path`) built from an io::Error.
pub fn io_error(err: &std::io::Error, syscall: &str, path: &str, ctx: &mut Context) -> JsError {
    node::errors::system_error(err, syscall, Some(path), None, ctx)
}

fn write(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg_num(args, 0, ctx)? as i32;
    let s = arg_str(args, 1, ctx)?;
    // false: the descriptor is a closed pipe (the caller decides whether that is an error).
    Ok(host::write_fd(fd, s.as_bytes()).into())
}

fn read_file_utf8(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_str(args, 0, ctx)?;
    match host::read_file(&path) {
        Ok(bytes) => {
            let s = String::from_utf8_lossy(&bytes);
            let s = s.strip_prefix('\u{feff}').unwrap_or(&s);
            Ok(js_string!(s).into())
        }
        Err(e) => Err(io_error(&e, "open", &path, ctx)),
    }
}

fn entry_kind(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_str(args, 0, ctx)?;
    Ok(match host::entry_kind(&path) {
        EntryKind::Missing => 0,
        EntryKind::File => 1,
        EntryKind::Dir => 2,
    }
    .into())
}

fn realpath(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_str(args, 0, ctx)?;
    match host::realpath(&path) {
        Ok(p) => Ok(js_string!(p).into()),
        Err(e) => Err(io_error(&e, "realpath", &path, ctx)),
    }
}

fn cwd(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    match host::cwd() {
        Ok(p) => Ok(js_string!(p).into()),
        Err(e) => Err(io_error(&e, "uv_cwd", "", ctx)),
    }
}

fn chdir(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_str(args, 0, ctx)?;
    match host::chdir(&path) {
        Ok(()) => Ok(JsValue::undefined()),
        Err(e) => Err(io_error(&e, "chdir", &path, ctx)),
    }
}

fn compile_function(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let body = arg_str(args, 0, ctx)?;
    let params = arg_str(args, 1, ctx)?;
    let filename = arg_str(args, 2, ctx)?;
    module::compile_function(&body, &params, &filename, ctx)
}

fn builtin_source(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = arg_str(args, 0, ctx)?;
    let Some((_, path)) = node::builtin_entry(&name) else {
        return Ok(JsValue::undefined());
    };
    // Development aid: with RJS_DEV_SRC=<checkout>/src (and that folder granted), built-in JS is
    // read from disk, so JS changes can be tried without rebuilding the wasm.
    if let (false, Ok(root)) = (path.is_empty(), std::env::var("RJS_DEV_SRC")) {
        if let Ok(text) = std::fs::read_to_string(format!("{root}/{path}")) {
            return Ok(js_string!(text.as_str()).into());
        }
    }
    match node::builtin_source(&name) {
        Some(src) => Ok(js_string!(src.as_ref()).into()),
        None => Err(JsNativeError::error()
            .with_message(format!("built-in {name}: embedded source unreadable"))
            .into()),
    }
}

fn native_binding(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = arg_str(args, 0, ctx)?;
    Ok(node::native_binding(&name, ctx).map_or(JsValue::undefined(), JsValue::from))
}

fn hrtime(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok((host::monotonic_ns() as f64).into())
}

fn now(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(host::wall_ms().into())
}

fn exit(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let code = arg_num(args, 0, ctx)?;
    host::exit(if code.is_finite() { code as i32 } else { 0 })
}

fn is_tty(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg_num(args, 0, ctx)? as i32;
    Ok(host::is_tty(fd).into())
}

/// Reads a chunk from stdin (blocking); `null` at end of input.
fn read_stdin(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let max = arg_num(args, 0, ctx)?;
    let max = if max >= 1.0 && max.is_finite() {
        max as usize
    } else {
        65536
    };
    match host::read_stdin_chunk(max) {
        Ok(b) if b.is_empty() => Ok(JsValue::null()),
        Ok(b) => Ok(js_string!(String::from_utf8_lossy(&b).as_ref()).into()),
        Err(e) => Err(io_error(&e, "read", "", ctx)),
    }
}

fn run_microtasks(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(event_loop::run_microtasks(ctx)?.into())
}

/// Runs the cleanup callbacks of one FinalizationRegistry a collection left work for; returns
/// whether there was one (loop.js runs them as node does its platform tasks).
fn run_finalizer(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(boa_engine::builtins::finalization_registry::run_cleanup(ctx)?.into())
}

/// Whether a FinalizationRegistry waits for `run_finalizer` (the loop then does not sleep).
fn finalizers_pending(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(boa_engine::builtins::finalization_registry::cleanup_pending(ctx).into())
}

/// Returns `[promise, reason, frame, promise, reason, frame, ...]` for new unhandled rejections
/// (frame: the async context each was rejected in).
fn take_unhandled(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let list = event_loop::take_unhandled(ctx);
    let arr = JsArray::new(ctx)?;
    for (p, r, frame) in list {
        arr.push(p, ctx)?;
        arr.push(r, ctx)?;
        arr.push(frame, ctx)?;
    }
    Ok(arr.into())
}

fn take_handled_later(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let list = event_loop::take_handled_later(ctx);
    let arr = JsArray::new(ctx)?;
    for p in list {
        arr.push(p, ctx)?;
    }
    Ok(arr.into())
}

/// `[state, value]` with state 0 pending, 1 fulfilled, 2 rejected; undefined for non-promises.
fn promise_state(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(obj) = args.first().and_then(JsValue::as_object) else {
        return Ok(JsValue::undefined());
    };
    let Ok(p) = JsPromise::from_object(obj) else {
        return Ok(JsValue::undefined());
    };
    let (s, v) = match p.state() {
        PromiseState::Pending => (0, JsValue::undefined()),
        PromiseState::Fulfilled(v) => (1, v),
        PromiseState::Rejected(v) => (2, v),
    };
    Ok(JsArray::from_iter([JsValue::from(s), v], ctx).into())
}

/// The engine's internal class of an object, for util.types and util.inspect.
fn internal_type(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    use boa_engine::builtins;
    let Some(o) = args.first().and_then(JsValue::as_object) else {
        return Ok(js_string!("").into());
    };
    let t = if JsProxy::from_object(o.clone()).is_ok() {
        "Proxy"
    } else if JsPromise::from_object(o.clone()).is_ok() {
        "Promise"
    } else if JsMap::from_object(o.clone()).is_ok() {
        "Map"
    } else if JsSet::from_object(o.clone()).is_ok() {
        "Set"
    } else if JsDate::from_object(o.clone()).is_ok() {
        "Date"
    } else if JsRegExp::from_object(o.clone()).is_ok() {
        "RegExp"
    } else if JsTypedArray::from_object(o.clone()).is_ok() {
        "TypedArray"
    } else if JsArrayBuffer::from_object(o.clone()).is_ok() {
        "ArrayBuffer"
    } else if JsDataView::from_object(o.clone()).is_ok() {
        "DataView"
    } else if JsWeakMap::from_object(o.clone()).is_ok() {
        "WeakMap"
    } else if JsWeakSet::from_object(o.clone()).is_ok() {
        "WeakSet"
    } else if JsMapIterator::from_object(o.clone()).is_ok() {
        "MapIterator"
    } else if JsSetIterator::from_object(o.clone()).is_ok() {
        "SetIterator"
    } else if o.is::<builtins::error::Error>() {
        "Error"
    } else if o.is::<boa_engine::native_function::NativeFunctionObject>() {
        "NativeFunction"
    } else if o.is::<bool>() {
        "Boolean"
    } else if o.is::<f64>() {
        "Number"
    } else if o.is::<boa_engine::JsString>() {
        "String"
    } else if o.is::<boa_engine::JsSymbol>() {
        "Symbol"
    } else if o.is::<boa_engine::JsBigInt>() {
        "BigInt"
    } else if o.is::<builtins::generator::Generator>() {
        "Generator"
    } else if o.is::<builtins::async_generator::AsyncGenerator>() {
        "AsyncGenerator"
    } else if o.is::<builtins::array_buffer::SharedArrayBuffer>() {
        "SharedArrayBuffer"
    } else {
        ""
    };
    Ok(js_string!(t).into())
}

/// `[target, handler]` of a proxy, or undefined. Boa 0.22 does not expose a proxy's target,
/// so this answers undefined and util.inspect shows proxies through their traps.
/// node's getProxyDetails: `[target, handler]` of a Proxy (`[null, null]` once revoked),
/// undefined for anything else. Reading them runs no trap.
fn proxy_details(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(proxy) = args
        .first()
        .and_then(JsValue::as_object)
        .and_then(|o| boa_engine::object::builtins::JsProxy::from_object(o).ok())
    else {
        return Ok(JsValue::undefined());
    };
    let (target, handler) = match proxy.target_and_handler() {
        Some((t, h)) => (JsValue::from(t), JsValue::from(h)),
        None => (JsValue::null(), JsValue::null()),
    };
    Ok(boa_engine::object::builtins::JsArray::from_iter([target, handler], ctx).into())
}

fn set_esm_hooks(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let resolve = args.first().and_then(JsValue::as_callable);
    let load_cjs = args.get(1).and_then(JsValue::as_callable);
    if let (Some(resolve), Some(load_cjs)) = (resolve, load_cjs) {
        ctx.insert_data(EsmHooks { resolve, load_cjs });
    }
    Ok(JsValue::undefined())
}

/// Loads, links and evaluates an ES module file; returns the evaluation promise.
fn run_esm(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let specifier = arg_str(args, 0, ctx)?;
    let parent = arg_str(args, 1, ctx)?;
    let loader = esm_loader(ctx)?;
    // Third argument "parse" (--check): only parse the module (its syntax error thrown).
    let mode = args.get(2).and_then(JsValue::as_string);
    if mode.is_some_and(|s| s.to_std_string_escaped() == "parse") {
        loader.load(&specifier, &parent, ctx)?;
        return Ok(JsValue::undefined());
    }
    // Third argument true (require of an ES module): load, link and evaluate now, running the
    // job queue (Boa loads each import in a job), and add the namespace once evaluated.
    let sync = args.get(2).is_some_and(JsValue::to_boolean);
    let m = loader.load(&specifier, &parent, ctx)?;
    if !sync {
        let promise = module::esm::load_link_evaluate(&m, ctx)?;
        return Ok(JsArray::from_iter([JsValue::from(promise)], ctx).into());
    }
    if m.is_evaluating() {
        return Err(module::esm::cycle_error(&specifier, "", ctx));
    }
    // Only the loading's own jobs run here: the program's pending ones wait their turn.
    let jobs = ctx.downcast_job_executor::<crate::event_loop::Jobs>();
    let saved = jobs.as_ref().map(|j| j.take_pending());
    let loaded = m.load(ctx);
    let ran = ctx.run_jobs();
    if let (Some(jobs), Some(saved)) = (jobs, saved) {
        jobs.restore_pending(saved);
    }
    ran?;
    if let boa_engine::builtins::promise::PromiseState::Rejected(e) = loaded.state() {
        // The caller throws the failure: the load promise is not an unhandled rejection.
        ctx.host_hooks().promise_rejection_tracker(
            &loaded,
            boa_engine::builtins::promise::OperationType::Handle,
            ctx,
        );
        return Err(boa_engine::JsError::from_opaque(e));
    }
    m.link(ctx)?;
    // A graph without top-level await is evaluated now; one with it stays pending (node refuses
    // to require it) and its remaining jobs are not run here.
    let promise = m.evaluate(ctx)?;
    // Only a fully evaluated module has every import loaded (namespace() needs them all).
    let ns = match promise.state() {
        boa_engine::builtins::promise::PromiseState::Fulfilled(_) => m.namespace(ctx).into(),
        // The caller throws the failure; the evaluation promise is not an unhandled rejection.
        boa_engine::builtins::promise::PromiseState::Rejected(_) => {
            ctx.host_hooks().promise_rejection_tracker(
                &promise,
                boa_engine::builtins::promise::OperationType::Handle,
                ctx,
            );
            JsValue::undefined()
        }
        boa_engine::builtins::promise::PromiseState::Pending => JsValue::undefined(),
    };
    Ok(JsArray::from_iter([JsValue::from(promise), ns], ctx).into())
}

/// `clearEsmCache()`: forgets the ES modules loaded so far, so later imports instantiate them
/// anew (node:test's --test runs each file as the fresh process node gives it).
fn clear_esm_cache(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    esm_loader(ctx)?.clear_cache();
    Ok(JsValue::undefined())
}

/// `addModuleSource(path, text)`: an ES module whose source is `text`, not a file
/// (`--input-type=module` code).
fn add_module_source(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_str(args, 0, ctx)?;
    let text = arg_str(args, 1, ctx)?;
    let loader = esm_loader(ctx)?;
    loader.add_source(path, text);
    Ok(JsValue::undefined())
}

/// The context's ES module loader (rjs always installs one).
fn esm_loader(ctx: &Context) -> JsResult<std::rc::Rc<module::esm::EsmLoader>> {
    ctx.downcast_module_loader::<module::esm::EsmLoader>()
        .ok_or_else(|| JsNativeError::error().with_message("no ESM loader").into())
}

/// Evaluates code as a script (global scope), attributed to `filename`.
fn eval_script(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let code = arg_str(args, 0, ctx)?;
    let filename = arg_str(args, 1, ctx)?;
    ctx.eval(boa_engine::Source::from_bytes(&code).with_path(std::path::Path::new(&filename)))
}

fn random_fill(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let n = arg_num(args, 0, ctx)?.clamp(0.0, 65536.0) as usize;
    let mut buf = vec![0u8; n];
    host::fill_random(&mut buf);
    let arr = JsArray::from_iter(buf.into_iter().map(JsValue::from), ctx);
    Ok(arr.into())
}

fn preopens(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(string_list(&host::preopens(), ctx))
}

/// `[file, line, column]` of the `throw` statement that threw the given value (node's uncaught
/// report shows that line; for a value thrown more than once, errors show the last throw and
/// other values the first), or undefined (it was not thrown by a `throw`, e.g. a TypeError).
fn last_throw_site(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(match ctx.last_throw_site(args.first()) {
        Some((file, line, column)) => JsArray::from_iter(
            [
                JsValue::from(js_string!(file.as_str())),
                JsValue::from(line),
                JsValue::from(column),
            ],
            ctx,
        )
        .into(),
        None => JsValue::undefined(),
    })
}

fn string_list(items: &[String], ctx: &mut Context) -> JsValue {
    JsArray::from_iter(
        items.iter().map(|s| JsValue::from(js_string!(s.as_str()))),
        ctx,
    )
    .into()
}

/// Builds the binding object handed to `src/js/bootstrap.js`: the native functions and the
/// build's constants. What depends on the process (argv, env, options, pid) is filled in later
/// by [`configure`], so a runtime can be bootstrapped before it knows what it will run.
pub fn create(ctx: &mut Context) -> JsResult<JsObject> {
    let fns: &[(
        &str,
        boa_engine::native_function::NativeFunctionPointer,
        usize,
    )] = &[
        ("write", write, 2),
        ("readFileUtf8", read_file_utf8, 1),
        ("entryKind", entry_kind, 1),
        ("realpath", realpath, 1),
        ("cwd", cwd, 0),
        ("chdir", chdir, 1),
        ("compileFunction", compile_function, 3),
        ("builtinSource", builtin_source, 1),
        ("nativeBinding", native_binding, 1),
        ("hrtime", hrtime, 0),
        ("now", now, 0),
        ("exit", exit, 1),
        ("isTTY", is_tty, 1),
        ("readStdin", read_stdin, 1),
        ("runMicrotasks", run_microtasks, 0),
        ("runFinalizer", run_finalizer, 0),
        ("finalizersPending", finalizers_pending, 0),
        ("takeUnhandled", take_unhandled, 0),
        ("takeHandledLater", take_handled_later, 0),
        ("promiseState", promise_state, 1),
        ("internalType", internal_type, 1),
        ("proxyDetails", proxy_details, 1),
        ("setEsmHooks", set_esm_hooks, 2),
        ("runEsm", run_esm, 2),
        ("clearEsmCache", clear_esm_cache, 0),
        ("addModuleSource", add_module_source, 2),
        ("evalScript", eval_script, 2),
        ("randomBytes", random_fill, 1),
        ("preopens", preopens, 0),
        ("lastThrowSite", last_throw_site, 0),
    ];
    let mut init = ObjectInitializer::new(ctx);
    for (name, f, len) in fns {
        init.function(NativeFunction::from_fn_ptr(*f), js_string!(*name), *len);
    }
    init.property(
        js_string!("version"),
        js_string!(env!("CARGO_PKG_VERSION")),
        Attribute::all(),
    );
    Ok(init.build())
}

/// Puts what this process was started with on the binding (`argv`, `execArgv`, `env`, `pid`
/// and the command-line switches the bootstrap reads).
pub fn configure(ctx: &mut Context, binding: &JsObject, opts: &RunOptions) -> JsResult<()> {
    let argv = string_list(&opts.argv, ctx);
    let exec_argv = string_list(&opts.exec_argv, ctx);
    let env = {
        let mut init = ObjectInitializer::new(ctx);
        for (k, v) in host::env_vars() {
            init.property(js_string!(k), js_string!(v), Attribute::all());
        }
        init.build()
    };
    let preload = string_list(&opts.preload, ctx);
    let node_options = string_list(&crate::cli::env_node_options(), ctx);
    let props: [(&str, JsValue); 10] = [
        ("argv", argv),
        ("execArgv", exec_argv),
        // NODE_OPTIONS' options (`--name=value`), which the bootstrap reads with execArgv's.
        ("nodeOptions", node_options),
        ("env", env.into()),
        ("noWarnings", opts.no_warnings.into()),
        ("noDeprecation", opts.no_deprecation.into()),
        ("checkOnly", opts.check.into()),
        ("inputTypeModule", opts.input_type_module.into()),
        ("preload", preload),
        ("pid", host::pid().into()),
    ];
    for (name, value) in props {
        binding.set(js_string!(name), value, true, ctx)?;
    }
    Ok(())
}
