"""The eventwire command line: the only place that prints or exits.

Exit codes: 0 ok, 1 an error (or, for batches, every input failed), 2 a usage error.
Heavy imports (spaCy, the gazetteer) happen inside commands, so ``eventwire --help`` is quick.
"""

from __future__ import annotations

from eventwire.cli.app import app


def main() -> None:
    app(prog_name="eventwire")


if __name__ == "__main__":  # pragma: no cover
    main()
