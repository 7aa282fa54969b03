"""The dataclass methods compiled once and kept between starts (frontdesk/codecache.py): a later
start compiles none of them, a changed class never gets a stale method, and a cache that cannot be
read or written costs a compilation, never a start."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from frontdesk import codecache
from frontdesk.codecache import CodeCache

# A child interpreter that imports frontdesk (which installs the cache), makes dataclasses of
# every kind, checks they behave as dataclasses do, and says what it compiled and kept.
CHILD = """
import dataclasses, json, sys
import frontdesk
from frontdesk import codecache

@dataclasses.dataclass(frozen=True)
class Slot:
    provider: str
    minutes: int = 30
    tags: tuple[str, ...] = ()

@dataclasses.dataclass(order=True)
class Visit:
    when: int
    notes: list[str] = dataclasses.field(default_factory=list)
EXTRA

a, b = Slot("Dr Peeters"), Slot("Dr Peeters", 30)
try:
    a.minutes = 45
    frozen = False
except dataclasses.FrozenInstanceError:
    frozen = True
visit = Visit(3)
visit.notes.append("x")
cache = codecache._installed
print(json.dumps({
    "installed": cache is not None and dataclasses.exec == cache.exec,
    "equal": a == b and hash(a) == hash(b) and a != Slot("Dr Janssens"),
    "repr": repr(a),
    "frozen": frozen,
    "ordered": Visit(1) < visit and Visit(3).notes == [],
    "compiled": None if cache is None else len(cache.new),
    "saved": codecache.save(),
}))
"""


def run_child(home: Path, extra: str = "", **env: str) -> dict[str, Any]:
    environment = {**os.environ, "FRONTDESK_HOME": str(home), **env}
    if "PYTHONDONTWRITEBYTECODE" not in env:  # a developer's or CI's own setting
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, "-c", CHILD.replace("EXTRA", extra)],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def kept(home: Path) -> Path:
    files = list((home / "code-cache").glob("dataclass-methods.*.marshal"))
    assert len(files) == 1, files
    return files[0]


def test_a_second_start_compiles_none_of_the_methods_the_first_compiled(tmp_path: Path) -> None:
    first = run_child(tmp_path)
    assert first["installed"] and first["compiled"] > 0 and first["saved"]
    assert kept(tmp_path).name == f"dataclass-methods.{sys.implementation.cache_tag}.marshal"

    second = run_child(tmp_path)
    assert second["compiled"] == 0 and not second["saved"]  # nothing new: nothing written
    # The same classes either way, with the methods they were compiled with.
    for key in ("equal", "repr", "frozen", "ordered"):
        assert second[key] == first[key]
    assert first["equal"] and first["frozen"] and first["ordered"]
    assert first["repr"] == "Slot(provider='Dr Peeters', minutes=30, tags=())"


def test_a_changed_class_is_compiled_anew_never_given_a_kept_method(tmp_path: Path) -> None:
    run_child(tmp_path)
    # The same name, a new field: its __init__ must take it (a stale one would not).
    changed = """
@dataclasses.dataclass
class Slot:
    provider: str
    minutes: int = 30
    tags: tuple[str, ...] = ()
    room: str = "1"
assert Slot("Dr Peeters", room="2").room == "2"
"""
    result = run_child(tmp_path, changed)
    assert result["compiled"] > 0  # the new class's methods only
    assert result["saved"]


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x01", b"not a cache at all", None, b"cut"],
    ids=["empty", "truncated", "garbage", "other-python", "cut-short"],
)
def test_a_cache_that_cannot_be_read_is_compiled_again_and_rewritten(
    tmp_path: Path, content: bytes | None
) -> None:
    run_child(tmp_path)
    path = kept(tmp_path)
    whole = path.read_bytes()
    if content is None:  # another Python's bytecode: same file layout, another magic number
        content = b"\xff\xff\r\n" + whole[4:]
    elif content == b"cut":  # a disk that filled up while it was written by another tool
        content = whole[: len(whole) // 2]
    path.write_bytes(content)

    result = run_child(tmp_path)
    assert result["compiled"] > 0 and result["equal"] and result["frozen"]
    assert result["saved"] and path.read_bytes() != content
    assert run_child(tmp_path)["compiled"] == 0  # and it serves again


def test_turned_off_nothing_is_installed_or_written(tmp_path: Path) -> None:
    result = run_child(tmp_path, FRONTDESK_CODE_CACHE="0")
    assert not result["installed"] and result["compiled"] is None and not result["saved"]
    assert result["equal"] and result["frozen"]
    assert not (tmp_path / "code-cache").exists()


def test_python_told_not_to_write_bytecode_writes_no_cache_either(tmp_path: Path) -> None:
    result = run_child(tmp_path, PYTHONDONTWRITEBYTECODE="1")
    assert result["compiled"] > 0 and not result["saved"]
    assert not (tmp_path / "code-cache").exists()


@pytest.fixture(autouse=True)
def writes_bytecode(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process's caches may write whatever PYTHONDONTWRITEBYTECODE the run has."""
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)


def make_class(cache: CodeCache, monkeypatch: pytest.MonkeyPatch) -> type:
    monkeypatch.setattr(dataclasses, "exec", cache.exec, raising=False)

    @dataclasses.dataclass(frozen=True)
    class Room:
        name: str
        floor: int = 0

    return Room


def test_a_folder_that_cannot_be_written_costs_the_next_start_a_compilation_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache's folder would be")
    cache = CodeCache(blocker / "code-cache" / "methods.marshal")
    room = make_class(cache, monkeypatch)

    assert room("A", 1) == room("A", 1) and cache.new
    assert cache.save() is False  # said, not raised
    assert blocker.read_text() == "a file where the cache's folder would be"


def test_the_kept_code_is_what_compiling_the_same_text_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "methods.marshal"
    first = CodeCache(path)
    make_class(first, monkeypatch)
    assert first.save()

    second = CodeCache(path)
    assert second.known().keys() == first.known().keys()
    for text, code in second.known().items():
        fresh = compile(text, "<string>", "exec")
        assert code.co_code == fresh.co_code and code.co_consts == fresh.co_consts
    room = make_class(second, monkeypatch)
    assert not second.new  # every method came from the file
    assert room("B") == room("B", 0) and repr(room("B")).endswith("Room(name='B', floor=0)")
    with pytest.raises(dataclasses.FrozenInstanceError):
        room("B").name = "C"


def test_an_old_version_s_texts_are_dropped_once_the_file_grows_too_big(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "methods.marshal"
    old = CodeCache(path)
    for n in range(30):
        old.code_for(f"x_{n} = {n}")  # texts no class of this version writes any more
    assert old.save()

    monkeypatch.setattr(codecache, "MAX_ENTRIES", 20)
    cache = CodeCache(path)
    make_class(cache, monkeypatch)
    assert cache.save()
    assert set(CodeCache(path).known()) == cache.used  # this process's texts only


def test_what_a_long_session_compiled_is_read_only_when_a_start_needs_it(tmp_path: Path) -> None:
    """The file's first part is what the window's first frame used; the rest (a whole demo
    session's: 1 MB) is unmarshalled only at a text the first part lacks."""
    path = tmp_path / "methods.marshal"
    session = CodeCache(path)
    session.code_for("first_frame = 1")
    assert session.first_frame_done()
    session.code_for("opened_later = 2")  # a dialog, the connectors
    assert session.save()  # at exit

    start = CodeCache(path)
    assert set(start.first) == {"first_frame = 1"}
    start.code_for("first_frame = 1")
    assert start._rest is None  # not read: the first frame needed nothing else
    start.code_for("opened_later = 2")
    assert not start.new  # read from the rest, not compiled


def test_a_command_line_run_leaves_the_first_frame_s_part_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "methods.marshal"
    window = CodeCache(path)
    window.code_for("first_frame = 1")
    window.first_frame_done()

    command = CodeCache(path)  # `frontdesk sync`: no window, no first frame
    command.code_for("only_the_command = 3")
    assert command.save()
    after = CodeCache(path)
    assert set(after.first) == {"first_frame = 1"}
    assert "only_the_command = 3" in after.rest


def test_a_first_frame_that_needs_other_texts_makes_them_the_first_part(tmp_path: Path) -> None:
    path = tmp_path / "methods.marshal"
    before = CodeCache(path)
    before.code_for("old_first = 1")
    before.code_for("later = 2")
    before.first_frame_done()
    assert set(CodeCache(path).first) == {"old_first = 1", "later = 2"}

    now = CodeCache(path)
    now.code_for("later = 2")  # the first frame of another build: it needs this one only
    assert now.first_frame_done()  # written though nothing was compiled
    assert not now.first_frame_done()  # and once only
    kept = CodeCache(path)
    assert set(kept.first) == {"later = 2"} and "old_first = 1" in kept.rest


def test_a_frozen_build_that_writes_no_bytecode_still_keeps_the_methods(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PyInstaller's bootloader sets sys.dont_write_bytecode for its own bundle; the file goes
    to the user's cache folder, and only PYTHONDONTWRITEBYTECODE (asked by whoever runs
    Python) keeps it from being written."""
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    cache = CodeCache(tmp_path / "methods.marshal")
    cache.code_for("kept = 1")
    assert cache.save()
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    cache.code_for("not_kept = 2")
    assert not cache.save()
