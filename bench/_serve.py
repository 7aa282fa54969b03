"""Serve the PatientNow Essentials simulator on 127.0.0.1 for a bench script.

    python bench/_serve.py --customers 10000 [--quota 1000] [--at 2026-11-18T07:00+00:00]

Prints `PORT <n>` on stdout once uvicorn listens, then serves until terminated. The state is
frontdesk.sandbox.patientnow.demo_state (the demo med spa) with as many customers as asked.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
from datetime import datetime

import uvicorn

from frontdesk.domain.clock import Clock, FixedClock, SystemClock
from frontdesk.sandbox import patientnow


class ReadyServer(uvicorn.Server):
    """uvicorn that announces its port once it listens."""

    def __init__(self, config: uvicorn.Config, port: int) -> None:
        super().__init__(config)
        self.port = port

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        print(f"PORT {self.port}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, required=True)
    parser.add_argument("--quota", type=int, default=patientnow.STANDARD_QUOTA)
    parser.add_argument("--at", help="a fixed clock (ISO with offset); default: the system clock")
    args = parser.parse_args()
    clock: Clock = FixedClock(datetime.fromisoformat(args.at)) if args.at else SystemClock()
    state = patientnow.demo_state(clock, customers=args.customers)
    state.daily_quota = args.quota
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    # asyncio sets TCP_NODELAY only on sockets whose proto is IPPROTO_TCP, and a bare
    # socket.socket() has proto 0. Set it here too (accepted connections inherit it on Linux):
    # without it, uvicorn's separate writes of headers and body meet the client's delayed ACK
    # and every keep-alive request waits ~40 ms.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    port = int(sock.getsockname()[1])
    config = uvicorn.Config(
        patientnow.create_app(state), log_level="warning", access_log=False, lifespan="off"
    )
    asyncio.run(ReadyServer(config, port).serve(sockets=[sock]))


if __name__ == "__main__":
    main()
