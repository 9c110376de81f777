// @cli: -e "console.log(1 + 2, typeof require, __filename)" extra
