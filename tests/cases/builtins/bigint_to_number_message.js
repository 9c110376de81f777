// ToNumber on a BigInt (unary +, Math.abs(1n), fill(1n), isNaN(1n)) throws V8's TypeError message.
for (const f of [() => +1n, () => Math.abs(1n), () => new Uint8Array(1).fill(1n), () => isNaN(1n)]) {
  try { f(); } catch (e) { console.log(e.name, e.message); }
}
