"""Commands registered by a later issue."""

from __future__ import annotations

import argparse


def register(
    subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]",
    common: argparse.ArgumentParser,
) -> None:
    """No commands yet."""
