"""Run ictime as `python -m ictime`."""

from ictime.cli import main

main()
