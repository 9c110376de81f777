//! Node's event loop, engine side: the promise-job (microtask) queue that Boa feeds, and the
//! rejection tracker behind `unhandledRejection`.
//!
//! The phases themselves (timers → poll → check → close, nextTick draining) are driven from
//! `Runtime::run` through the JS half in `src/js/loop.js`; this module owns what only the engine
//! can see.

pub mod async_context;

use boa_engine::{
    builtins::promise::{OperationType, PromiseState},
    context::HostHooks,
    job::{Job, JobCallback, JobExecutor},
    object::{
        builtins::{JsFunction, JsPromise},
        JsObject,
    },
    Context, JsResult, JsValue,
};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::future::Future;
use std::rc::Rc;
use std::task::{Context as TaskContext, Poll, Waker};

/// The microtask queue. Promise jobs run in FIFO order whenever the loop drains microtasks.
#[derive(Default)]
pub struct Jobs {
    queue: RefCell<VecDeque<Job>>,
}

impl Jobs {
    /// Sets aside the jobs queued so far: a `require()` of an ES module runs only the jobs of
    /// its own loading, not the program's pending promise reactions (node runs those later).
    pub fn take_pending(&self) -> VecDeque<Job> {
        std::mem::take(&mut *self.queue.borrow_mut())
    }

    /// Puts jobs set aside back, ahead of any queued since.
    pub fn restore_pending(&self, mut saved: VecDeque<Job>) {
        let mut queue = self.queue.borrow_mut();
        saved.extend(queue.drain(..));
        *queue = saved;
    }
}

impl JobExecutor for Jobs {
    fn enqueue_job(self: Rc<Self>, job: Job, _context: &mut Context) {
        self.queue.borrow_mut().push_back(job);
    }

    fn run_jobs(self: Rc<Self>, context: &mut Context) -> JsResult<()> {
        loop {
            let next = self.queue.borrow_mut().pop_front();
            let Some(job) = next else {
                // The microtask checkpoint's ClearKeptObjects: a WeakRef target made or
                // dereferenced during the jobs is only kept alive until they end.
                context.clear_kept_objects();
                return Ok(());
            };
            match job {
                Job::PromiseJob(j) => {
                    let frame = async_context::JobFrameGuard::save(context);
                    let result = j.call(context);
                    frame.restore(context);
                    result?;
                }
                Job::GenericJob(j) => {
                    let frame = async_context::JobFrameGuard::save(context);
                    let result = j.call(context);
                    frame.restore(context);
                    result?;
                }
                Job::AsyncJob(j) => {
                    // Our module loader completes synchronously, so one poll finishes the future.
                    let cell = RefCell::new(&mut *context);
                    let fut = j.call(&cell);
                    let mut fut = std::pin::pin!(fut);
                    let mut cx = TaskContext::from_waker(Waker::noop());
                    for _ in 0..64 {
                        if let Poll::Ready(r) = fut.as_mut().poll(&mut cx) {
                            r?;
                            break;
                        }
                    }
                }
                Job::TimeoutJob(j) => {
                    j.call(context)?;
                }
                _ => {}
            }
        }
    }
}

/// How many reported rejections are remembered for 'rejectionHandled'.
const MAX_REPORTED: usize = 4096;

/// Promises rejected with no handler yet (with the async frame current when each was
/// rejected, which node emits 'unhandledRejection' in), and those handled after being reported.
#[derive(Default)]
pub struct Rejections {
    pub pending: RefCell<Vec<(JsObject, JsValue)>>,
    pub handled_later: RefCell<Vec<JsObject>>,
    pub reported: RefCell<Vec<JsObject>>,
}

/// Host hooks: the local time zone (node/timezone.rs), the rejection tracker
/// (HostPromiseRejectionTracker) and the job callbacks that carry the async context (see
/// `async_context`).
pub struct Hooks;

impl HostHooks for Hooks {
    fn local_timezone_offset_seconds(&self, unix_time_seconds: i64) -> i32 {
        crate::node::timezone::local_offset_seconds(unix_time_seconds)
    }

    fn local_timezone_name(&self, unix_time_seconds: i64) -> Option<boa_engine::JsString> {
        Some(crate::node::timezone::local_name(unix_time_seconds))
    }

    fn make_job_callback(&self, callback: JsFunction, context: &mut Context) -> JobCallback {
        async_context::make_job_callback(callback, context)
    }

    fn call_job_callback(
        &self,
        job: &JobCallback,
        this: &JsValue,
        args: &[JsValue],
        context: &mut Context,
    ) -> JsResult<JsValue> {
        async_context::call_job_callback(job, this, args, context)
    }

    fn promise_rejection_tracker(
        &self,
        promise: &JsObject<boa_engine::builtins::promise::Promise>,
        operation: OperationType,
        context: &mut Context,
    ) {
        let Some(state) = context.get_data::<Rejections>() else {
            return;
        };
        let p = promise.clone().upcast();
        match operation {
            OperationType::Reject => {
                let frame = async_context::current_frame(context);
                state.pending.borrow_mut().push((p, frame));
            }
            OperationType::Handle => {
                let mut pending = state.pending.borrow_mut();
                if let Some(i) = pending.iter().position(|(x, _)| JsObject::equals(x, &p)) {
                    pending.remove(i);
                } else {
                    let mut reported = state.reported.borrow_mut();
                    if let Some(i) = reported.iter().position(|x| JsObject::equals(x, &p)) {
                        reported.remove(i);
                        state.handled_later.borrow_mut().push(p);
                    }
                }
            }
        }
    }
}

/// Takes the promises rejected without a handler since the last call, with their reasons and
/// the async frames they were rejected in.
pub fn take_unhandled(context: &mut Context) -> Vec<(JsObject, JsValue, JsValue)> {
    let Some(state) = context.get_data::<Rejections>() else {
        return Vec::new();
    };
    let pending = std::mem::take(&mut *state.pending.borrow_mut());
    let mut out = Vec::new();
    for (p, frame) in pending {
        let reason = match JsPromise::from_object(p.clone()).map(|jp| jp.state()) {
            Ok(PromiseState::Rejected(v)) => v,
            _ => JsValue::undefined(),
        };
        let mut reported = state.reported.borrow_mut();
        // Kept only to emit 'rejectionHandled' if a handler comes later; node holds them
        // weakly. A bound keeps a program that tolerates many rejections from leaking.
        if reported.len() >= MAX_REPORTED {
            reported.remove(0);
        }
        reported.push(p.clone());
        drop(reported);
        out.push((p, reason, frame));
    }
    out
}

/// Takes the promises whose rejection got a handler after it had been reported.
pub fn take_handled_later(context: &mut Context) -> Vec<JsObject> {
    let Some(state) = context.get_data::<Rejections>() else {
        return Vec::new();
    };
    let v = std::mem::take(&mut *state.handled_later.borrow_mut());
    v
}

/// Runs every queued microtask; then tells whether rejections wait for `take_unhandled` or
/// `take_handled_later` (the loop skips both calls when none does).
pub fn run_microtasks(context: &mut Context) -> JsResult<bool> {
    context.run_jobs()?;
    Ok(context
        .get_data::<Rejections>()
        .is_some_and(|s| !s.pending.borrow().is_empty() || !s.handled_later.borrow().is_empty()))
}
