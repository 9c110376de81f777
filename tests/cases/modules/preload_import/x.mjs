console.log("x.mjs", import.meta.url.split("/").pop()); await new Promise(r => setTimeout(r, 5)); console.log("x done")
