// A misplaced super is V8's "'super' keyword unexpected here" (seen through require's SyntaxError).
for (const f of ['./class_ctor.js', './method.js', './plain.js']) {
  try { require(f); } catch (e) { console.log(f, e.name, e.message); }
}
