export const c = 'detected';
