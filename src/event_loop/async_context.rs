//! The async context behind `AsyncLocalStorage`: one "current frame" value per runtime that
//! follows the program's asynchronous flow.
//!
//! Promise reactions (`then` and `await`) capture the frame when they are registered
//! (HostMakeJobCallback) and restore it while they run (HostCallJobCallback); the JS loop does
//! the same for ticks, timers, immediates and I/O callbacks. Nothing is captured until
//! `async_hooks` is loaded, so programs that don't use it pay nothing.

use boa_engine::{
    job::JobCallback, object::builtins::JsFunction, object::JsObject, Context, JsData, JsResult,
    JsValue,
};
use boa_gc::{Finalize, Trace};
use std::cell::{Cell, RefCell};

/// Per-runtime state, kept in the context's host-defined data.
#[derive(Default)]
pub struct AsyncContext {
    current: RefCell<JsValue>,
    enabled: Cell<bool>,
}

/// The frame a promise reaction captured.
#[derive(Trace, Finalize, JsData)]
struct Frame(JsValue);

/// HostMakeJobCallback: remembers the current frame with the reaction, once enabled.
pub fn make_job_callback(callback: JsFunction, context: &mut Context) -> JobCallback {
    match context.get_data::<AsyncContext>() {
        Some(state) if state.enabled.get() => {
            let frame = state.current.borrow().clone();
            JobCallback::new(callback, Frame(frame))
        }
        _ => JobCallback::new(callback, ()),
    }
}

/// HostCallJobCallback: runs the reaction in the frame it captured. The frame stays current
/// for the rest of the job, which resolves the reaction's derived promise after the handler
/// returns (a thenable result captures the frame there, as in node); [`JobFrameGuard`] puts
/// the previous frame back when the job ends.
pub fn call_job_callback(
    job: &JobCallback,
    this: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    if let Some(Frame(frame)) = job.host_defined().as_any().downcast_ref::<Frame>() {
        swap(context, frame.clone());
    }
    job.callback().call(this, args, context)
}

/// The frame current before a job ran, once async contexts are enabled (see
/// [`call_job_callback`]); [`JobFrameGuard::restore`] sets it again.
pub struct JobFrameGuard(Option<JsValue>);

impl JobFrameGuard {
    pub fn save(context: &Context) -> Self {
        Self(
            context
                .get_data::<AsyncContext>()
                .filter(|s| s.enabled.get())
                .map(|s| s.current.borrow().clone()),
        )
    }

    pub fn restore(self, context: &Context) {
        if let Some(frame) = self.0 {
            swap(context, frame);
        }
    }
}

/// The current frame (undefined until async contexts are enabled).
pub fn current_frame(context: &Context) -> JsValue {
    match context.get_data::<AsyncContext>() {
        Some(state) if state.enabled.get() => state.current.borrow().clone(),
        _ => JsValue::undefined(),
    }
}

/// Sets the current frame and returns the previous one.
fn swap(context: &Context, frame: JsValue) -> JsValue {
    match context.get_data::<AsyncContext>() {
        Some(state) => state.current.replace(frame),
        None => JsValue::undefined(),
    }
}

fn get(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(ctx
        .get_data::<AsyncContext>()
        .map(|s| s.current.borrow().clone())
        .unwrap_or_default())
}

fn set(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    swap(ctx, args.first().cloned().unwrap_or_default());
    Ok(JsValue::undefined())
}

fn enable(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    if let Some(state) = ctx.get_data::<AsyncContext>() {
        state.enabled.set(true);
    }
    Ok(JsValue::undefined())
}

/// `internalBinding('async_context')`: `get()`, `set(frame)`, `enable()`.
pub fn binding(ctx: &mut Context) -> JsObject {
    crate::node::binding_object(
        ctx,
        &[("get", get, 0), ("set", set, 1), ("enable", enable, 0)],
    )
}
