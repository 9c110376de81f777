import dep from './dep.cjs';
export const y = dep.y;
export const z = 'z';
