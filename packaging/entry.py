"""PyInstaller entry point: the same `main` the `frontdesk` console script runs."""

import multiprocessing

# A long sync's page process (frontdesk/store/page_process.py) starts this executable again:
# there it runs the child's loop and exits instead of the window. (PyInstaller's runtime hook
# has imported multiprocessing already.)
multiprocessing.freeze_support()

from frontdesk.__main__ import main  # noqa: E402

raise SystemExit(main())
