try { require('./mod.mjs'); } catch (e) { console.log(e.code); }
import('./mod.mjs').then((m) => console.log(m.v));
