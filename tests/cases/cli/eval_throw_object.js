// @cli: -e "console.log('before'); throw { code: 42 }"
