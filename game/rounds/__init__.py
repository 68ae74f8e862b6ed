"""The rules of the game: rounds that judge answers, scoring, play sessions and review.

Pure logic: nothing here imports pygame, reads the clock or uses the global random state.
Time comes in as ``dt`` (seconds) through ``update(dt)`` and chance as a ``random.Random``.

* :mod:`game.rounds.scoring` — ``grade(scheme, correct, response)``, the nine Moodle schemes.
* :mod:`game.rounds.timeline` — ``TimelineRound.submit(order) -> TimelineResult``.
* :mod:`game.rounds.who_said` — ``WhoSaidRound.pair/unpair/submit``.
* :mod:`game.rounds.quiz` — ``QuizRound.answer(question_id, choice_id)``.
* :mod:`game.rounds.session` — ``Session``: the play list, points, stars, mistakes.
* :mod:`game.rounds.review` — ``ReviewQueue`` and ``build_review_round``.
"""
