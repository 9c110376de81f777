import './lib.cjs';
export const ok = 'ok';
