// Early errors of ES modules (duplicate exports, an export clause naming nothing declared,
// `super` and `new.target` at the top level, two default exports): node's SyntaxError texts.
for (const f of ['dup_export', 'missing_binding', 'top_super', 'top_new_target', 'dup_alias', 'two_defaults', 'two_default_decls']) {
  try {
    await import(`./${f}.mjs`);
    console.log(f, 'loaded');
  } catch (e) {
    console.log(f, e.name, e.message);
    console.log(e.stack.split('\n').slice(1, 3).join('\n'));
  }
}
