console.log("pre", require.main === undefined, module.id.split("/").pop(), module.parent && module.parent.id, typeof process.mainModule)
