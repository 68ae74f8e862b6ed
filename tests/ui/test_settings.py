"""Settings apply at once to every screen and are kept per player across restarts."""

from __future__ import annotations

import pygame
from play_helpers import focus_label

from game.i18n import Translator


def test_settings_are_saved_for_the_player_and_restored_after_a_restart(
    make_driver, start_as_player
):
    """Settings are saved for the player and restored after a restart."""
    driver = start_as_player("Айгүл")
    driver.click("Settings")
    driver.click("High contrast")
    driver.click("Reduce motion")
    focus_label(driver, "Text size")
    driver.press(pygame.K_END)
    assert driver.context.settings.text_scale == 1.5
    assert driver.context.theme.high_contrast
    driver.close()

    again = make_driver(language=None)
    again.click("Айгүл")
    settings = again.context.settings
    assert settings.high_contrast is True
    assert settings.reduced_motion is True
    assert settings.text_scale == 1.5
    assert again.context.theme.palette.background == (0, 0, 0)


def test_each_player_keeps_their_own_settings(make_driver, start_as_player):
    """Each player keeps their own settings."""
    driver = start_as_player("Айгүл")
    driver.click("Settings")
    driver.click("High contrast")
    driver.press(pygame.K_ESCAPE)
    driver.click("Change player")
    driver.type_text("Бакыт")
    driver.press(pygame.K_RETURN)
    # A new player starts with the settings on screen, then changes their own.
    assert driver.context.settings.high_contrast is True
    driver.click("Settings")
    driver.click("High contrast")
    driver.click("Reduce motion")
    driver.press(pygame.K_ESCAPE)
    driver.click("Change player")
    driver.click("Айгүл")
    assert driver.context.settings.high_contrast is True
    assert driver.context.settings.reduced_motion is False
    driver.click("Change player")
    driver.click("Бакыт")
    assert driver.context.settings.high_contrast is False
    assert driver.context.settings.reduced_motion is True


def test_switching_language_re_renders_every_screen_on_the_stack_at_once(start_as_player):
    """Switching language re-renders every screen on the stack at once."""
    driver = start_as_player("Айгүл")
    driver.click("Settings")
    menu = driver.app.stack.screens[0]
    driver.context.set_language("pseudo")
    pseudo = Translator("pseudo")
    assert driver.current_screen.title.label == pseudo.gettext("Settings")
    assert driver.current_screen.title.label != "Settings"
    assert menu.play_button.label == pseudo.gettext("Play")


def test_choosing_russian_in_settings_changes_the_labels_without_a_restart(start_as_player):
    """Choosing Russian in the settings changes the labels without a restart."""
    driver = start_as_player("Айгүл")
    driver.click("Settings")
    driver.click("Русский")
    russian = Translator("ru")
    assert driver.context.translator.language == "ru"
    assert driver.current_screen.title.label == russian.gettext("Settings")
    driver.press(pygame.K_ESCAPE)
    assert driver.has(russian.gettext("Play"), exact=True)
    assert driver.has(russian.gettext("About"), exact=True)


def test_text_size_change_keeps_the_focus_on_the_same_control(start_as_player):
    """Text size change keeps the focus on the same control."""
    driver = start_as_player("Айгүл")
    driver.click("Settings")
    focus_label(driver, "Text size")
    driver.press(pygame.K_RIGHT)
    assert driver.context.settings.text_scale == 1.1
    assert driver.current_screen.focused_widget.key == "text_scale"


def test_the_volume_slider_follows_a_mouse_drag(start_as_player):
    """The volume slider follows a mouse drag."""
    driver = start_as_player("Айгүл")
    driver.click("Settings")
    slider = driver.find("Volume")
    track = slider.track_rect()
    driver.drag(slider, (track.x - 50, track.centery))
    assert driver.context.settings.volume == 0.0


class RecordingSoundPlayer:
    """Stand in for the sound player: remember what was played and what the settings asked."""

    def __init__(self) -> None:
        self.played: list[str] = []
        self.volume = 0.8
        self.enabled = True

    def play(self, name: str) -> None:
        self.played.append(name)

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled


def test_the_sound_switch_silences_the_game_and_the_volume_reaches_the_player(start_as_player):
    """The sound switch silences the game and the volume reaches the player."""
    driver = start_as_player("Айгүл")
    sounds = RecordingSoundPlayer()
    driver.context.sounds = sounds
    driver.click("Settings")
    slider = driver.find("Volume")
    track = slider.track_rect()
    driver.drag(slider, (track.x + track.width // 2, track.centery))
    assert sounds.volume == driver.context.settings.volume
    assert 0.3 < sounds.volume < 0.7
    driver.click("Sound")
    assert driver.context.settings.sound is False and sounds.enabled is False
    sounds.played.clear()
    driver.context.play_sound("select")
    driver.press(pygame.K_TAB)
    assert sounds.played == []
    driver.click("Sound")
    driver.context.play_sound("select")
    assert sounds.played == ["select"]


def test_the_language_given_on_the_command_line_wins_over_the_players_saved_one(make_driver):
    """The language given on the command line wins over the player's saved one."""
    first = make_driver(language=None)
    first.click("Русский")
    first.type_text("Айгүл")
    first.press(pygame.K_RETURN)
    assert first.context.settings.language == "ru"
    first.close()

    again = make_driver(language="ky")
    again.click("Айгүл")
    assert again.context.settings.language == "ky"
    assert again.current_screen.play_button.label == Translator("ky").gettext("Play")
    # A language the player then picks in the game is theirs again.
    again.click(again.current_screen.settings_button)
    again.click("English")
    again.press(pygame.K_ESCAPE)
    again.click(again.current_screen.player_button)
    again.click("Айгүл")
    assert again.context.settings.language == "en"
