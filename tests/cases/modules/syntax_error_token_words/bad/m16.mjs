let y = 1_;
