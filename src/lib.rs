//! rjs: a Node.js-compatible runtime on the Boa engine.
//!
//! `Runtime` builds a Boa context, installs the native binding and the JS bootstrap, runs the
//! main script and then drives Node's event loop until nothing ref'ed is left.

pub mod binding;
pub mod cli;
pub mod event_loop;
pub mod host;
pub mod module;
pub mod node;
#[cfg(target_os = "wasi")]
pub mod oom;
#[cfg(target_os = "wasi")]
pub mod snapshot;
#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
pub mod web;

use boa_engine::{
    context::ContextBuilder,
    js_string,
    object::{builtins::JsArray, JsObject},
    Context, JsError, JsNativeError, JsResult, JsValue, Source,
};
use std::rc::Rc;

/// What the command line asked to run.
#[derive(Debug, Clone)]
pub enum MainKind {
    /// A script file (path as given on the command line).
    File(String),
    /// `-e CODE`
    Eval(String),
    /// `-p CODE`
    Print(String),
    /// Script read from stdin (`-` or a pipe).
    Stdin(String),
    /// Interactive read-eval-print loop.
    Repl,
}

/// Options the CLI passes to the runtime.
#[derive(Debug, Clone)]
pub struct RunOptions {
    pub main: MainKind,
    /// `process.argv` (argv[0] is the exec path, argv[1] the script when there is one).
    pub argv: Vec<String>,
    pub exec_argv: Vec<String>,
    pub no_warnings: bool,
    pub no_deprecation: bool,
    /// `-c`: only check the syntax of the main script.
    pub check: bool,
    /// `--input-type=module`: `-e`/stdin code is an ES module.
    pub input_type_module: bool,
    /// `-r` modules loaded before the main script.
    pub preload: Vec<String>,
}

/// One JavaScript runtime instance.
pub struct Runtime {
    ctx: Context,
    internals: JsObject,
    binding: JsObject,
}

const BOOTSTRAP: &str = include_str!("js/bootstrap.js");

impl Runtime {
    /// Builds the context and evaluates the bootstrap for `opts`.
    pub fn new(opts: &RunOptions) -> JsResult<Self> {
        let mut rt = Self::bootstrapped()?;
        rt.configure(opts)?;
        Ok(rt)
    }

    /// Builds the context and evaluates the bootstrap: everything that does not depend on the
    /// process's arguments, environment or clocks, so it can run ahead of time (the WASI build
    /// snapshots this state, the browser worker prepares it before Run). `configure` must follow
    /// before anything runs.
    pub fn bootstrapped() -> JsResult<Self> {
        let jobs = Rc::new(event_loop::Jobs::default());
        let hooks = Rc::new(event_loop::Hooks);
        let loader = Rc::new(module::esm::EsmLoader::default());
        let mut ctx = ContextBuilder::new()
            .job_executor(jobs)
            .host_hooks(hooks)
            .module_loader(loader)
            .build()?;
        ctx.insert_data(event_loop::Rejections::default());
        ctx.insert_data(event_loop::async_context::AsyncContext::default());
        {
            let limits = ctx.runtime_limits_mut();
            limits.set_recursion_limit(10_000);
            limits.set_stack_size_limit(1024 * 1024);
        }
        let binding = binding::create(&mut ctx)?;
        let src = format!("(function (binding) {{ {BOOTSTRAP}\n}})");
        let f = ctx.eval(
            Source::from_bytes(&src).with_path(std::path::Path::new("node:internal/bootstrap")),
        )?;
        let f = f
            .as_callable()
            .ok_or_else(|| JsNativeError::typ().with_message("bootstrap is not a function"))?;
        let internals = f.call(&JsValue::undefined(), &[binding.clone().into()], &mut ctx)?;
        let internals = internals
            .as_object()
            .ok_or_else(|| JsNativeError::typ().with_message("bootstrap returned no object"))?;
        Ok(Self {
            ctx,
            internals,
            binding,
        })
    }

    /// Loads the named built-in modules now (their first `require` is then free).
    pub fn warm(&mut self, names: &[&str]) -> JsResult<()> {
        let list = JsArray::from_iter(
            names.iter().map(|n| JsValue::from(js_string!(*n))),
            &mut self.ctx,
        );
        self.call_internal("warm", &[list.into()])?;
        // The parser's interned identifiers and literals: compiled code holds its own strings,
        // so nothing loaded so far refers to them (ES modules would; none is loaded here), and
        // a snapshot need not carry them.
        *self.ctx.interner_mut() = boa_engine::interner::Interner::default();
        Ok(())
    }

    /// Tells a bootstrapped runtime what this process was started with: argv, environment,
    /// options, pid; `process`'s clocks start now.
    pub fn configure(&mut self, opts: &RunOptions) -> JsResult<()> {
        binding::configure(&mut self.ctx, &self.binding, opts)?;
        self.call_internal("configure", &[])?;
        Ok(())
    }

    fn call_internal(&mut self, name: &str, args: &[JsValue]) -> JsResult<JsValue> {
        let f = self.internals.get(js_string!(name), &mut self.ctx)?;
        let f = f.as_callable().ok_or_else(|| {
            JsNativeError::typ().with_message(format!("internal {name} is not a function"))
        })?;
        f.call(&JsValue::undefined(), args, &mut self.ctx)
    }

    /// Turns any error (including uncatchable engine errors) into a JS value for reporting.
    fn error_value(&mut self, err: JsError) -> JsValue {
        match err.into_opaque(&mut self.ctx) {
            Ok(v) => v,
            // Engine errors (runtime limits) are not catchable in Boa; node reports a RangeError.
            Err(_) => JsNativeError::range()
                .with_message("Maximum call stack size exceeded")
                .into_opaque(&mut self.ctx)
                .into(),
        }
    }

    /// Hands an error that escaped JS to `process`'s uncaught-exception machinery, which either
    /// runs the `uncaughtException` listeners or prints node's report and exits.
    fn report(&mut self, err: JsError) {
        let value = self.error_value(err);
        if let Err(e) = self.call_internal("fatal", &[value]) {
            // The handler itself failed (e.g. an uncaughtException listener threw): node exits 7.
            let msg = e.to_string();
            host::write_fd(2, format!("{msg}\n").as_bytes());
            host::exit(7);
        }
    }

    /// Runs the main script and the microtasks/nextTicks it queued.
    pub fn start(&mut self, main: &MainKind) {
        let (kind, arg) = match main {
            MainKind::File(p) => ("file", p.clone()),
            MainKind::Eval(c) => ("eval", c.clone()),
            MainKind::Print(c) => ("print", c.clone()),
            MainKind::Stdin(c) => ("stdin", c.clone()),
            MainKind::Repl => ("repl", String::new()),
        };
        let args = [js_string!(kind).into(), js_string!(arg).into()];
        if let Err(e) = self.call_internal("runMain", &args) {
            self.report(e);
        }
        self.drain_ticks();
    }

    /// Runs the main script, the event loop, and the exit event; returns the exit code.
    pub fn run(&mut self, main: &MainKind) -> i32 {
        self.start(main);
        loop {
            match self.call_internal("turn", &[]) {
                Ok(v) => {
                    let wait = v.as_number().unwrap_or(-1.0);
                    if wait < 0.0 {
                        break;
                    }
                    host::sleep_ms(wait);
                }
                Err(e) => {
                    self.report(e);
                    self.drain_ticks();
                }
            }
        }
        match self.call_internal("exit", &[]) {
            Ok(v) => v.as_number().map(|n| n as i32).unwrap_or(0),
            Err(e) => {
                self.report(e);
                1
            }
        }
    }

    /// Runs nextTicks and microtasks until both queues are empty or one throws; a throw is
    /// reported and, as in node, what is left waits for the loop's next callback.
    fn drain_ticks(&mut self) {
        if let Err(e) = self.call_internal("drainTicks", &[]) {
            self.report(e);
        }
    }
}

/// Entry used by the CLI: builds a runtime and runs it; returns the process exit code.
pub fn run(opts: RunOptions) -> i32 {
    host::init_cwd();
    #[cfg(target_os = "wasi")]
    let prepared = snapshot::take_prepared();
    #[cfg(not(target_os = "wasi"))]
    let prepared: Option<Runtime> = None;
    let started = match prepared {
        Some(mut rt) => rt.configure(&opts).map(|_| rt),
        None => Runtime::new(&opts),
    };
    let mut rt = match started {
        Ok(rt) => rt,
        Err(e) => {
            host::write_fd(2, format!("rjs: failed to start: {e}\n").as_bytes());
            return 70;
        }
    };
    let code = rt.run(&opts.main);
    // The process exits next: tearing the heap down would only touch every page of it again
    // (about 6 MB more resident memory and some milliseconds for hello.js).
    std::mem::forget(rt);
    code
}
