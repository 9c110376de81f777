let x = 1 await
