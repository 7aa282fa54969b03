"""The trimmed ICU data keeps frontdesk's languages and what is not tied to a locale, and Qt
sorts names with it exactly as with the full data."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest
import trim_icu


@pytest.mark.parametrize(
    ("item", "dropped"),
    [
        ("coll/fr.res", False),
        ("fr_BE.res", False),
        ("nl_BE.res", False),
        ("es_419.res", False),
        ("en_AU.res", False),
        ("curr/pool.res", False),
        ("root.res", False),
        ("coll/ucadata.icu", False),
        ("brkitr/thaidict.dict", False),  # Thai and Chinese names still wrap
        ("zoneinfo64.res", False),
        ("plurals.res", False),
        ("coll/de.res", True),
        ("de_.res", True),
        ("zh_Hant_TW.res", True),
        ("lang/ja.res", True),
        ("ibm-943_P15A-2003.cnv", True),
        ("confusables.cfu", True),
    ],
)
def test_which_items_go(item: str, dropped: bool) -> None:
    assert trim_icu.unused(item) is dropped


LIBRARIES = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
SORT = (
    "from PySide6.QtCore import QCollator, QLocale\n"
    "names = ['Zoë', 'Éric', 'eric', 'Ödön', 'zebra', 'Émile', 'Ångström', 'van Dam']\n"
    "for locale in ('fr_BE', 'nl_BE', 'en_AU', 'es_US'):\n"
    "    print(sorted(names, key=QCollator(QLocale(locale)).sortKey))\n"
    "print([l.split()[-1] for l in open('/proc/self/maps') if 'icudata' in l][0])\n"
)


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or not LIBRARIES or trim_icu.ensure_tools() is not None,
    reason="Linux with PySide6's ICU and binutils/icu-devtools only",
)
def test_qt_sorts_the_same_with_the_trimmed_data(tmp_path: Path) -> None:
    library = LIBRARIES[0]
    trimmed = trim_icu.rebuild(library, tmp_path)
    assert trimmed.stat().st_size < library.stat().st_size / 2

    def sort(preload: Path | None) -> list[str]:
        env = dict(os.environ)
        if preload is not None:
            env["LD_PRELOAD"] = str(preload)
        out = subprocess.run(
            [sys.executable, "-c", SORT], env=env, capture_output=True, text=True, check=True
        )
        return out.stdout.splitlines()

    full, small = sort(None), sort(trimmed)
    assert small[-1] == str(trimmed)  # the trimmed data was the one loaded
    assert small[:-1] == full[:-1]
    assert shutil.which("icupkg") is not None
