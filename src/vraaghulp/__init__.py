"""vraaghulp: a Dutch terminal coach for people who find it hard to ask for help."""

__version__ = "0.1.0"
