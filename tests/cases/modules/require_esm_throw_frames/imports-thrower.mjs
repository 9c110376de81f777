import './thrower-dep.mjs';
export const x = 1;
