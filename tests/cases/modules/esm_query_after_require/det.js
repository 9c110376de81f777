export let n = (globalThis.count = (globalThis.count || 0) + 1); console.log("evaluate", import.meta.url.split("/").pop());
