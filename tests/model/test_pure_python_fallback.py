"""Without libyaml, the pure-Python composer gives the same problems at the same places."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from game.model.loader import check_pack
from tests.model.conftest import BAD_PACKS, EXAMPLE_PACK

REPOSITORY = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys
import yaml
del yaml.CSafeLoader  # as if PyYAML had been built without libyaml
from game.model import yaml_nodes
assert not yaml_nodes._C_COMPOSER
from game.model.loader import check_pack
found = {}
for folder in sys.argv[1:]:
    found[folder] = sorted({(p.line, p.code) for p in check_pack(folder)})
print(json.dumps(found))
"""


def test_the_pure_python_composer_reports_the_same_lines_and_codes() -> None:
    """Every malformed pack, and the example pack, give the same (line, code) pairs."""
    folders = [str(EXAMPLE_PACK)] + [
        str(folder) for folder in sorted(BAD_PACKS.iterdir()) if folder.is_dir()
    ]
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, *folders],
        capture_output=True,
        text=True,
        cwd=REPOSITORY,
        env={**os.environ, "PYTHONPATH": str(REPOSITORY)},
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    pure = {
        folder: [tuple(pair) for pair in pairs]
        for folder, pairs in json.loads(result.stdout).items()
    }
    for folder in folders:
        with_c = sorted({(problem.line, problem.code) for problem in check_pack(folder)})
        assert pure[folder] == with_c, folder
