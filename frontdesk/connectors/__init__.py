"""Vendor connectors: one async HTTP core and one package per vendor."""
