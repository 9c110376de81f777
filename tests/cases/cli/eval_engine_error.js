// @cli: -e "console.log(module.id); null.x"
