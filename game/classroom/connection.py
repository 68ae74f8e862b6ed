"""The class connection of this PC: which LRS, which account, which class.

    connection = load_connection()          # None when the PC is not in a class
    save_connection(ClassConnection("https://lrs.school.kg/xAPI/", "pc-lab", "secret", "9b"))
    delete_connection()

It is kept as ``class.json`` in the user data folder, created readable by the user only
(mode 0600 on POSIX). The password is never printed: ``repr`` hides it, and no message
names it. For lab images, environment variables override the stored values, one by one:
``OKUYA_CLASS_ENDPOINT``, ``OKUYA_CLASS_USERNAME``, ``OKUYA_CLASS_PASSWORD``,
``OKUYA_CLASS_NAME``; with all four set no file is needed.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from game.i18n.translator import N_
from game.storage.locations import data_dir

CONNECTION_FILE = "class.json"
ENVIRONMENT = {
    "endpoint": "OKUYA_CLASS_ENDPOINT",
    "username": "OKUYA_CLASS_USERNAME",
    "password": "OKUYA_CLASS_PASSWORD",
    "class_name": "OKUYA_CLASS_NAME",
}


class ConnectionSettingsError(ValueError):
    """Raise when connection settings are unusable (a bad endpoint, an empty class name).

    ``message`` is the English interface string (marked for translation) and ``values``
    its placeholders, so a command can show it in the player's language.
    """

    def __init__(self, message: str, **values: str) -> None:
        super().__init__(message.format(**values))
        self.message = message
        self.values = values

    def translated(self, t: Any) -> str:
        """Return the message in the translator ``t``'s language."""
        return t.gettext(self.message).format(**self.values)


@dataclass(frozen=True)
class ClassConnection:
    """An LRS endpoint, the account this PC sends with, and the class it belongs to."""

    endpoint: str
    username: str
    password: str = field(repr=False)
    class_name: str

    @property
    def statements_url(self) -> str:
        """Return the endpoint's Statements resource."""
        return self.endpoint + "statements"

    @property
    def class_home_page(self) -> str:
        """Return the class's home page IRI: the LRS's origin, then ``/okuya/classes/<name>``.

        It is the ``homePage`` of every student's account and the id of the class activity,
        so two classes on one LRS never mix, and one class reads the same on every PC.
        """
        parts = urlsplit(self.endpoint)
        return f"{parts.scheme}://{parts.netloc}/okuya/classes/{quote(self.class_name, safe='')}"


def normalise_endpoint(endpoint: str) -> str:
    """Return ``endpoint`` with one trailing slash; raise ConnectionSettingsError when it is no http(s) URL."""
    text = endpoint.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConnectionSettingsError(
            N_("{endpoint} is not an LRS address; give its xAPI endpoint, such as {example}"),
            endpoint=endpoint,
            example="https://lrs.school.kg/xAPI/",
        )
    if parts.username or parts.password:
        raise ConnectionSettingsError(
            N_("put the user name and password in --username and --password")
        )
    if parts.query or parts.fragment:
        raise ConnectionSettingsError(
            N_("{endpoint}: the endpoint takes no ?query or #fragment"), endpoint=endpoint
        )
    return text if text.endswith("/") else text + "/"


def connection_path() -> Path:
    """Return where the connection is stored."""
    return data_dir() / CONNECTION_FILE


def checked(connection: ClassConnection) -> ClassConnection:
    """Return ``connection`` with its endpoint normalised; raise ConnectionSettingsError when unusable."""
    if not connection.class_name.strip():
        raise ConnectionSettingsError(N_("the class needs a name, such as 9b"))
    if not connection.username:
        raise ConnectionSettingsError(N_("the connection needs a user name"))
    return replace(
        connection,
        endpoint=normalise_endpoint(connection.endpoint),
        class_name=connection.class_name.strip(),
    )


def stored_connection(path: Path | None = None) -> dict[str, str]:
    """Return the stored values (empty when there is no file or it cannot be read)."""
    path = path or connection_path()
    try:
        values = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(values, dict):
        return {}
    return {key: str(values[key]) for key in ENVIRONMENT if isinstance(values.get(key), str)}


def load_connection(
    path: Path | None = None, environ: dict[str, str] | None = None
) -> ClassConnection | None:
    """Return the connection (stored values overridden by the environment), or None."""
    values = stored_connection(path)
    environ = os.environ if environ is None else environ
    for key, variable in ENVIRONMENT.items():
        if environ.get(variable):
            values[key] = environ[variable]
    if not all(values.get(key) for key in ("endpoint", "username", "class_name")):
        return None
    try:
        return checked(ClassConnection(password=values.get("password", ""), **_without(values)))
    except ConnectionSettingsError:
        return None


def _without(values: dict[str, str]) -> dict[str, str]:
    return {key: values[key] for key in ("endpoint", "username", "class_name")}


def save_connection(connection: ClassConnection, path: Path | None = None) -> Path:
    """Store ``connection`` readable by the user only; return the file written."""
    connection = checked(connection)
    path = path or connection_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(
        {
            "endpoint": connection.endpoint,
            "username": connection.username,
            "password": connection.password,
            "class_name": connection.class_name,
        },
        ensure_ascii=False,
        indent=1,
    )
    # mkstemp creates the file with mode 0600 before anything is written into it.
    handle, temporary = tempfile.mkstemp(prefix=".class-", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def delete_connection(path: Path | None = None) -> bool:
    """Remove the stored connection; return True when there was one."""
    path = path or connection_path()
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True
