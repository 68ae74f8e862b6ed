"""Scene pictures: six built-in illustrations drawn in code, and images that packs ship.

Use one :class:`PictureRenderer` for the whole app (it owns the caches)::

    pictures = PictureRenderer()
    animating = pictures.draw(surface, scene.picture, rect, time_s,
                              reduced_motion=settings.reduced_motion,
                              pack_folder=pack.folder, high_contrast=settings.high_contrast)
    # keep redrawing every frame while ``animating`` is True; otherwise draw only on change

- ``draw(surface, name_or_path, rect, time_s, reduced_motion=False, pack_folder=None,
  high_contrast=False) -> bool`` fills ``rect`` and returns whether the picture animates.
  A built-in name (see :data:`BUILTIN_PICTURE_NAMES`) paints a static base once per
  (name, size, high_contrast) and draws only a few cheap moving parts each frame (flags,
  flames, sparks, clouds, water spray, a twinkling window). ``reduced_motion=True`` draws
  one still frame and returns False.
- ``images/<file>`` (PNG or JPEG) is a pack picture, relative to ``pack_folder``: loaded
  once (again if the file changes), scaled to fit ``rect`` keeping its aspect (cached per
  size) and centred. A missing, unreadable or outside-the-pack file, or an unknown name,
  draws a calm placeholder; drawing never raises for bad content. Pack images return False.
- ``animates(name)``, ``is_builtin(name)``; ``base_surface(name, size)`` returns the
  cached static layer (tests check it is reused); ``illustration(name, size)`` paints a
  size ahead of time, e.g. in a screen's ``on_enter``, so the first frame stays fast.
"""

from game.ui.pictures.renderer import BUILTIN_PICTURE_NAMES, PictureRenderer, draw_placeholder

__all__ = ["BUILTIN_PICTURE_NAMES", "PictureRenderer", "draw_placeholder"]
