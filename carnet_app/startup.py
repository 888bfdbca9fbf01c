"""What the programs do first, so that a start costs what the command needs and no more.

Only the entry points call these (``carnet_app.command_line`` and ``carnet_app.gui.start``),
never a library import, so a test calling the command in-process keeps its interpreter as it was.

* **Compiled imports kept between runs.** With ``PYTHONDONTWRITEBYTECODE`` set (common in
  containers and managed machines) and an environment installed without bytecode (``uv sync``
  compiles none by default), every start compiled SQLAlchemy, the models and the rest from
  source again: 0.6 s of a 1.2 s ``carnet show``. The variable is there so that nothing is
  written beside the sources; the desk keeps the compiled form of what it imports in its own
  cache folder instead (``sys.pycache_prefix``). Where Python writes bytecode, nothing changes.
* **Parsed data files kept between runs** (``parsed_files``): the message catalogue and the
  country table are TOML, which Python parses slowly; their parsed form is kept by content.
* **No garbage collection while starting.** Imports allocate a hundred thousand objects that
  live as long as the process; collecting them again and again took 7 % of ``carnet show``.
  The collector is paused until the database is open, then those objects are set aside
  (``gc.freeze``) and collection resumes for the command's own work.

The cache folder is owner-only: ``$CARNET_CACHE_DIR``, else the user's cache folder
(``~/.cache/Carnet Desk`` on Linux). ``CARNET_CACHE=0`` turns both caches off.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

SWITCH_ENV_VAR = "CARNET_CACHE"  # "0": compile and parse from source on every start
FOLDER_ENV_VAR = "CARNET_CACHE_DIR"
_collector_paused = False


def prepare_process() -> Path | None:
    """Pause the collector and turn the caches on; the cache folder, or None without one."""
    global _collector_paused
    if gc.isenabled():
        gc.disable()
        _collector_paused = True
    if os.environ.get(SWITCH_ENV_VAR, "").strip().lower() in ("0", "no", "off", "false"):
        return None
    folder = _owned_folder(_cache_folder())
    if folder is None:
        return None  # a read-only home, or somebody else's folder: parse and compile as before
    if sys.dont_write_bytecode and not sys.pycache_prefix:
        sys.pycache_prefix = str(folder / "bytecode")
        sys.dont_write_bytecode = False
    from carnet_app import parsed_files

    parsed_files.keep_in(folder / "parsed")
    return folder


def started() -> None:
    """The program has loaded what it runs on: collect again, leaving start-up's objects be."""
    global _collector_paused
    if _collector_paused:
        _collector_paused = False
        gc.freeze()
        gc.enable()


def _owned_folder(folder: Path) -> Path | None:
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if hasattr(os, "getuid") and folder.stat().st_uid != os.getuid():
            return None  # never load bytecode or data another user could have written
    except OSError:
        return None
    return folder


def _cache_folder() -> Path:
    """The user's cache folder, found without importing anything that would itself compile:
    on Linux as ``platformdirs.user_cache_dir`` says it (``$XDG_CACHE_HOME``, else
    ``~/.cache``); elsewhere platformdirs is asked."""
    from carnet_app import APP_AUTHOR, APP_NAME

    chosen = os.environ.get(FOLDER_ENV_VAR, "").strip()
    if chosen:
        return Path(chosen).expanduser()
    if sys.platform.startswith("linux"):
        base = os.environ.get("XDG_CACHE_HOME", "").strip() or "~/.cache"
        return Path(base).expanduser() / APP_NAME
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
