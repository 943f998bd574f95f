"""The grammars' parse-table caches: never in the shared temporary folder, never read when planted."""
import os
import pickle
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from checker import resources

GRAMMARS = {"quantity_fr.lark": {"propagate_positions": True, "maybe_placeholders": False},
            "claim_fr.lark": {"start": ["after", "before"]},
            "time_fr.lark": {"start": "anchor"},
            "expr.lark": {"propagate_positions": True}}

pytestmark = pytest.mark.skipif(not hasattr(os, "getuid"), reason="owner checks need POSIX")


class _Payload:
    """Unpickling this writes a marker file: the proof that a planted cache ran."""
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (Path.write_text, (Path(self.marker), "ran"))


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home


def _build_all():
    return [resources.build_parser(name, **options) for name, options in GRAMMARS.items()]


def test_caches_go_to_a_private_folder_not_the_shared_temporary_one(cache_home, tmp_path):
    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    code = ("from checker import resources; import sys; "
            f"[resources.build_parser(n, **o) for n, o in {GRAMMARS!r}.items()]")
    env = dict(os.environ, TMPDIR=str(shared), XDG_CACHE_HOME=str(cache_home))
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    assert list(shared.iterdir()) == []
    folder = cache_home / "checker"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert len(list(folder.glob("*.lark-cache"))) == len(GRAMMARS)


def _plant(path: Path, marker: Path):
    path.write_bytes(b"0" * 64 + b"\n" + pickle.dumps(_Payload(str(marker))))


@pytest.mark.parametrize("mode", [0o666, 0o620])
def test_a_cache_file_others_can_write_is_removed_unread(cache_home, tmp_path, mode):
    _build_all()                                    # writes the real cache files
    marker = tmp_path / "ran"
    for cached in (cache_home / "checker").glob("*.lark-cache"):
        _plant(cached, marker)
        cached.chmod(mode)
    parsers = _build_all()
    assert not marker.exists()
    assert parsers[3].parse("a + 1 == 2")             # still a working parser, built afresh


def test_a_folder_others_can_write_disables_the_cache(cache_home, tmp_path):
    folder = cache_home / "checker"
    folder.mkdir(parents=True)
    folder.chmod(0o777)
    assert resources.private_cache_dir() is None
    marker = tmp_path / "ran"
    digestless = folder / "planted.lark-cache"
    _plant(digestless, marker)
    _build_all()
    assert not marker.exists()
    assert list(folder.iterdir()) == [digestless]   # nothing written into an unsafe folder


def test_a_link_in_place_of_the_folder_disables_the_cache(cache_home, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    cache_home.mkdir()
    (cache_home / "checker").symlink_to(elsewhere)
    assert resources.private_cache_dir() is None


def test_a_relative_xdg_cache_home_is_ignored(monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    assert resources.private_cache_dir() is None


def test_no_module_asks_lark_for_its_shared_cache():
    sources = Path(resources.__file__).parent.glob("*.py")
    offenders = [p.name for p in sources if "cache=True" in p.read_text(encoding="utf-8")]
    assert offenders == []
