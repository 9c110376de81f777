console.log("dep", typeof injected, __filename.split("/").pop());
