"""Class results over xAPI: a lab's PCs send each finished round to a Learning Record Store.

Plain Python (no pygame):

* :mod:`game.classroom.statements` — the xAPI 1.0.3 statements of a round and a play-through.
* :mod:`game.classroom.connection` — the PC's class connection (``class.json``, mode 0600).
* :mod:`game.classroom.client` — HTTP to the LRS: deadlines, bounded answers, ``more`` links.
* :mod:`game.classroom.reporter` — the play side: statements queued with each round's commit.
* :mod:`game.classroom.sender` — sending the outbox now or in a background thread.
* :mod:`game.classroom.results` — the class's results read back, as ``okuya results`` rows.

The outbox itself is a table of the progress database (:mod:`game.storage.outbox`).
"""
