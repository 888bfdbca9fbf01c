"""Translation catalogues of the desk (Qt Linguist: .ts sources, .qm compiled).

    uv run python packaging/translations.py update    # pyside6-lupdate over carnet_app/gui
    uv run python packaging/translations.py compile   # pyside6-lrelease -> resources/i18n/*.qm
    uv run python packaging/translations.py check     # every message has a finished translation

``update`` refreshes ``resources/i18n/carnet_<lang>.ts`` from the sources (translations kept;
strings gone from the code stay as "vanished" until ``--drop-vanished``); translate the new
ones (Qt Linguist: ``uv run pyside6-linguist resources/i18n/carnet_fr.ts``, or any editor),
then ``compile``.

``compile`` also files every message under the empty context: lupdate files ``tr()`` calls made
through a helper (``tr = self.tr``, the issuing ``tr()``) under no context or a guessed one,
while Qt asks with the real one; ``carnet_app.gui.i18n.CatalogueTranslator`` falls back to the
empty context when the real one misses.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "carnet_app" / "gui"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("fr",)
CATALOGUE = "carnet"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the environment running this script."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: run this with `uv run python ...`")
    return found


def ts_path(language: str) -> Path:
    return I18N / f"{CATALOGUE}_{language}.ts"


def python_sources() -> list[str]:
    """The GUI, its language module included (its "Same as the system"); never generated code."""
    files = [path for path in sorted(SOURCES.rglob("*.py")) if not path.name.startswith("ui_")]
    return [str(path.relative_to(ROOT)) for path in files]


def update(language: str, *, drop_vanished: bool = False) -> None:
    """Refresh the catalogue from the code; strings gone from it stay as ``vanished`` (they
    come back translated if the code does) unless DROP_VANISHED."""
    target = ts_path(language)
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *python_sources(),
            *(["-no-obsolete"] if drop_vanished else []),
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            language,
            "-ts",
            str(target),
        ],
        check=True,
        cwd=ROOT,
    )


def messages(tree: ET.ElementTree) -> Iterator[tuple[str, ET.Element]]:
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def with_context_free_copies(source: Path, target: Path) -> int:
    """Copy SOURCE to TARGET adding, under the empty context, every message that is not
    there yet (the first translation of a text wins)."""
    tree = ET.parse(source)
    root = tree.getroot()
    empty = None
    for context in root.iter("context"):
        if (context.findtext("name") or "") == "":
            empty = context
    if empty is None:
        empty = ET.SubElement(root, "context")
        ET.SubElement(empty, "name").text = ""
    present = {
        (message.findtext("source"), message.findtext("comment"))
        for message in empty.iter("message")
    }
    added = 0
    for name, message in list(messages(tree)):
        key = (message.findtext("source"), message.findtext("comment"))
        if name == "" or key in present:
            continue
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            continue
        copy = ET.fromstring(ET.tostring(message))
        for location in copy.findall("location"):
            copy.remove(location)
        empty.append(copy)
        present.add(key)
        added += 1
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return added


def compile_catalogue(language: str, target: Path | None = None) -> Path:
    source = ts_path(language)
    target = target or source.with_suffix(".qm")
    with tempfile.TemporaryDirectory() as folder:
        merged = Path(folder) / source.name
        with_context_free_copies(source, merged)
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(merged), "-qm", str(target)], check=True
        )
    return target


def unfinished(language: str) -> list[str]:
    tree = ET.parse(ts_path(language))
    missing = []
    for name, message in messages(tree):
        translation = message.find("translation")
        if translation is not None and translation.get("type") in ("vanished", "obsolete"):
            continue  # no longer in the code
        texts = [translation.text] if translation is not None else []
        if translation is not None and message.get("numerus") == "yes":
            texts = [form.text for form in translation.iter("numerusform")]
        if translation is None or translation.get("type") == "unfinished" or not all(texts):
            missing.append(f"{name or '(no context)'}: {message.findtext('source')!r}")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Update, compile or check the catalogues.")
    parser.add_argument("command", choices=("update", "compile", "check"))
    parser.add_argument("--language", action="append", choices=LANGUAGES)
    parser.add_argument(
        "--drop-vanished", action="store_true", help="update: forget strings gone from the code"
    )
    args = parser.parse_args(argv)
    languages = args.language or list(LANGUAGES)
    status = 0
    for language in languages:
        if args.command == "update":
            update(language, drop_vanished=args.drop_vanished)
        elif args.command == "compile":
            print(f"compiled {compile_catalogue(language).relative_to(ROOT)}")
        else:
            missing = unfinished(language)
            for line in missing:
                print(f"{language}: untranslated {line}")
            if missing:
                status = 1
            else:
                print(f"{language}: every message is translated")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
