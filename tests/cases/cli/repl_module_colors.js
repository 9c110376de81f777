// useColors by default follows node's shouldColorize: only terminals, FORCE_COLOR decides over
// the stream (NO_COLOR is set by the harness), results then printed with colours.
const repl = require('repl');
const { PassThrough } = require('stream');
function run(env, terminal) {
  if (env === undefined) delete process.env.FORCE_COLOR;
  else process.env.FORCE_COLOR = env;
  const input = new PassThrough();
  const output = new PassThrough();
  const r = repl.start({ input, output, prompt: '', terminal });
  console.log(JSON.stringify(env), terminal, r.useColors, JSON.stringify(r.writer([1, 'a'])));
  r.close();
}
run(undefined, true);
run('1', true);
run('0', true);
run('1', false);
