import { ok } from "./broken.mjs";
console.log(ok);
