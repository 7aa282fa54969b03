"""Local simulators of the five vendor APIs and the deterministic demo clinic.

Built from the vendor documents only: nothing here imports frontdesk.connectors, so a connector
that misreads a document fails against its simulator.
"""
