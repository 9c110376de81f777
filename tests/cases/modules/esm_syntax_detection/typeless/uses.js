import { x } from "./esm.js"; export const y = x + 1;
