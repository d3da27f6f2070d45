"""``python -m merchant_app.store.migrations new-revision MESSAGE``: autogenerate the next migration.

A developer's tool: it compares a throw-away cache migrated to head with the models and writes
``versions/<next number>_<message>.py``, which must then be read and corrected by hand.
"""

from __future__ import annotations

import argparse

from merchant_app.store.schema import write_revision


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m merchant_app.store.migrations",
        description="Autogenerate the next migration of the local cache.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    new_revision = commands.add_parser("new-revision", help="autogenerate the next migration from the models")
    new_revision.add_argument("message", help="what changed, e.g. 'index orders by paid_at'")
    args = parser.parse_args(argv)
    if args.command == "new-revision":
        print(f"wrote {write_revision(args.message)}: review it by hand before committing")


if __name__ == "__main__":
    main()
