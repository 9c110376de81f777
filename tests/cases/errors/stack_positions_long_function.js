// Stack positions (line:column) from throws and `new Error` at many points of one long
// function, so each lookup goes through a long bytecode-to-source map: early, middle and late
// statements, lines far apart, wide columns, a nested callback and a caller frame.
function at(e, n = 1) { return e.stack.split('\n')[n].replace(/^.*?:(\d+:\d+)\)?$/, '$1'); }
function long(k) {
  let a = 0, b = [], o = { x: 1 };
  a += 1; b.push(a); o.x += a;
  a += 2; b.push(a); o.x += a;
  if (k === 0) return at(new Error('e0'));
  a += 3; b.push(a); o.x += a; a += 4; b.push(a); o.x += a; a += 5; b.push(a); o.x += a;
  for (let i = 0; i < 3; i++) { a += i; b.push(i * a); o['k' + i] = b.length; }
  if (k === 1) return at(new Error('e1'));
  const s = String(a) + String(b.length) + JSON.stringify(o) + [1, 2, 3].map((v) => v * a).join(',');
  if (k === 2) return [1].map(() => at(new Error('e2')))[0];
  a += s.length; b.push(a); o.y = a; a += b.length; b.push(o.y); o.z = b[0] + b[1] + b[2];
  a += 6; b.push(a); o.x += a; a += 7; b.push(a); o.x += a; a += 8; b.push(a); o.x += a;
  a += 9; b.push(a); o.x += a; a += 10; b.push(a); o.x += a; a += 11; b.push(a); o.x += a;
  if (k === 3) return at(new Error('e3'));
  a += 12; b.push(a); o.x += a; a += 13; b.push(a); o.x += a; a += 14; b.push(a); o.x += a;
  a += 15; b.push(a); o.x += a; a += 16; b.push(a); o.x += a; a += 17; b.push(a); o.x += a;
  a += 18; b.push(a); o.x += a; a += 19; b.push(a); o.x += a; a += 20; b.push(a); o.x += a;
                                                                                                                                                  if (k === 5) return at(new Error('e5'));



  a += 21; b.push(a); o.x += a; a += 22; b.push(a); o.x += a; a += 23; b.push(a); o.x += a;
  if (k === 6) { try { undefinedName + 1; } catch (e) { return at(e); } }
  a += 24; b.push(a); o.x += a; a += 25; b.push(a); o.x += a; a += 26; b.push(a); o.x += a;
  if (k === 7) return at(new Error('e7'), 2);
  return at(new Error('end'));
}
for (let k = 0; k <= 8; k++) console.log(k, long(k));
function caller() { return long(7); }
console.log('caller', caller());
