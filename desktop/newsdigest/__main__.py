"""``python -m newsdigest`` / ``newsdigest-gui``: arguments, logging, crash dialog, window."""
from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys

from newsdigest import __version__, paths

log = logging.getLogger("newsdigest")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="newsdigest-gui",
                                     description="News Digest: read, annotate and brief news.")
    parser.add_argument("--store", metavar="PATH",
                        help="open (or create, empty) this store instead of the last one")
    parser.add_argument("--version", action="version", version=f"News Digest {__version__}")
    return parser.parse_args(argv)


def setup_logging() -> None:
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir() / "newsdigest.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def excepthook(exc_type, exc, tb) -> None:
    """Log every unexpected error and show it in a crash dialog (vorta's __main__.py)."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    try:
        from PySide6.QtWidgets import QApplication

        from newsdigest.domain.errors import AppError
        from newsdigest.ui.errors import CrashDialog, crash_report, show_error
        if QApplication.instance() is None:
            raise RuntimeError("no QApplication")
        parent = QApplication.activeWindow()
        if isinstance(exc, AppError):
            show_error(parent, exc)
        else:
            CrashDialog(crash_report(exc_type, exc, tb), parent).exec()
    except Exception:  # noqa: BLE001 - the dialog itself failed: the console still gets it
        sys.__excepthook__(exc_type, exc, tb)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    setup_logging()
    sys.excepthook = excepthook
    log.info("News Digest %s starting", __version__)
    from newsdigest import app
    return app.run(args.store, sys.argv[:1])


if __name__ == "__main__":
    sys.exit(main())
