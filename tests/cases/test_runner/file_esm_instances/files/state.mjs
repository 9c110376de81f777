export let count = 0; export function inc() { return ++count; } console.log("state.mjs evaluated");
