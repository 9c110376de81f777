var loadedValue = "from file"; 1 + 1
