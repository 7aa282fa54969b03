"""A signed release channel (a TUF repository) in a folder, served on 127.0.0.1, for the update
check's tests: keys generated per channel, nothing from the network."""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from securesystemslib.signer import CryptoSigner
from tuf.api.metadata import Metadata, MetaFile, Root, Snapshot, TargetFile, Targets, Timestamp
from tuf.api.serialization.json import JSONSerializer


@dataclass
class Channel:
    folder: Path
    root: bytes  # the trusted root a build ships
    requests: list[str]
    url: str = ""


def _expiry() -> datetime:
    # TUF compares expiry with the real clock, not the application's injected one.
    return (datetime.now(UTC) + timedelta(days=30)).replace(microsecond=0)


def build(folder: Path, version: str, installers: dict[str, bytes]) -> Channel:
    """A channel whose newest release is `version`, with an installer per platform key."""
    signer = CryptoSigner.generate_ed25519()
    root = Metadata(Root(expires=_expiry(), consistent_snapshot=False))
    for role in ("root", "timestamp", "snapshot", "targets"):
        root.signed.add_key(signer.public_key, role)
    targets = Metadata(Targets(expires=_expiry()))
    files = {
        "releases.json": json.dumps(
            {
                "version": version,
                "notes": "Faster day change.",
                "installers": {platform: f"installer-{platform}" for platform in installers},
            }
        ).encode(),
        **{f"installer-{platform}": data for platform, data in installers.items()},
    }
    (folder / "targets").mkdir(parents=True)
    (folder / "metadata").mkdir()
    for name, data in files.items():
        (folder / "targets" / name).write_bytes(data)
        targets.signed.targets[name] = TargetFile.from_data(name, data)
    snapshot = Metadata(Snapshot(expires=_expiry()))
    snapshot.signed.meta["targets.json"] = MetaFile(version=targets.signed.version)
    timestamp = Metadata(Timestamp(expires=_expiry()))
    timestamp.signed.snapshot_meta = MetaFile(version=snapshot.signed.version)
    serializer = JSONSerializer(compact=False)
    for name, metadata in (
        ("1.root", root),
        ("root", root),
        ("targets", targets),
        ("snapshot", snapshot),
        ("timestamp", timestamp),
    ):
        metadata.signatures.clear()
        metadata.sign(signer)
        metadata.to_file(str(folder / "metadata" / f"{name}.json"), serializer)
    return Channel(folder, (folder / "metadata" / "root.json").read_bytes(), [])


@contextmanager
def serve(channel: Channel) -> Iterator[Channel]:
    """The channel's folder over HTTP on a free loopback port; each request path is recorded."""

    class Handler(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            channel.requests.append(self.path)

    handler = functools.partial(Handler, directory=str(channel.folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    channel.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield channel
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
