"""ai-deals: follow the money in AI from the terminal."""

__version__ = "0.1.0"
