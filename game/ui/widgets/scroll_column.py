"""A scroll list whose rows stay reachable by keyboard while scrolled out of view."""

from __future__ import annotations

from game.ui.widgets.scroll_list import ScrollList


class ScrollColumn(ScrollList):
    """Keep every row focusable: a row scrolled out of view is clipped, not hidden.

    ``ScrollList`` hides rows outside its rectangle, which also takes them out of the Tab
    order; round screens need every quote, speaker and answer reachable, and focusing a
    row scrolls it into view.
    """

    def arrange(self) -> None:
        """Place the rows as the scroll list does, then keep them all visible (clipped)."""
        super().arrange()
        for row in self.rows:
            row.visible = True
