export * from './c.cjs';
