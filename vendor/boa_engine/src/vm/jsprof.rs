//! rjs: a sampling profiler of JS functions, for finding where interpreted time goes
//! (feature `jsprof`, native builds only; never in a shipped build).
//!
//! With `RJS_JSPROF=<file>` set, a thread raises a flag every millisecond; the interpreter loop
//! sees it at the next instruction and records the running function ("self"), its source line,
//! and every function on the VM's frame stack ("inclusive"). Time spent in native code is
//! credited to the JS instruction that follows it, i.e. to its caller. The report is rewritten
//! to the file every two seconds: the hottest functions by self and inclusive samples.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, Once};
use std::time::Duration;

use super::source_info::SourcePath;
use crate::Context;

/// Raised by the timer thread; cleared by the sample that consumes it.
pub(crate) static TICK: AtomicBool = AtomicBool::new(false);

#[derive(Default)]
struct Profile {
    total: u64,
    by_self: HashMap<String, u64>,
    by_line: HashMap<String, u64>,
    inclusive: HashMap<String, u64>,
}

static PROFILE: Mutex<Option<Profile>> = Mutex::new(None);
static START: Once = Once::new();

/// Starts the timer thread once, when `RJS_JSPROF` names a report file.
pub(crate) fn start() {
    START.call_once(|| {
        let Some(path) = std::env::var_os("RJS_JSPROF") else {
            return;
        };
        if let Ok(mut p) = PROFILE.lock() {
            *p = Some(Profile::default());
        }
        std::thread::spawn(move || {
            let mut n = 0u32;
            loop {
                std::thread::sleep(Duration::from_millis(1));
                TICK.store(true, Ordering::Relaxed);
                n += 1;
                if n % 2000 == 0 {
                    // A failed write only loses this report; the next one tries again.
                    drop(std::fs::write(&path, report()));
                }
            }
        });
    });
}

fn location(path: &SourcePath) -> String {
    match path {
        SourcePath::Path(p) => p.display().to_string(),
        SourcePath::Eval => "eval".into(),
        SourcePath::Json => "json".into(),
        SourcePath::None => "?".into(),
    }
}

/// Records one sample of the running frames.
pub(crate) fn sample(context: &Context) {
    TICK.store(false, Ordering::Relaxed);
    let Ok(mut guard) = PROFILE.lock() else {
        return;
    };
    let Some(profile) = guard.as_mut() else {
        return;
    };
    profile.total += 1;
    let frames = &context.vm.frames;
    let mut seen: Vec<String> = Vec::new();
    for (i, frame) in frames.iter().enumerate().rev() {
        let cb = &frame.code_block;
        let map = cb.source_info().map();
        let first = map
            .entries()
            .iter()
            .find_map(|e| e.position())
            .map_or(0, |p| p.line_number());
        let key = format!(
            "{} ({}:{})",
            cb.name().to_std_string_escaped(),
            location(map.path()),
            first
        );
        if i + 1 == frames.len() {
            let line = map
                .find(frame.pc.saturating_sub(1))
                .map_or(0, |p| p.line_number());
            *profile
                .by_line
                .entry(format!("{}:{line}", location(map.path())))
                .or_default() += 1;
            *profile.by_self.entry(key.clone()).or_default() += 1;
        }
        if !seen.contains(&key) {
            *profile.inclusive.entry(key.clone()).or_default() += 1;
            seen.push(key);
        }
    }
}

fn top(map: &HashMap<String, u64>, total: u64, n: usize, out: &mut String) {
    let mut rows: Vec<_> = map.iter().collect();
    rows.sort_by(|a, b| b.1.cmp(a.1));
    for (k, v) in rows.into_iter().take(n) {
        let _ = writeln!(
            out,
            "{v:8} {:5.1}%  {k}",
            *v as f64 * 100.0 / total.max(1) as f64
        );
    }
}

fn report() -> String {
    let Ok(guard) = PROFILE.lock() else {
        return String::new();
    };
    let Some(p) = guard.as_ref() else {
        return String::new();
    };
    let mut out = format!("samples (1 ms): {}\n\n## self\n", p.total);
    top(&p.by_self, p.total, 60, &mut out);
    out.push_str("\n## lines\n");
    top(&p.by_line, p.total, 60, &mut out);
    out.push_str("\n## inclusive\n");
    top(&p.inclusive, p.total, 80, &mut out);
    out
}
