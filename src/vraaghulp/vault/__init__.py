"""Optional encryption at rest: key file, per-line cipher, unlocking, cheap detection."""
