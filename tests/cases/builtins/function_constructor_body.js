// new Function's body must be one whole function body: a `}` that would close the function
// early is a SyntaxError (nothing after it runs), while bodies with braces, comments, strings
// and trailing line comments compile.
const bodies = [
  '});\nconsole.log("injected");\n(function() {',
  'return 1 }',
  '}',
  'return 1; } {',
  'return { a: 1 }.a',
  'if (true) { return "block" }',
  'return "}"',
  'return 2 // trailing comment',
  '/* } */ return 3',
  '',
  '\n\n',
];
for (const body of bodies) {
  try {
    const f = new Function(body);
    console.log(JSON.stringify(body), 'ok', f());
  } catch (e) {
    console.log(JSON.stringify(body), e.name);
  }
}
try { new Function('a', 'b) { return a; } (function(', 'return 1'); console.log('params ok'); } catch (e) { console.log('params', e.name); }
const AsyncFunction = (async () => {}).constructor;
try { new AsyncFunction('await 1 }'); console.log('async ok'); } catch (e) { console.log('async', e.name); }
console.log(new Function('a', 'b', 'return a + b')(2, 3));
