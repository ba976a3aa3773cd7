"""Run ictime as `python -m ictime`."""

from ictime.launch import main

main()
