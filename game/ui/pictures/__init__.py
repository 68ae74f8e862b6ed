"""Scene pictures: built-in illustrations drawn in code, and images that packs ship.

Use one :class:`PictureRenderer` for the whole app (it owns the caches).

Drawing
-------
- ``draw(surface, name_or_path, rect, time_s, reduced_motion=False, pack_folder=None,
  high_contrast=False) -> bool`` paints the whole picture into ``rect`` and returns whether
  it animates. Call it whenever the screen repaints that area.
- ``update(...same arguments...) -> list[pygame.Rect]`` brings the picture in ``rect`` up to
  ``time_s`` and returns only the rectangles that changed, for
  ``pygame.display.update(rects)``:

  * the first call for a rectangle (or when the picture, size, palette or *Reduce motion*
    changed, or another surface was drawn on) paints everything and returns ``[rect]``;
  * then it returns ``[]`` until the picture's next motion frame is due, and then repaints
    only the small rectangles its moving parts cover (from the cached static layer) and
    returns those, all inside ``rect``;
  * with ``reduced_motion=True``, and for pack images, it returns ``[]`` after the first
    frame: nothing moves.

  If something else paints over the picture, call ``draw`` again (or ``forget_shown()``).

A main loop that presents only what changed::

    pictures.draw(screen, scene.picture, rect, now, reduced_motion=..., high_contrast=...)
    pygame.display.flip()
    while showing_the_scene:
        dirty = pictures.update(screen, scene.picture, rect, now, reduced_motion=...)
        if dirty:
            pygame.display.update(dirty)
        wait = pictures.next_frame_in(scene.picture, now)  # None: nothing will move
        ...  # sleep until then, or until an event arrives

- ``motion_rate(name) -> float``: new frames a second the picture's motion needs (1 to 12;
  0 for pack images), ``frame_index(name, time_s)`` and ``next_frame_in(name, time_s)``
  say when the next one is due. Motion is drawn at whole frames of that rate, so ``draw``
  and ``update`` at the same ``time_s`` give the same pixels.

Built-in pictures
-----------------
A built-in name (:data:`BUILTIN_PICTURE_NAMES`, the same list as
``game.model.pack.BUILTIN_PICTURES``; the classes are in :mod:`.catalogue`) is an
:class:`~game.ui.pictures.illustration.Illustration`: its static layer is painted once per
(name, size, high_contrast) and kept; each declares ``motion_hz``, the design rectangles
its moving parts can cover (``motion_areas``, turned into pixel ``motion_rects``) and
draws only those parts per frame. ``reduced_motion=True`` draws one still frame.

Pack images
-----------
``images/<file>`` (PNG or JPEG) is a pack picture, relative to ``pack_folder``: loaded once
(again if the file changes), scaled to fit ``rect`` keeping its aspect (cached per size)
and centred. A missing, unreadable or outside-the-pack file, or an unknown name, draws a
calm placeholder; drawing never raises for bad content.

Caches
------
Painted pictures are kept within a byte budget (``CACHE_BYTES``, bases and sprites
counted), least recently used first out, and at most two sizes of one picture (a resize
drops the older ones); decoded and scaled pack images have their own budget, and a new
size of an image replaces the old one. ``cached_bytes()`` says what is held.
``base_surface(name, size)`` returns the cached static layer (tests check it is reused);
``illustration(name, size)`` paints a size ahead of time, e.g. in a screen's ``on_enter``,
so the first frame stays fast.

:mod:`.sheet` draws a labelled contact sheet (``tools/picture_sheet.py`` →
``docs/pictures.png``) and measures per-frame cost (``tools/picture_bench.py``).
"""

from game.ui.pictures.renderer import BUILTIN_PICTURE_NAMES, PictureRenderer, draw_placeholder

__all__ = ["BUILTIN_PICTURE_NAMES", "PictureRenderer", "draw_placeholder"]
