"""The code behind each ``okuya`` command that is not part of a domain package."""
