"""``okuya class …``: connect this PC to a class's Learning Record Store, sync, read results.

    okuya class connect ENDPOINT --username U [--password P] --class NAME
    okuya class status | disconnect | sync
    okuya class results [--pack ID] [--since DATE] [--csv FILE]

Exit status: 0 done; 1 something is left (``sync``: unreachable, wrong password,
certificate, refused statement — one line says which) or the LRS cannot be read
(``results``); 2 bad arguments or a file that cannot be written. Messages go through the
translator (``--lang``); the password is never printed.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import sys
from pathlib import Path

from game.classroom.client import LrsClient, LrsError
from game.classroom.connection import (
    ENVIRONMENT,
    ClassConnection,
    ConnectionSettingsError,
    checked,
    delete_connection,
    load_connection,
    save_connection,
)
from game.classroom.results import class_query, class_rows, parse_since
from game.classroom.sender import send_waiting
from game.i18n.dates import format_clock
from game.i18n.translator import Translator
from game.storage.locations import progress_path
from game.storage.outbox import REFUSED, Outbox
from game.storage.results import results_csv
from game.storage.store import AttemptRow, ProgressStore, StoreError

# `okuya class sync` may wait longer than the game's background sender: a teacher's PC
# serving a whole lab at the bell can be slow to answer.
SYNC_TIMEOUT = 30.0


def _translator(language: str | None) -> Translator:
    return Translator(language or "en")


def _say(text: str, error: bool = False) -> None:
    print(text, file=sys.stderr if error else sys.stdout)


def reason_text(t: Translator, error: LrsError, endpoint: str) -> str:
    """Return the one-line reason for an LRS problem, in the translator's language."""
    detail = error.detail
    if error.reason == "password":
        return t.gettext("the LRS refused the user name or password")
    if error.reason == "forbidden":
        return t.gettext("the LRS account may not do this ({detail})").format(detail=detail)
    if error.reason == "certificate":
        return t.gettext("the LRS's certificate is not trusted: {detail}").format(detail=detail)
    if error.reason == "server":
        return t.gettext("the LRS failed: {detail}").format(detail=detail)
    if error.reason == "protocol":
        return t.gettext("the LRS's answer makes no sense: {detail}").format(detail=detail)
    return t.gettext("cannot reach the LRS at {endpoint}: {detail}").format(
        endpoint=endpoint, detail=detail
    )


def _not_connected(t: Translator) -> int:
    _say(t.gettext("This PC is not connected to a class. Connect it with: okuya class connect"))
    return 1


def _outbox_counts() -> tuple[int, int, str | None]:
    """Return (waiting, refused, last sent) of this PC's progress database."""
    path = progress_path()
    if not path.exists():
        return 0, 0, None
    # Opening the store first brings an older database up to the outbox's schema.
    ProgressStore(path).close()
    with Outbox(path) as outbox:
        return outbox.count(), outbox.count(REFUSED), outbox.last_sent()


def _when(t: Translator, text: str | None) -> str:
    if text is None:
        return t.gettext("never")
    moment = dt.datetime.fromisoformat(text).astimezone()
    return f"{t.format_date(moment.date())}, {format_clock(moment, t.locale)}"


# -- connect / status / disconnect -------------------------------------------------------------
def connect_command(
    endpoint: str,
    username: str,
    password: str | None,
    class_name: str,
    language: str | None = None,
    check: bool = True,
) -> int:
    """Store the class connection (checking it with the LRS first); return the exit status."""
    t = _translator(language)
    if password is None:
        password = getpass.getpass(t.gettext("Password for {user}: ").format(user=username))
    try:
        connection = checked(ClassConnection(endpoint, username, password, class_name))
    except ConnectionSettingsError as error:
        _say(
            t.gettext("okuya class connect: {problem}").format(problem=error.translated(t)),
            error=True,
        )
        return 2
    if check:
        try:
            LrsClient(connection).check()
        except LrsError as error:
            if error.reason in ("password", "certificate", "protocol"):
                _say(
                    t.gettext("okuya class connect: {reason}; nothing was saved.").format(
                        reason=reason_text(t, error, connection.endpoint)
                    ),
                    error=True,
                )
                return 1
            _say(
                t.gettext(
                    "Warning: {reason}. The connection is saved; results wait on this PC "
                    "until the LRS can be reached."
                ).format(reason=reason_text(t, error, connection.endpoint)),
                error=True,
            )
    try:
        path = save_connection(connection)
    except OSError as error:
        _say(
            t.gettext("okuya class connect: cannot save the connection: {problem}").format(
                problem=error.strerror or error
            ),
            error=True,
        )
        return 2
    _say(
        t.gettext(
            "This PC now sends results to class {name} at {endpoint} (saved in {file})."
        ).format(name=connection.class_name, endpoint=connection.endpoint, file=path)
    )
    return 0


def status_command(language: str | None = None) -> int:
    """Print the connection, the results waiting and the last successful send."""
    t = _translator(language)
    try:
        waiting, refused, last_sent = _outbox_counts()
    except (OSError, StoreError) as error:
        _say(
            t.gettext("okuya class: cannot read {path}: {problem}").format(
                path=progress_path(), problem=error
            ),
            error=True,
        )
        return 2
    connection = load_connection()
    if connection is None:
        _not_connected(t)
    else:
        _say(t.gettext("Class: {name}").format(name=connection.class_name))
        _say(t.gettext("LRS: {endpoint}").format(endpoint=connection.endpoint))
        _say(t.gettext("User name: {user}").format(user=connection.username))
    overridden = [variable for variable in ENVIRONMENT.values() if variable in _environ()]
    if overridden:
        _say(t.gettext("Set by the environment: {names}").format(names=", ".join(overridden)))
    _say(
        t.ngettext(
            "{count} result waiting to send", "{count} results waiting to send", waiting
        ).format(count=t.format_number(waiting))
    )
    if refused:
        _say(
            t.ngettext(
                "{count} result refused by the LRS (see okuya class sync)",
                "{count} results refused by the LRS (see okuya class sync)",
                refused,
            ).format(count=t.format_number(refused))
        )
    _say(t.gettext("Last sent: {when}").format(when=_when(t, last_sent)))
    return 0 if connection is not None else 1


def _environ() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if value}


def disconnect_command(language: str | None = None) -> int:
    """Forget the stored class connection."""
    t = _translator(language)
    if delete_connection():
        _say(t.gettext("This PC is no longer connected to a class."))
    else:
        _say(t.gettext("This PC was not connected to a class."))
    if any(variable in _environ() for variable in ENVIRONMENT.values()):
        _say(t.gettext("Note: OKUYA_CLASS_* environment variables still set a connection."))
    return 0


# -- sync -----------------------------------------------------------------------------------
def sync_command(language: str | None = None, retry_refused: bool = False) -> int:
    """Send every waiting result now: 0 when nothing is left, 1 with the reason when not."""
    t = _translator(language)
    connection = load_connection()
    if connection is None:
        return _not_connected(t)
    path = progress_path()
    if not path.exists():
        _say(t.gettext("Nothing to send."))
        return 0
    try:
        ProgressStore(path).close()
        with Outbox(path) as outbox:
            if retry_refused:
                outbox.retry_refused()
            report = send_waiting(outbox, LrsClient(connection, timeout=SYNC_TIMEOUT))
            refused = outbox.refused()
    except (OSError, StoreError) as error:
        _say(
            t.gettext("okuya class: cannot read {path}: {problem}").format(
                path=path, problem=error
            ),
            error=True,
        )
        return 2
    if report.sent:
        _say(
            t.ngettext("Sent {count} result.", "Sent {count} results.", report.sent).format(
                count=t.format_number(report.sent)
            )
        )
    if report.error is not None:
        _say(
            t.ngettext(
                "okuya class sync: {reason}; {count} result waits on this PC.",
                "okuya class sync: {reason}; {count} results wait on this PC.",
                report.left,
            ).format(
                reason=reason_text(t, report.error, connection.endpoint),
                count=t.format_number(report.left),
            ),
            error=True,
        )
        return 1
    if refused:
        _say(
            t.ngettext(
                "okuya class sync: the LRS refused {count} result as invalid: {message}",
                "okuya class sync: the LRS refused {count} results as invalid: {message}",
                len(refused),
            ).format(count=t.format_number(len(refused)), message=refused[0].problem),
            error=True,
        )
        return 1
    _say(t.gettext("Nothing left to send."))
    return 0


# -- results ---------------------------------------------------------------------------------
def results_command(
    pack_id: str | None = None,
    since: str | None = None,
    csv_file: str | None = None,
    language: str | None = None,
) -> int:
    """Read the class's results from the LRS: a short table, or the CSV file."""
    t = _translator(language)
    connection = load_connection()
    if connection is None:
        return _not_connected(t)
    try:
        moment = parse_since(since) if since else None
    except ValueError:
        _say(
            t.gettext("okuya class results: {date} is not a date; write it as 2026-03-01").format(
                date=since
            ),
            error=True,
        )
        return 2
    client = LrsClient(connection)
    try:
        statements = client.statements(class_query(moment))
        rows = class_rows(statements, connection.class_home_page, pack_id)
    except LrsError as error:
        _say(
            t.gettext("okuya class results: {reason}").format(
                reason=reason_text(t, error, connection.endpoint)
            ),
            error=True,
        )
        return 1
    if csv_file is not None:
        try:
            Path(csv_file).write_text(results_csv(rows), encoding="utf-8", newline="")
        except OSError as error:
            _say(
                t.gettext("okuya class results: cannot write {file}: {problem}").format(
                    file=csv_file, problem=error.strerror or error
                ),
                error=True,
            )
            return 2
        _say(
            t.ngettext(
                "Wrote {count} play-through to {file}.",
                "Wrote {count} play-throughs to {file}.",
                len(rows),
            ).format(count=t.format_number(len(rows)), file=csv_file)
        )
        return 0
    _say(results_table(t, rows))
    return 0


def results_table(t: Translator, rows: list[AttemptRow]) -> str:
    """Return the short terminal table: student, pack, score, date."""
    if not rows:
        return t.gettext("No results from this class yet.")
    header = [t.gettext("Student"), t.gettext("Pack"), t.gettext("Score"), t.gettext("Date")]
    lines = [
        [
            row.profile_name,
            row.pack_id,
            t.format_percent(row.score) if row.score is not None else t.gettext("unfinished"),
            _date_of(t, row.finished or row.started),
        ]
        for row in rows
    ]
    widths = [max(len(line[i]) for line in [header, *lines]) for i in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in [header, *lines]
    )


def _date_of(t: Translator, text: str) -> str:
    if not text:
        return ""
    moment = dt.datetime.fromisoformat(text).astimezone()
    return t.format_date(moment.date())
