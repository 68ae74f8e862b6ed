"""Okuya: a desktop quiz and educational game about real news events."""

__version__ = "0.1.0"
