// An ES module cycle: b.mjs runs before a.mjs has initialized its export, and `typeof` of that
// import throws the TDZ error as in node.
import './a.mjs';
