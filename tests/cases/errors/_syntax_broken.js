// A file with a syntax error (required below).
const ok = 1;
let broken = ;
