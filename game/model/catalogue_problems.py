"""Put a catalogue issue (from :mod:`game.model.po_reader`) into words: what is wrong, what to do.

``okuya check`` and ``okuya translate`` both say it the same way, in the user's language. It
lives in the model because the checker reports what the reader found (the model never imports
``game.i18n``); the translator it is given only has to satisfy :class:`Translations`.
"""

from __future__ import annotations

from game.model.po_issues import CatalogueIssue
from game.model.translation import Translations


def describe_issue(issue: CatalogueIssue, t: Translations) -> tuple[str, str]:
    """Return the message and the hint for ``issue``, translated by ``t``."""
    kind = issue.kind
    if kind == "too-large":
        return (
            t.gettext("the file is larger than {limit} MB, so the game does not read it").format(
                limit=issue.detail("limit")
            ),
            t.gettext("a translation file is far smaller; make it again with okuya translate"),
        )
    if kind == "not-a-file":
        return (
            t.gettext("this is not an ordinary file, so the game does not read it"),
            t.gettext("replace it with the .po file itself"),
        )
    if kind == "unreadable":
        return (
            t.gettext("cannot read this translation file: {error}").format(
                error=issue.detail("reason")
            ),
            t.gettext("fix the file, or make it again with okuya translate"),
        )
    if kind == "charset":
        return (
            t.gettext(
                "the header says the file is in '{charset}', but it is in UTF-8; it is read as UTF-8"
            ).format(charset=issue.detail("declared")),
            t.gettext("write charset=UTF-8 in the Content-Type header"),
        )
    if kind == "utf-16":
        return (
            t.gettext("the file is in UTF-16; the game reads it, other tools may not"),
            t.gettext("save the file as UTF-8"),
        )
    if kind == "invalid-bytes":
        return (
            t.gettext("this line has bytes that are not UTF-8 text"),
            t.gettext(
                "save the file as UTF-8; until then the translations with these bytes are not used"
            ),
        )
    if kind == "malformed":
        if issue.detail("form_number"):
            reason = t.gettext("the form number in msgstr[...] is not a number such as 0, 1 or 2")
        else:
            reason = issue.detail("reason")
        return (
            t.gettext("cannot read this translation file: {error}").format(error=reason),
            t.gettext("fix this line (the game skips it), or make the file again"),
        )
    if kind == "duplicate":
        return (
            t.gettext("this entry repeats an earlier one with the same text and context"),
            t.gettext("delete the repeated entry; the game uses the first one"),
        )
    if kind == "language-header":
        return (
            t.gettext("the Language header '{value}' is not a language code; it is ignored").format(
                value=issue.detail("value")
            ),
            t.gettext("write the folder's language code there, such as ky or ru"),
        )
    if kind == "plural-forms":
        return (
            t.gettext(
                "the Plural-Forms header '{value}' cannot be used; the language's own rule is used instead"
            ).format(value=issue.detail("value")),
            t.gettext(
                "give nplurals from 1 to 6 and a formula that works for every number, or delete the line"
            ),
        )
    if kind == "entry-too-long":
        return (
            t.gettext(
                "this entry is longer than {limit} characters; the English text is shown instead"
            ).format(limit=issue.detail("limit")),
            t.gettext("shorten the translation"),
        )
    if kind == "control-character":
        return (
            t.gettext(
                "this translation has a control character ({code}); the English text is shown instead"
            ).format(code=issue.detail("code")),
            t.gettext("delete the character; only tab and newline may be used"),
        )
    if kind == "placeholders":
        if issue.detail("unbalanced"):
            found = t.gettext("a brace that is not closed")
        else:
            found = issue.detail("found")
        return (
            t.gettext(
                "the placeholders of this translation ({found}) differ from the English ({expected}); the English text is shown instead"
            ).format(found=found, expected=issue.detail("expected")),
            t.gettext(
                "copy each placeholder in braces from the English exactly as it is; "
                "to show a brace itself, double it"
            ),
        )
    return (t.gettext("cannot read this translation file: {error}").format(error=kind), "")


def issue_line(file: str, issue: CatalogueIssue, t: Translations) -> str:
    """Return ``file:line: message — hint`` for ``issue``."""
    message, hint = describe_issue(issue, t)
    location = f"{file}:{issue.line}" if issue.line else file
    return f"{location}: {message} — {hint}" if hint else f"{location}: {message}"
