//! ECMAScript modules: Boa's `ModuleLoader`, backed by the JS resolver so `import` and
//! `require` agree. CommonJS and built-in modules are exposed to `import` as synthetic modules
//! whose default export is `module.exports` and whose named exports are its own keys.
//! `import.meta` carries `dirname`, `filename`, `resolve` (the same resolver, returning a URL)
//! and `url`.

use boa_engine::{
    js_string,
    module::{ModuleLoader, Referrer, SyntheticModuleInitializer},
    object::{FunctionObjectBuilder, JsObject},
    Context, JsArgs, JsNativeError, JsResult, JsString, JsValue, Module, NativeFunction, Source,
};
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// JS functions the loader calls: `resolve(specifier, parentPath) -> [format, path]` (with a
/// third argument `true`: the URL string import.meta.resolve returns) and
/// `loadCommonJS(path) -> exports`. Installed by the bootstrap through the binding.
pub struct EsmHooks {
    pub resolve: JsObject,
    pub load_cjs: JsObject,
}

/// Caches module records by resolved path, so each file is instantiated once.
#[derive(Default)]
pub struct EsmLoader {
    cache: RefCell<HashMap<String, Module>>,
}

fn hooks(context: &Context) -> JsResult<(JsObject, JsObject)> {
    let h = context
        .get_data::<EsmHooks>()
        .ok_or_else(|| JsNativeError::error().with_message("ESM loader is not initialised"))?;
    Ok((h.resolve.clone(), h.load_cjs.clone()))
}

impl EsmLoader {
    /// Resolves and loads a module for `specifier` imported from `parent` (a path or "").
    pub fn load(&self, specifier: &str, parent: &str, context: &mut Context) -> JsResult<Module> {
        let (resolve, load_cjs) = hooks(context)?;
        let res = resolve.call(
            &JsValue::undefined(),
            &[js_string!(specifier).into(), js_string!(parent).into()],
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
        let key = format!("{format}:{path}");
        if let Some(m) = self.cache.borrow().get(&key) {
            return Ok(m.clone());
        }
        let module = match format.as_str() {
            "module" => {
                let bytes = crate::host::read_file(&path).map_err(|e| {
                    JsNativeError::error().with_message(format!("Cannot read {path}: {e}"))
                })?;
                let text = String::from_utf8_lossy(&bytes);
                let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
                let src = super::strip_hashbang(text);
                Module::parse(
                    Source::from_bytes(src.as_bytes()).with_path(Path::new(&path)),
                    None,
                    context,
                )?
            }
            _ => {
                // commonjs, json, builtin: evaluate through require() and wrap the exports.
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
        Ok(module)
    }
}

/// Names exported by a CommonJS module: `default` plus its own enumerable keys that are
/// valid identifiers (as node's cjs-module-lexer would detect).
fn synthetic_from_exports(
    exports: JsValue,
    format: &str,
    path: &str,
    context: &mut Context,
) -> JsResult<Module> {
    let mut names: Vec<JsString> = vec![js_string!("default")];
    if format != "json" {
        if let Some(obj) = exports.as_object() {
            for key in obj.own_property_keys(context)? {
                if let boa_engine::property::PropertyKey::String(s) = key {
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
            },
            captures,
        ),
        Some(PathBuf::from(path)),
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
        self.load(&spec, &parent, &mut ctx)
    }

    fn init_import_meta(
        self: Rc<Self>,
        import_meta: &JsObject,
        module: &Module,
        context: &mut Context,
    ) {
        let Some(path) = module.path().map(|p| p.to_string_lossy().into_owned()) else {
            return;
        };
        let dir = match path.rfind('/') {
            Some(0) => "/".to_string(),
            Some(i) => path[..i].to_string(),
            None => ".".to_string(),
        };
        let url = format!("file://{}", percent_encode_path(&path));
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
        // node's order: dirname, filename, resolve, url.
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
            | b'~'
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
