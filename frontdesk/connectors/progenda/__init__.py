from frontdesk.connectors.progenda.connector import ProgendaConnector

__all__ = ["ProgendaConnector"]
