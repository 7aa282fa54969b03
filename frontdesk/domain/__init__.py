"""The canonical model: pure Python, no I/O, no Qt."""
