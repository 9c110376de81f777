export { x } from './x.mjs';
export * from './yz.mjs';
