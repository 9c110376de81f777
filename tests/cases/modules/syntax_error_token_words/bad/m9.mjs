let x = 1 yield
