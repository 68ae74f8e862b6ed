"""The code behind each ``okuya`` command: it calls the domain, prints, and returns the exit status.

One module per command (``export_import`` serves both): :mod:`check`, :mod:`new_pack`,
:mod:`schema`, :mod:`translate`, :mod:`export_import`, :mod:`results`, :mod:`moodle`, :mod:`draft`,
:mod:`class_` (``okuya class``).
:mod:`game.cli` parses the arguments and calls them; ``okuya play``, ``screenshots`` and
``bench`` start the game or its developer tools instead (:mod:`game.app`,
:mod:`game.devtools`). Nothing here imports pygame.
"""
