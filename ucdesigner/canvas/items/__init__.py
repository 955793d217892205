"""Canvas items: one small class per notation; ``registry`` maps model kinds to them."""
