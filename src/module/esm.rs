//! ECMAScript modules: Boa's `ModuleLoader`, backed by the JS resolver so `import` and
//! `require` agree. CommonJS and built-in modules are exposed to `import` as synthetic modules
//! whose default export is `module.exports`; a CommonJS file's named exports are found in its
//! source (cjs_lexer.rs) and it runs when the graph is evaluated, a built-in's are its own keys.
//! `import.meta` carries `dirname`, `filename`, `resolve` (the same resolver, returning a URL)
//! and `url`.

use boa_engine::{
    js_string,
    module::{
        ImportAttribute, ModuleLoader, Referrer, SyntheticModule, SyntheticModuleInitializer,
    },
    object::{
        builtins::{JsArray, JsPromise},
        FunctionObjectBuilder, JsObject,
    },
    Context, JsArgs, JsError, JsNativeError, JsResult, JsString, JsValue, Module, NativeFunction,
    Source,
};
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// JS functions the loader calls: `resolve(specifier, parentPath, meta, attributes) ->
/// [format, path]` (with `meta` true: the URL string import.meta.resolve returns;
/// `attributes` the import's `with` pairs flattened, key then value) and
/// `loadCommonJS(path) -> exports`. Installed by the bootstrap through the binding.
pub struct EsmHooks {
    pub resolve: JsObject,
    pub load_cjs: JsObject,
}

/// Caches module records by resolved path, so each file is instantiated once.
#[derive(Default)]
pub struct EsmLoader {
    cache: RefCell<HashMap<String, Module>>,
    /// Module sources that are not files: `--input-type=module` code from `-e` or stdin,
    /// by the path it is attributed to (`<cwd>/[eval1]`, `<cwd>/[stdin]`).
    sources: RefCell<HashMap<String, String>>,
    /// The module the last load read from a file (an ES module or JSON) and made a record of:
    /// a dynamic import of it waits as node's asynchronous read of the file does.
    last_read: RefCell<Option<Module>>,
}

fn hooks(context: &Context) -> JsResult<(JsObject, JsObject)> {
    let h = context
        .get_data::<EsmHooks>()
        .ok_or_else(|| JsNativeError::error().with_message("ESM loader is not initialised"))?;
    Ok((h.resolve.clone(), h.load_cjs.clone()))
}

impl EsmLoader {
    /// Forgets the module records loaded so far: the next import of each loads it anew.
    pub fn clear_cache(&self) {
        self.cache.borrow_mut().clear();
    }

    /// Makes `text` the source of the ES module at `path` (the resolver knows the path too).
    pub fn add_source(&self, path: String, text: String) {
        self.sources.borrow_mut().insert(path, text);
    }

    /// Resolves and loads a module for `specifier` imported from `parent` (a path or "").
    pub fn load(&self, specifier: &str, parent: &str, context: &mut Context) -> JsResult<Module> {
        self.load_with_attributes(specifier, parent, &[], context)
    }

    /// [`Self::load`] for an import with attributes (`with { type: 'json' }`), which the
    /// resolver checks against the module's format.
    pub fn load_with_attributes(
        &self,
        specifier: &str,
        parent: &str,
        attributes: &[ImportAttribute],
        context: &mut Context,
    ) -> JsResult<Module> {
        self.last_read.borrow_mut().take();
        let (resolve, load_cjs) = hooks(context)?;
        let attrs = JsArray::from_iter(
            attributes
                .iter()
                .flat_map(|a| [a.key().clone().into(), a.value().clone().into()]),
            context,
        );
        let res = resolve.call(
            &JsValue::undefined(),
            &[
                js_string!(specifier).into(),
                js_string!(parent).into(),
                JsValue::from(false),
                attrs.into(),
            ],
            context,
        )?;
        let res = res
            .as_object()
            .ok_or_else(|| JsNativeError::typ().with_message("bad resolution"))?;
        let format = res
            .get(0, context)?
            .to_string(context)?
            .to_std_string_escaped();
        let path = res
            .get(1, context)?
            .to_string(context)?
            .to_std_string_escaped();
        // A third element true: the module is part of a graph require() loads (checked below).
        let check_tla = res.get(2, context)?.to_boolean();
        let key = format!("{format}:{path}");
        let cached = self.cache.borrow().get(&key).cloned();
        if let Some(m) = cached {
            // A require() reaching a module whose evaluation is under way is a cycle (node
            // refuses it; the engine cannot link a module while it runs).
            if check_tla && m.is_evaluating() {
                return Err(cycle_error(specifier, parent, context));
            }
            return Ok(m);
        }
        let mut read = false;
        let module = match format.as_str() {
            "module" => {
                let given = self.sources.borrow().get(&path).cloned();
                read = given.is_none();
                let bytes = match given {
                    Some(text) => text.into_bytes(),
                    None => crate::host::read_file(&path).map_err(|e| {
                        JsNativeError::error().with_message(format!("Cannot read {path}: {e}"))
                    })?,
                };
                let text = String::from_utf8_lossy(&bytes);
                let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
                let src = super::strip_hashbang(text);
                // (Import assertions are parsed as attributes: node 20 warns that they are.)
                let assertions = super::import_assertions::rewrite(&src);
                let parsed_src = assertions
                    .as_ref()
                    .map_or(src.as_ref(), |(t, _)| t.as_str());
                let parsed = Module::parse(
                    Source::from_bytes(parsed_src.as_bytes()).with_path(Path::new(&path)),
                    None,
                    context,
                );
                if let (Some((_, lines)), Ok(_)) = (&assertions, &parsed) {
                    let lines =
                        JsArray::from_iter(lines.iter().map(|&l| JsValue::from(l as u32)), context);
                    load_cjs.call(
                        &JsValue::undefined(),
                        &[
                            js_string!("assertions").into(),
                            js_string!(path.as_str()).into(),
                            lines.into(),
                        ],
                        context,
                    )?;
                }
                match parsed {
                    // node refuses to require() a graph with top-level await before running it.
                    Ok(_) if check_tla && has_top_level_await(parsed_src, context) => {
                        let err = load_cjs.call(
                            &JsValue::undefined(),
                            &[js_string!("tla").into(), js_string!(path.as_str()).into()],
                            context,
                        )?;
                        return Err(JsError::from_opaque(err));
                    }
                    Ok(m) => m,
                    // A syntax error, reported as node does (file URL, line, caret, V8's words).
                    Err(e) => {
                        let err = e.into_opaque(context)?;
                        let report = load_cjs.call(
                            &JsValue::undefined(),
                            &[
                                js_string!("syntax").into(),
                                js_string!(path.as_str()).into(),
                                err.clone(),
                                js_string!(src.as_ref()).into(),
                            ],
                            context,
                        );
                        return Err(JsError::from_opaque(report.unwrap_or(err)));
                    }
                }
            }
            "commonjs" => {
                // Named exports come from the source (as node's cjs-module-lexer finds them);
                // the module runs when the graph's evaluation reaches it, as in node.
                let mut names = vec![js_string!("default")];
                let mut seen = std::collections::HashSet::new();
                cjs_export_names(&path, &load_cjs, &mut seen, &mut names, 0, context)?;
                deferred_commonjs(names, &path, load_cjs, context)
            }
            _ => {
                read = format == "json" && path.starts_with('/');
                // json, builtin: evaluate through require() and wrap the exports.
                let exports = load_cjs.call(
                    &JsValue::undefined(),
                    &[
                        js_string!(format.as_str()).into(),
                        js_string!(path.as_str()).into(),
                    ],
                    context,
                )?;
                synthetic_from_exports(exports, &format, &path, context)?
            }
        };
        self.cache.borrow_mut().insert(key, module.clone());
        if read {
            *self.last_read.borrow_mut() = Some(module.clone());
        }
        Ok(module)
    }
}

/// How many thread-pool round trips node's read of a module's file takes (fs/promises
/// readFile: open, fstat, read, close): a dynamic import of a file not loaded before settles
/// after as many loop turns' poll phases, as an fs.promises.readFile started with it does.
const MODULE_READ_ROUNDS: u32 = 4;

/// Loads, links and evaluates `module` as Boa's `Module::load_link_evaluate` does (each step a
/// promise job), the evaluation made by a native function named `moduleJobRun`: an error made
/// while the graph first runs (before any top-level await returns) has that frame below its
/// module's, which the bootstrap shows as node's `ModuleJob.run` and the entry point's frames
/// below it. (Code resumed after an await runs from the await's job: no such frame, as in node.)
pub fn load_link_evaluate(module: &Module, context: &mut Context) -> JsResult<JsPromise> {
    let link = NativeFunction::from_copy_closure_with_captures(
        |_, _, m: &Module, ctx| {
            m.link(ctx)?;
            Ok(JsValue::undefined())
        },
        module.clone(),
    );
    let run = NativeFunction::from_copy_closure_with_captures(
        |_, _, m: &Module, ctx| Ok(m.evaluate(ctx)?.into()),
        module.clone(),
    );
    let link = FunctionObjectBuilder::new(context.realm(), link).build();
    let run = FunctionObjectBuilder::new(context.realm(), run)
        .name(js_string!("moduleJobRun"))
        .build();
    module
        .load(context)
        .then(Some(link), None, context)?
        .then(Some(run), None, context)
}

/// node's ERR_REQUIRE_CYCLE_MODULE for a require() that reaches an ES module being evaluated:
/// `specifier` imported from `parent`, or (`parent` empty) the module the require() names.
/// The JS loader words it.
pub fn cycle_error(specifier: &str, parent: &str, context: &mut Context) -> JsError {
    let made = hooks(context).and_then(|(_, load_cjs)| {
        load_cjs.call(
            &JsValue::undefined(),
            &[
                js_string!("cycle").into(),
                js_string!(specifier).into(),
                js_string!(parent).into(),
            ],
            context,
        )
    });
    match made {
        Ok(err) => JsError::from_opaque(err),
        Err(e) => e,
    }
}

/// Whether an ES module's source uses top-level await (its [[HasTLA]], which Boa keeps to
/// itself): parsed again, so only for modules a require() loads and that mention `await`.
fn has_top_level_await(src: &str, context: &mut Context) -> bool {
    use boa_engine::ast::operations::{contains, ContainsSymbol};
    if !src.contains("await") {
        return false;
    }
    let scope = boa_engine::ast::scope::Scope::new_global();
    let mut parser = boa_engine::parser::Parser::new(Source::from_bytes(src.as_bytes()));
    parser
        .parse_module(&scope, context.interner_mut())
        .is_ok_and(|m| contains(&m, ContainsSymbol::AwaitExpression))
}

/// How deep `module.exports = require(...)` chains are followed for names.
const MAX_REEXPORT_DEPTH: usize = 8;

/// Adds the export names of the CommonJS file at `path` (and of what it re-exports) to `names`.
fn cjs_export_names(
    path: &str,
    load_cjs: &JsObject,
    seen: &mut std::collections::HashSet<String>,
    names: &mut Vec<JsString>,
    depth: usize,
    context: &mut Context,
) -> JsResult<()> {
    if depth > MAX_REEXPORT_DEPTH || !seen.insert(path.to_string()) {
        return Ok(());
    }
    // An unreadable file is reported when it runs (by require), not here.
    let Ok(bytes) = crate::host::read_file(path) else {
        return Ok(());
    };
    let found = super::cjs_lexer::analyze(&String::from_utf8_lossy(&bytes));
    let add = |name: &str, names: &mut Vec<JsString>| {
        if name != "default" && !names.iter().any(|n| n.to_std_string_escaped() == name) {
            names.push(js_string!(name));
        }
    };
    for name in &found.names {
        add(name, names);
    }
    for spec in &found.reexports {
        let r = load_cjs.call(
            &JsValue::undefined(),
            &[
                js_string!("reexport").into(),
                js_string!(path).into(),
                js_string!(spec.as_str()).into(),
            ],
            context,
        )?;
        let Some(r) = r.as_object() else { continue };
        let kind = r
            .get(0, context)?
            .to_string(context)?
            .to_std_string_escaped();
        let value = r.get(1, context)?;
        if kind == "file" {
            let file = value.to_string(context)?.to_std_string_escaped();
            cjs_export_names(&file, load_cjs, seen, names, depth + 1, context)?;
        }
    }
    Ok(())
}

/// A synthetic module for a CommonJS file that runs it (through require, so it runs once and
/// shares require's cache) when evaluated, then exports `module.exports` as default and the
/// named exports read from it.
fn deferred_commonjs(
    names: Vec<JsString>,
    path: &str,
    load_cjs: JsObject,
    context: &mut Context,
) -> Module {
    let captures = (names.clone(), load_cjs, js_string!(path));
    Module::synthetic(
        &names,
        SyntheticModuleInitializer::from_copy_closure_with_captures(
            |m, (names, load_cjs, path): &(Vec<JsString>, JsObject, JsString), ctx| {
                let exports = load_cjs.call(
                    &JsValue::undefined(),
                    &[js_string!("commonjs").into(), path.clone().into()],
                    ctx,
                )?;
                set_exports(m, names, &exports, ctx)
            },
            captures,
        ),
        Some(PathBuf::from(path)),
        None,
        context,
    )
}

/// Sets a synthetic module's exports from `exports` (a `module.exports`): `default` is the
/// value itself, each other name is read from it.
fn set_exports(
    m: &SyntheticModule,
    names: &[JsString],
    exports: &JsValue,
    ctx: &mut Context,
) -> JsResult<()> {
    for name in names {
        let v = if name.to_std_string_escaped() == "default" {
            exports.clone()
        } else if let Some(o) = exports.as_object() {
            o.get(name.clone(), ctx)?
        } else {
            JsValue::undefined()
        };
        m.set_export(name, v)?;
    }
    Ok(())
}

/// The namespace of a built-in (or JSON) module: `default` plus, for a built-in, its exports'
/// own enumerable string keys that are valid identifiers (node's `ObjectKeys(exports)`: a
/// function's `length`/`name`/`prototype` and hidden members are not exports).
fn synthetic_from_exports(
    exports: JsValue,
    format: &str,
    path: &str,
    context: &mut Context,
) -> JsResult<Module> {
    let mut names: Vec<JsString> = vec![js_string!("default")];
    if format != "json" && exports.is_object() {
        let object = context.intrinsics().constructors().object().constructor();
        let keys = object.get(js_string!("keys"), context)?;
        let keys = match keys.as_callable() {
            Some(f) => f.call(
                &object.clone().into(),
                std::slice::from_ref(&exports),
                context,
            )?,
            None => JsValue::undefined(),
        };
        if let Some(keys) = keys.as_object() {
            let len = keys
                .get(js_string!("length"), context)?
                .to_length(context)?;
            for i in 0..len {
                let key = keys.get(i, context)?;
                if let Some(s) = key.as_string() {
                    let k = s.to_std_string_escaped();
                    if k != "default" && is_identifier(&k) {
                        names.push(s.clone());
                    }
                }
            }
        }
    }
    let captures = (exports, names.clone());
    Ok(Module::synthetic(
        &names,
        SyntheticModuleInitializer::from_copy_closure_with_captures(
            |m, (exports, names): &(JsValue, Vec<JsString>), ctx| {
                set_exports(m, names, exports, ctx)
            },
            captures,
        ),
        // A JSON module's path is marked so a missing named export reads as node words it for
        // JSON (the engine words it for CommonJS when a synthetic module's path is absolute).
        Some(PathBuf::from(if format == "json" {
            format!("json:{path}")
        } else {
            path.to_string()
        })),
        None,
        context,
    ))
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_alphabetic() || c == '_' || c == '$' => {}
        _ => return false,
    }
    chars.all(|c| c.is_alphanumeric() || c == '_' || c == '$')
}

impl ModuleLoader for EsmLoader {
    async fn load_imported_module(
        self: Rc<Self>,
        referrer: Referrer,
        request: boa_engine::module::ModuleRequest,
        context: &RefCell<&mut Context>,
    ) -> JsResult<Module> {
        let parent = referrer
            .path()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        let spec = request.specifier().to_std_string_escaped();
        let mut ctx = context.borrow_mut();
        self.load_with_attributes(&spec, &parent, request.attributes(), &mut ctx)
    }

    /// A dynamic import of a module just read from its file goes on once the loop delivers
    /// the read as node's thread pool would (the JS loader queues the completion); one of a
    /// module loaded before, a built-in, CommonJS or a `data:` URL goes on at once, as in node.
    fn dynamic_import_ready(
        self: Rc<Self>,
        module: &Module,
        context: &mut Context,
    ) -> Option<JsPromise> {
        let read = self.last_read.borrow_mut().take();
        if read.as_ref() != Some(module) {
            return None;
        }
        let (_, load_cjs) = hooks(context).ok()?;
        let (promise, resolvers) = JsPromise::new_pending(context);
        load_cjs
            .call(
                &JsValue::undefined(),
                &[
                    js_string!("ioWait").into(),
                    resolvers.resolve.into(),
                    JsValue::from(MODULE_READ_ROUNDS),
                ],
                context,
            )
            .ok()?;
        Some(promise)
    }

    fn init_import_meta(
        self: Rc<Self>,
        import_meta: &JsObject,
        module: &Module,
        context: &mut Context,
    ) {
        let Some(full) = module.path().map(|p| p.to_string_lossy().into_owned()) else {
            return;
        };
        // A module imported with a query or fragment is `<path>\0<suffix>` (cjs_loader.js).
        let (path, suffix) = match full.split_once('\0') {
            Some((p, s)) => (p.to_string(), s.to_string()),
            None => (full.clone(), String::new()),
        };
        let dir = match path.rfind('/') {
            Some(0) => "/".to_string(),
            Some(i) => path[..i].to_string(),
            None => ".".to_string(),
        };
        // `--input-type=module` code is `<cwd>/[eval1]`, a URL node makes by URL parsing, which
        // leaves the brackets as they are.
        let url = match path.strip_suffix("/[eval1]") {
            Some(dir) => format!("file://{}/[eval1]", percent_encode_path(dir)),
            None => format!("file://{}{suffix}", percent_encode_path(&path)),
        };
        let resolve = FunctionObjectBuilder::new(
            context.realm(),
            NativeFunction::from_copy_closure_with_captures(
                |_, args, parent: &JsString, ctx| {
                    let (resolve, _) = hooks(ctx)?;
                    resolve.call(
                        &JsValue::undefined(),
                        &[
                            args.get_or_undefined(0).clone(),
                            parent.clone().into(),
                            JsValue::from(true),
                        ],
                        ctx,
                    )
                },
                js_string!(path.as_str()),
            ),
        )
        .name(js_string!("resolve"))
        .length(1)
        .build();
        // node's order: dirname, filename, resolve, url; a `data:` module has no file.
        if path.starts_with("data:") {
            let _ = import_meta.set(js_string!("resolve"), resolve, false, context);
            let _ = import_meta.set(js_string!("url"), js_string!(path), false, context);
            return;
        }
        let _ = import_meta.set(js_string!("dirname"), js_string!(dir), false, context);
        let _ = import_meta.set(js_string!("filename"), js_string!(path), false, context);
        let _ = import_meta.set(js_string!("resolve"), resolve, false, context);
        let _ = import_meta.set(js_string!("url"), js_string!(url), false, context);
    }
}

/// Percent-encodes the characters a file URL path may not contain.
pub fn percent_encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        match b {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'/'
            | b'-'
            | b'_'
            | b'.'
            | b'!'
            | b'$'
            | b'&'
            | b'\''
            | b'('
            | b')'
            | b'*'
            | b'+'
            | b','
            | b';'
            | b'='
            | b':'
            | b'@' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_spaces_and_percent() {
        assert_eq!(percent_encode_path("/a b/%.js"), "/a%20b/%25.js");
        assert_eq!(percent_encode_path("/x/y.mjs"), "/x/y.mjs");
    }

    #[test]
    fn identifiers() {
        assert!(is_identifier("foo$1"));
        assert!(!is_identifier("1a"));
        assert!(!is_identifier("a-b"));
    }
}
