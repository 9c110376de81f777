globalThis.qCount = (globalThis.qCount || 0) + 1; export const url = import.meta.url; export const fn = import.meta.filename.split("/").pop(); import "./f.js";
