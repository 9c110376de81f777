// URLSearchParams construction, mutation, iteration, sorting and its link to URL.search.
const cases = ['a=1&b=2&a=3', '?x=%20y+z', 'k', '=v', '&&a=b&&', 'a=%zz&b=%41', 'é=ü', 'a=1=2'];
for (const c of cases) {
  const p = new URLSearchParams(c);
  console.log(JSON.stringify(c), JSON.stringify([...p]), p.toString(), p.size);
}
console.log(new URLSearchParams({ a: 1, b: [2, 3], c: null }).toString());
console.log(new URLSearchParams([['x', 'y'], ['x', 'z']]).getAll('x'));
console.log(new URLSearchParams(new Map([['m', 'n']])).toString());
try { new URLSearchParams([['a']]); } catch (e) { console.log(e.code, e.message); }
try { new URLSearchParams([1]); } catch (e) { console.log(e.code, e.message); }
const p = new URLSearchParams('b=2&a=1&c=3&a=0');
p.append('d', 'x y&z'); p.set('a', 'one'); p.delete('c'); console.log(p.toString(), p.get('a'), p.get('zz'), p.has('b'), p.has('b', '3'));
p.sort(); console.log(p.toString());
p.delete('b', '9'); console.log(p.toString());
p.forEach((v, k, o) => console.log(k, v, o === p));
console.log([...p.keys()], [...p.values()], p.entries().next(), Object.prototype.toString.call(p.keys()));
console.log(p, new URLSearchParams(), [new URLSearchParams('a=1')], p.keys());
console.log(new URLSearchParams('a=' + 'x'.repeat(80) + '&b=2'));
try { p.append('a'); } catch (e) { console.log(e.code, e.message); }
try { p.get(); } catch (e) { console.log(e.code, e.message); }
try { URLSearchParams.prototype.get.call({}, 'a'); } catch (e) { console.log(e.code, e.message); }
const u = new URL('http://h/p?q=1#f');
const sp = u.searchParams;
sp.append('r', 'a b'); console.log(u.href);
sp.delete('q'); sp.delete('r'); console.log(u.href, u.search);
u.search = '?z=9'; console.log(sp.get('z'), sp === u.searchParams);
u.href = 'http://h/?w=1'; console.log([...sp]);
console.log(new URLSearchParams('a=\ud800').toString(), encodeURIComponent('~!*()\''), new URLSearchParams({ s: "~!*()'-._ " }).toString());
