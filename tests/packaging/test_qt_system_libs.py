"""packaging/qt_system_libs.py: ldd's "not found" lines to Debian packages, and what it does
about them (install as root or with passwordless sudo, else print the one apt-get line).

Every command goes through an injected runner: no test runs ldd, dpkg, sudo or apt-get."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest
import qt_system_libs
import smoke_test

# ldd of PySide6's libqxcb.so on a Debian without libxcb-icccm4 and libxcb-keysyms1 (shortened).
LDD_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd0b7f2000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007f1)
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f2)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f3)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-image.so.0 => /lib/x86_64-linux-gnu/libxcb-image.so.0 (0x00007f4)
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f5)
\t/lib64/ld-linux-x86-64.so.2 (0x00007f6)
"""
LDD_CLEAN = "\n".join(line for line in LDD_MISSING.splitlines() if "not found" not in line)
LINE = "sudo apt-get install -y libxcb-icccm4 libxcb-keysyms1"

# main() checks nothing off Linux (the macOS and Windows wheels carry their libraries).
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


class FakeRunner:
    """Answers commands from a table keyed by their first words; records every call."""

    def __init__(self, answers: dict[tuple[str, ...], list[tuple[int, str]]]) -> None:
        self.answers = answers
        self.calls: list[tuple[list[str], Mapping[str, str] | None]] = []

    def __call__(
        self, command: Sequence[str], *, capture: bool = True, env: Mapping[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        self.calls.append((list(command), env))
        for size in range(len(command), 0, -1):
            queue = self.answers.get(tuple(command[:size]))
            if queue:
                code, out = queue.pop(0) if len(queue) > 1 else queue[0]
                return subprocess.CompletedProcess(list(command), code, out, "")
        return subprocess.CompletedProcess(list(command), 127, "", "not installed")

    def commands(self) -> list[list[str]]:
        return [command for command, _ in self.calls]

    def installs(self) -> list[list[str]]:
        return [c for c in self.commands() if "install" in c and "apt-get" in c]


@pytest.fixture
def venv(tmp_path: Path) -> Path:
    plugin = tmp_path / "lib/python3.11/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so"
    plugin.parent.mkdir(parents=True)
    plugin.write_bytes(b"\x7fELF")
    return tmp_path


def debian(
    ldd: list[tuple[int, str]], sudo: int = 1, apt_install: int = 0
) -> dict[tuple[str, ...], list[tuple[int, str]]]:
    return {
        ("ldd",): ldd,
        ("apt-get", "--version"): [(0, "apt 2.6.1")],
        ("dpkg", "--version"): [(0, "dpkg 1.21")],
        ("sudo", "-n", "true"): [(sudo, "")],
        ("apt-get", "install"): [(apt_install, "")],
        ("sudo", "-n", "apt-get", "install"): [(apt_install, "")],
        ("apt-get", "update"): [(0, "")],
    }


def test_not_found_lines_give_each_missing_library_once_in_order() -> None:
    assert qt_system_libs.not_found_libraries(LDD_MISSING) == [
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
    ]
    assert qt_system_libs.not_found_libraries(LDD_CLEAN) == []


def test_missing_libraries_map_to_debian_packages_and_unknown_ones_are_kept() -> None:
    run = FakeRunner({})
    libraries = ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0", "libfoo.so.3"]
    packages, unknown = qt_system_libs.packages_for(libraries, run)
    assert packages == ["libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0"]
    assert unknown == ["libfoo.so.3"]
    assert run.calls == []  # single-name entries need no apt look-up


def test_a_renamed_t64_package_is_used_where_apt_knows_it_else_the_classic_name() -> None:
    noble = FakeRunner({("apt-cache", "show", "--no-all-versions", "libglib2.0-0t64"): [(0, "x")]})
    assert qt_system_libs.packages_for(["libglib-2.0.so.0"], noble)[0] == ["libglib2.0-0t64"]
    bookworm = FakeRunner({("apt-cache",): [(100, "")]})
    assert qt_system_libs.packages_for(["libglib-2.0.so.0"], bookworm)[0] == ["libglib2.0-0"]


def test_every_package_the_fallback_checks_is_one_the_table_maps_to() -> None:
    mapped = {name for names in qt_system_libs.SONAME_PACKAGES.values() for name in names}
    for names in qt_system_libs.XCB_PACKAGES:
        assert set(names) <= mapped
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0"} <= {
        names[0] for names in qt_system_libs.XCB_PACKAGES
    }


def test_check_runs_ldd_on_the_plugin_with_the_bundles_library_path(venv: Path) -> None:
    run = FakeRunner({("ldd",): [(0, LDD_MISSING)]})
    report = qt_system_libs.check(venv, run, library_path=[venv / "_internal"])
    assert report.method == "ldd"
    assert report.plugin is not None and report.plugin.name == "libqxcb.so"
    assert report.packages == ["libxcb-icccm4", "libxcb-keysyms1"]
    (command, env), *_ = run.calls
    assert command == ["ldd", str(report.plugin)]
    assert env is not None and env["LD_LIBRARY_PATH"].startswith(str(venv / "_internal"))


def test_without_ldd_the_packages_are_checked_with_dpkg(venv: Path) -> None:
    installed = (0, "Package: x\nStatus: install ok installed\n")
    answers = {("ldd",): [(127, "")], ("dpkg", "--version"): [(0, "dpkg")]}
    for (name,) in [n for n in qt_system_libs.XCB_PACKAGES if n[0] != "libxcb-icccm4"]:
        answers[("dpkg", "-s", name)] = [installed]
    answers[("dpkg", "-s", "libxcb-icccm4")] = [(1, "")]
    report = qt_system_libs.check(venv, FakeRunner(answers))
    assert report.method == "dpkg"
    assert report.packages == ["libxcb-icccm4"]
    assert not report.ok


def test_no_plugin_and_no_dpkg_reports_nothing_rather_than_guessing(tmp_path: Path) -> None:
    report = qt_system_libs.check(tmp_path, FakeRunner({}))
    assert report.method == "" and report.ok


def test_nothing_missing_exits_0_and_asks_nothing(venv: Path) -> None:
    run = FakeRunner(debian([(0, LDD_CLEAN)]))
    assert qt_system_libs.main(["--root", str(venv)], run, euid=1000, environ={}) == 0
    assert run.commands() == [["ldd", str(qt_system_libs.find_xcb_plugin(venv))]]


def test_as_root_the_packages_are_installed_then_checked_again(venv: Path) -> None:
    run = FakeRunner(debian([(0, LDD_MISSING), (0, LDD_CLEAN)]))
    assert qt_system_libs.main(["--root", str(venv)], run, euid=0, environ={}) == 0
    install = ["apt-get", "install", "-y", "--no-install-recommends"]
    assert run.installs() == [[*install, "libxcb-icccm4", "libxcb-keysyms1"]]
    assert ["sudo", "-n", "true"] not in run.commands()
    assert run.commands()[-1][0] == "ldd"  # verified after installing


def test_with_passwordless_sudo_the_install_goes_through_sudo_n(venv: Path) -> None:
    run = FakeRunner(debian([(0, LDD_MISSING), (0, LDD_CLEAN)], sudo=0))
    assert qt_system_libs.main(["--root", str(venv)], run, euid=1000, environ={}) == 0
    sudo = ["sudo", "-n", "apt-get", "install", "-y", "--no-install-recommends"]
    assert run.installs() == [[*sudo, "libxcb-icccm4", "libxcb-keysyms1"]]


def test_neither_root_nor_sudo_prints_the_one_line_and_exits_1(
    venv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = FakeRunner(debian([(0, LDD_MISSING)], sudo=1))
    assert qt_system_libs.main(["--root", str(venv)], run, euid=1000, environ={}) == 1
    out, err = capsys.readouterr()
    assert out == LINE + "\n"
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in err
    assert run.installs() == []


def test_no_install_prints_the_line_even_as_root(
    venv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = FakeRunner(debian([(0, LDD_MISSING)]))
    assert qt_system_libs.main(["--root", str(venv), "--no-install"], run, euid=0, environ={}) == 1
    assert capsys.readouterr().out == LINE + "\n"
    assert run.installs() == []


def test_a_failed_install_refreshes_the_package_lists_once_and_retries(venv: Path) -> None:
    answers = debian([(0, LDD_MISSING), (0, LDD_CLEAN)])
    answers[("apt-get", "install")] = [(100, ""), (0, "")]
    run = FakeRunner(answers)
    assert qt_system_libs.main(["--root", str(venv)], run, euid=0, environ={}) == 0
    apt = [c[:2] for c in run.commands() if c[0] == "apt-get" and c[1] != "--version"]
    assert apt == [["apt-get", "install"], ["apt-get", "update"], ["apt-get", "install"]]


def test_an_install_that_leaves_something_missing_prints_the_line_and_exits_1(
    venv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = FakeRunner(debian([(0, LDD_MISSING)]))  # ldd still reports them after the install
    assert qt_system_libs.main(["--root", str(venv)], run, euid=0, environ={}) == 1
    assert capsys.readouterr().out == LINE + "\n"


@pytest.mark.parametrize("platform", ["offscreen", "wayland", "minimal:x=1"])
def test_a_platform_other_than_xcb_only_reports(
    venv: Path, platform: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run = FakeRunner(debian([(0, LDD_MISSING)]))
    environ = {"QT_QPA_PLATFORM": platform}
    assert qt_system_libs.main(["--root", str(venv)], run, euid=0, environ=environ) == 0
    assert run.installs() == []
    assert LINE in capsys.readouterr().err


def test_xcb_in_a_platform_fallback_list_still_counts() -> None:
    assert qt_system_libs.xcb_requested({"QT_QPA_PLATFORM": "wayland;xcb"})
    assert qt_system_libs.xcb_requested({})
    assert not qt_system_libs.xcb_requested({"QT_QPA_PLATFORM": "offscreen"})


def test_a_library_no_package_is_known_for_stops_without_installing(venv: Path) -> None:
    run = FakeRunner(debian([(0, LDD_MISSING + "\tlibfoo.so.3 => not found\n")]))
    assert qt_system_libs.main(["--root", str(venv)], run, euid=0, environ={}) == 1
    assert run.installs() == []


def test_the_smoke_test_reports_the_bundles_missing_libraries_with_its_library_path(
    tmp_path: Path,
) -> None:
    exe = tmp_path / "frontdesk" / "frontdesk"
    plugin = exe.parent / "_internal/PySide6/Qt/plugins/platforms/libqxcb.so"
    plugin.parent.mkdir(parents=True)
    plugin.write_bytes(b"\x7fELF")
    exe.write_bytes(b"")
    run = FakeRunner({("ldd",): [(0, LDD_MISSING)]})
    report = smoke_test.system_libraries(exe, run)
    assert report is not None and not report.ok
    (_, env), *_ = run.calls
    assert env is not None and env["LD_LIBRARY_PATH"].startswith(str(exe.parent / "_internal"))
    assert smoke_test.libraries_summary(report) == {
        "method": "ldd",
        "missing": ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"],
        "apt": LINE,
    }
    assert LINE in smoke_test.libraries_warning(report)
