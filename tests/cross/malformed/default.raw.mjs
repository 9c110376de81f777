// Drives default.server.js with the malformed-request steps (steps.mjs).
export { runAll as run } from './steps.mjs';
