let x = 1 this
