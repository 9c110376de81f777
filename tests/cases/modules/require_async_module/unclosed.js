let z = {
