let n = 0; exports.inc = () => ++n; console.log("cstate.cjs evaluated");
