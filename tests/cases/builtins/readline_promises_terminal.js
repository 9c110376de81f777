// readline/promises on a fake terminal: question output and answer, an AbortSignal cancelling a
// question (the line cleared), Ctrl-C and Ctrl-D rejecting a pending question, question after
// close, and the Readline class (queued cursor actions, autoCommit, validation).
const { PassThrough, Writable } = require('stream');
const { Interface, Readline, createInterface } = require('readline/promises');

function term() {
  const rec = { out: '' };
  const output = new Writable({ write(c, e, cb) { rec.out += c; cb(); } });
  output.isTTY = true;
  output.columns = 40;
  const input = new PassThrough();
  return { input, output, rec };
}

(async () => {
  {
    const { input, output, rec } = term();
    const rl = createInterface({ input, output });
    console.log(rl instanceof Interface, rl.terminal, typeof rl.question, rl.question.length);
    const p = rl.question('Name? ');
    input.write('Zoë\r');
    console.log('answer', JSON.stringify(await p), JSON.stringify(rec.out));
    rec.out = '';
    const ac = new AbortController();
    const q = rl.question('Age? ', { signal: ac.signal });
    input.write('12');
    ac.abort('changed my mind');
    await q.catch((e) => console.log('abort', e.name, e.code, e.message, e.cause));
    console.log(JSON.stringify(rec.out), JSON.stringify(rl.line), JSON.stringify(rl.getPrompt()));
    await rl.question('x', { signal: AbortSignal.abort() }).catch((e) => console.log('pre-aborted', e.name));
    rec.out = '';
    const c = rl.question('Ctrl-C? ');
    input.write('abc\x03');
    await c.catch((e) => console.log('ctrl-c', e.name, e.code, e.message));
    console.log('closed', rl.closed, JSON.stringify(rec.out));
    await rl.question('again?').catch((e) => console.log('after close', e.code, e.message));
  }
  {
    const { input, output } = term();
    const rl = createInterface({ input, output });
    rl.on('SIGINT', () => console.log('SIGINT listener, no rejection'));
    const p = rl.question('q? ');
    input.write('\x03');
    input.write('ok\n');
    console.log('answered', await p);
    const d = rl.question('Ctrl-D? ');
    input.write('\x04');
    await d.catch((e) => console.log('ctrl-d', e.name, e.message));
  }
  {
    const { output, rec } = term();
    const r = new Readline(output);
    console.log(r.cursorTo(1) === r, JSON.stringify(rec.out));
    r.cursorTo(2, 3).moveCursor(-1, 1).moveCursor(0, 0).clearLine(1).clearLine(-1).clearLine(0).clearScreenDown();
    await r.commit();
    console.log(JSON.stringify(rec.out));
    r.cursorTo(5).rollback();
    await r.commit();
    console.log(JSON.stringify(rec.out));
    for (const f of [() => r.cursorTo('1'), () => r.cursorTo(1, 1.5), () => r.moveCursor(1, 'x'), () => r.clearLine(2), () => new Readline({}), () => new Readline(output, { autoCommit: 1 })]) {
      try { f(); console.log('no error'); } catch (e) { console.log(e.code, e.message); }
    }
    const auto = new Readline(output, { autoCommit: true });
    rec.out = '';
    auto.cursorTo(0, 0);
    console.log('before tick', JSON.stringify(rec.out));
    await new Promise((res) => process.nextTick(res));
    console.log('after tick', JSON.stringify(rec.out));
  }
})();
