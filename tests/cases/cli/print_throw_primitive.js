// @cli: -p "throw 7"
