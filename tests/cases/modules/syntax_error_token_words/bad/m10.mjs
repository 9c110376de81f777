"use strict"; let x = 1 yield
