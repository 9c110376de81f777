//! rjs: one [`JsString`] per distinct identifier and call-site text within a compilation.
//!
//! Every function the compiler emits keeps its own names (property keys, binding names,
//! string constants) and V8 call-site texts, and each used to be a fresh heap string:
//! `this`, `callback`, `state.length` were allocated once per function that mentions them,
//! about a fifth of the heap a loaded module keeps. While a compilation runs (from the
//! outermost [`ByteCompiler`](super::ByteCompiler) to its last nested function) equal names
//! share one string.
//!
//! A session is valid only while one interner is in use: compilers nest strictly (a nested
//! function's compiler is created and dropped inside its parent's lifetime, with the parent's
//! interner), and the maps are dropped when the outermost compiler is.

use std::cell::RefCell;

use boa_interner::Sym;
use boa_string::JsString;
use rustc_hash::FxHashMap;

#[derive(Default)]
struct Session {
    depth: u32,
    syms: FxHashMap<Sym, JsString>,
    texts: FxHashMap<Box<str>, JsString>,
}

thread_local! {
    static SESSION: RefCell<Session> = RefCell::default();
}

/// Held by each compiler: the first one opens the session, the last one dropped closes it.
#[derive(Debug)]
pub(crate) struct CompileSession(());

impl CompileSession {
    pub(crate) fn enter() -> Self {
        let _ = SESSION.try_with(|s| s.borrow_mut().depth += 1);
        Self(())
    }
}

impl Drop for CompileSession {
    fn drop(&mut self) {
        let _ = SESSION.try_with(|s| {
            let mut s = s.borrow_mut();
            s.depth = s.depth.saturating_sub(1);
            if s.depth == 0 {
                // Free the maps (not just empty them): their tables would stay in the heap.
                s.syms = FxHashMap::default();
                s.texts = FxHashMap::default();
            }
        });
    }
}

/// The session's string for `sym`, made by `make` the first time (every time outside one).
pub(crate) fn sym_string(sym: Sym, make: impl FnOnce() -> JsString) -> JsString {
    // None: no session; Some(None): a session that has not seen `sym` yet.
    let cached = SESSION
        .try_with(|s| {
            let s = s.borrow();
            (s.depth > 0).then(|| s.syms.get(&sym).cloned())
        })
        .ok()
        .flatten();
    match cached {
        Some(Some(js)) => js,
        Some(None) => {
            let js = make();
            let _ = SESSION.try_with(|s| {
                s.borrow_mut().syms.insert(sym, js.clone());
            });
            js
        }
        None => make(),
    }
}

/// The session's string for a call-site text.
pub(crate) fn text_string(text: &str) -> JsString {
    let shared = SESSION.try_with(|s| {
        let mut s = s.borrow_mut();
        if s.depth == 0 {
            return None;
        }
        if let Some(js) = s.texts.get(text) {
            return Some(js.clone());
        }
        let js = JsString::from(text);
        s.texts.insert(text.into(), js.clone());
        Some(js)
    });
    shared
        .ok()
        .flatten()
        .unwrap_or_else(|| JsString::from(text))
}
