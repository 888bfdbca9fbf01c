"""What the programs do first (carnet_app/startup.py, parsed_files.py): compiled imports and
parsed data files kept in the desk's cache folder, and no garbage collection while starting.

Each program run here is a real ``python -m carnet_app.cli`` process, as ``carnet`` starts."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest
import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from carnet_app import parsed_files

REPO = Path(__file__).resolve().parent.parent


def carnet(*args: str, cache: Path, data: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full = {
        **os.environ,
        "CARNET_CACHE_DIR": str(cache),
        "CARNET_DATA_DIR": str(data),
        "PYTHONDONTWRITEBYTECODE": "1",
        "CARNET_LANGUAGE": "en",
        **env,
    }
    full.pop("CARNET_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "carnet_app.cli", *args],
        capture_output=True,
        text=True,
        env=full,
        cwd=REPO,
        timeout=120,
        check=False,
    )


def kept_bytecode(cache: Path, package: str) -> list[Path]:
    return sorted((cache / "bytecode").rglob(f"{package}/**/__init__*.pyc"))


@pytest.fixture
def desk(tmp_path: Path) -> tuple[Path, Path, Path]:
    cache, data = tmp_path / "cache", tmp_path / "data"
    db = tmp_path / "desk.sqlite3"
    created = carnet("--db", str(db), "init", cache=cache, data=data)
    assert created.returncode == 0, created.stderr
    return cache, data, db


def test_a_second_start_reads_what_the_first_compiled(desk: tuple[Path, Path, Path]) -> None:
    cache, data, db = desk
    sqlalchemy_kept = kept_bytecode(cache, "sqlalchemy")
    assert sqlalchemy_kept, "PYTHONDONTWRITEBYTECODE is set, yet nothing was kept in the cache"
    assert kept_bytecode(cache, "carnet_app")
    written = {path: path.stat().st_mtime_ns for path in sqlalchemy_kept}

    first = carnet("--db", str(db), "list", cache=cache, data=data)
    again = carnet("--db", str(db), "list", cache=cache, data=data)
    assert first.returncode == again.returncode == 0
    assert first.stdout == again.stdout
    kept_now = {path: path.stat().st_mtime_ns for path in sqlalchemy_kept}
    assert kept_now == written  # read again, not compiled again
    assert cache.stat().st_mode & 0o077 == 0  # owner-only: nobody else may plant bytecode


def test_nothing_is_kept_when_the_cache_is_turned_off(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    done = carnet("--version", cache=cache, data=tmp_path / "data", CARNET_CACHE="0")
    assert done.returncode == 0 and done.stdout.startswith("carnet ")
    assert not cache.exists()


def test_damaged_parsed_files_are_parsed_again(desk: tuple[Path, Path, Path]) -> None:
    cache, data, db = desk
    before = carnet("--db", str(db), "countries", cache=cache, data=data)
    kept = sorted((cache / "parsed").glob("*.pickle"))
    assert kept, "the catalogue and the country table were not kept parsed"
    for path in kept:
        path.write_bytes(b"\x80\x05 not a pickle")
    after = carnet("--db", str(db), "countries", cache=cache, data=data)
    assert after.returncode == before.returncode == 0, after.stderr
    assert after.stdout == before.stdout and after.stderr == ""
    repaired = [path for path in kept if path.read_bytes() != b"\x80\x05 not a pickle"]
    assert repaired, "what the command read was not parsed again and kept"


def test_the_collector_is_paused_while_starting_and_runs_for_the_command(
    desk: tuple[Path, Path, Path],
) -> None:
    cache, data, db = desk
    probe = (
        "import gc, sys\n"
        "from carnet_app.command_line import carnet as run\n"
        f"sys.argv = ['carnet', '--db', {str(db)!r}, 'list']\n"
        "import carnet_app.startup as s\n"
        "seen = []\n"
        "real = s.started\n"
        "def started():\n"
        "    seen.append(gc.isenabled())\n"
        "    real()\n"
        "s.started = started\n"
        "import carnet_app.cli.main as m\n"
        "m.started = started\n"
        "code = run()\n"
        "print('paused-before-open', seen, 'running-after', gc.isenabled(), 'code', code)\n"
    )
    env = {**os.environ, "CARNET_CACHE_DIR": str(cache), "CARNET_DATA_DIR": str(data)}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=False
    )
    assert done.stdout.strip().endswith("paused-before-open [False] running-after True code 0")


# --- parsed_files, in this process -------------------------------------------------------------

toml_keys = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1)
toml_values = st.recursive(
    st.one_of(
        st.booleans(),
        st.integers(min_value=-(2**63), max_value=2**63 - 1),
        st.floats(allow_nan=False),
        st.text(st.characters(codec="utf-8", exclude_categories=("Cs",))),
    ),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(toml_keys, inner, max_size=4),
    max_leaves=12,
)
toml_documents = st.dictionaries(toml_keys, toml_values, max_size=6)


@pytest.fixture
def kept_in(tmp_path: Path):  # type: ignore[no-untyped-def]
    parsed_files.keep_in(tmp_path)
    yield tmp_path
    parsed_files.keep_in(None)


@settings(max_examples=60, deadline=None)
@given(document=toml_documents, decimals=st.booleans())
def test_a_kept_form_is_what_tomllib_reads(
    document: dict[str, object], decimals: bool, tmp_path_factory: pytest.TempPathFactory
) -> None:
    text = tomli_w.dumps(document)
    expected = tomllib.loads(text, parse_float=Decimal) if decimals else tomllib.loads(text)
    parsed_files.keep_in(tmp_path_factory.mktemp("parsed"))
    try:
        first = parsed_files.toml_text(text, decimals=decimals)  # parsed and kept
        second = parsed_files.toml_text(text, decimals=decimals)  # read back
    finally:
        parsed_files.keep_in(None)
    assert first == expected and second == expected
    assert repr(second) == repr(expected)  # Decimal stays Decimal, float stays float


def test_an_edited_text_is_parsed_anew(kept_in: Path) -> None:
    assert parsed_files.toml_text('rate = "10"\n') == {"rate": "10"}
    assert parsed_files.toml_text('rate = "12"\n') == {"rate": "12"}
    assert len(list(kept_in.glob("*.pickle"))) == 2


def test_a_malformed_text_is_refused_as_tomllib_refuses_it_and_nothing_is_kept(
    kept_in: Path,
) -> None:
    with pytest.raises(tomllib.TOMLDecodeError):
        parsed_files.toml_text("rate = \n")
    assert list(kept_in.iterdir()) == []
