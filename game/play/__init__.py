"""What the screens ask and tell: the flow of a play-through, the pack library, practice, start-up.

Pure and typed: no pygame, no drawing. Time and chance are passed in, so every decision here
is tested without a window (``tests/play``).
"""
