let x = 1 of
