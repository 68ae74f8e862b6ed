"""Command-line commands that have no home package of their own (``okuya class``)."""
