"""Background work: one thread owning its own store connection."""
