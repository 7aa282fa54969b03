"""PyInstaller entry point: the same `main` the `frontdesk` console script runs."""

from frontdesk.__main__ import main

raise SystemExit(main())
