process.on("uncaughtException", (e) => {
  console.log(e.code, e.stack.split("\n").filter((l) => /node:internal\/main|runEntryPointWithESMLoader/.test(l)).join("\n"));
});
