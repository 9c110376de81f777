const q = 2;
await q;
