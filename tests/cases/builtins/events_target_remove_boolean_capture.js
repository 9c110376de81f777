// removeEventListener reads only an options object in node 20: a boolean true removes the non-capture
// listener (addEventListener does take a boolean useCapture).
for (const [c1, c2] of [[{ capture: true }, { capture: false }], [true, false], [{ capture: true }, false], [true, { capture: false }]]) {
  const target = new EventTarget();
  let n = 0;
  const a = () => n++;
  target.addEventListener('foo', a, c1);
  target.addEventListener('foo', a, c2);
  target.dispatchEvent(new Event('foo'));
  const r = [n];
  target.removeEventListener('foo', a, c1);
  target.dispatchEvent(new Event('foo'));
  r.push(n);
  target.removeEventListener('foo', a, c2);
  target.dispatchEvent(new Event('foo'));
  r.push(n);
  console.log(JSON.stringify([c1, c2]), r);
}
