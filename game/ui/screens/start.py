"""Which screens the game opens with, and what ``--watch`` does when a pack's files change."""

from __future__ import annotations

import importlib

from game.ui.screen import Command, Replace, Reset, Screen

# Modules the screens import only when first needed. Importing them at idle time after the
# first frame keeps reading (and, without bytecode files, compiling) them out of a frame.
LATER_MODULES = (
    "game.ui.screens.menu",
    "game.ui.screens.review_bridge",
    "game.ui.screens.review",
    "game.rounds.review",
    "game.ui.screens.packs",
    "game.ui.screens.play",
    "game.ui.ahead",
    "game.rounds.session",
    "game.ui.screens.scene",
    "game.ui.screens.timeline",
    "game.ui.screens.who_said",
    "game.ui.screens.quiz",
    "game.ui.screens.feedback",
    "game.ui.screens.results",
    "game.ui.screens.pause",
    "game.ui.screens.settings",
    "game.ui.screens.about",
    "game.ui.pictures.renderer",
)


def first_screens(context) -> list[Screen]:
    """Return the opening stack: language choice on first start, else the profiles.

    When the store had to be recovered from corruption, a notice goes on top so the player
    is told (a message, not a crash).
    """
    from game.ui.screens.language import LanguageScreen
    from game.ui.screens.profiles import ProfilesScreen

    screens: list[Screen] = [
        LanguageScreen(context) if context.first_start else ProfilesScreen(context)
    ]
    if context.recovered_from:
        from game.ui.screens.notice import recovered_store_notice

        screens.append(recovered_store_notice(context, context.recovered_from))
    elif context.store_problem:
        from game.ui.screens.notice import store_problem_notice

        screens.append(store_problem_notice(context, context.store_problem))
    return screens


def schedule_warm_up(context) -> None:
    """Load the packs and paint the menu ahead, while the player reads the first screen.

    The first frame comes first; this work then runs between frames, so opening the menu,
    the pack list or the about screen later costs no parsing or painting.
    """
    from game.ui.screens.packs import cached_entry, pack_folders

    def load_packs() -> None:
        for folder, builtin in pack_folders(context):
            context.schedule_idle(
                lambda folder=folder, builtin=builtin: cached_entry(context, folder, builtin)
            )
        context.schedule_idle(context.prime_translator)
        context.schedule_idle(lambda: warm_menu(context))

    context.schedule_idle(context.prime_translator)
    context.schedule_idle(load_packs)
    for name in LATER_MODULES:
        context.schedule_idle(lambda name=name: importlib.import_module(name))


def warm_menu(context) -> None:
    """Draw the menu, the settings and the about screen once off screen, so opening them is quick.

    Their texts (and the menu's picture) are then in the caches before a frame needs them.
    """
    import pygame

    from game.ui.screens.about import AboutScreen
    from game.ui.screens.menu import MenuScreen
    from game.ui.screens.settings import SettingsScreen

    scratch = pygame.Surface(context.window_size)
    for make in (MenuScreen, SettingsScreen, AboutScreen):
        screen = make(context)
        screen.layout(pygame.Rect(0, 0, *context.window_size))
        screen.draw(scratch)


def requested_pack_screens(context) -> list[Screen]:
    """Return the stack that plays the ``--pack`` folder from its start, or lists its problems.

    The stack is the one a player builds by hand (menu, the pack list, the play), so leaving
    the play goes back to the menu as usual.
    """
    from game.ui.screens.menu import MenuScreen
    from game.ui.screens.packs import PacksScreen, load_entry

    entry = load_entry(context.pack_path, context.t)
    screens: list[Screen] = [MenuScreen(context), PacksScreen(context, entries=[entry])]
    if entry.pack is not None:
        context.pack = entry.pack
        play = start_pack_screen(context, entry.pack)
        if play is not None:
            screens.append(play)
    return screens


def after_choosing_a_player(context) -> Command:
    """Go to the menu, or straight into the ``--pack`` folder the first time a player is chosen."""
    from game.ui.screens.menu import MenuScreen

    if context.pack_path is not None and not context.requested_pack_opened:
        context.requested_pack_opened = True
        return Reset(requested_pack_screens(context))
    return Replace(MenuScreen(context))


def reload_pack(context) -> None:
    """Reload the watched pack: play it again from the start, or show its problems."""
    if context.stack is None or context.profile is None:
        return
    context.stack.apply(Reset(requested_pack_screens(context)))
    top = context.stack.top
    toast = getattr(top, "toast", None)
    if toast is not None:
        toast.show(context.t.gettext("The pack was reloaded."), icon="info")


def start_pack_screen(context, pack) -> Screen | None:
    """Return the screen that plays ``pack`` (written in ``game.ui.screens.play``), if present."""
    try:
        from game.ui.screens import play
    except ImportError:
        return None
    if hasattr(play, "start_pack"):
        return play.start_pack(context, pack)
    if hasattr(play, "PlayScreen"):
        return play.PlayScreen(context, pack)
    return None
