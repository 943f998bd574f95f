"""The HTML report as a person sees it: rendered by headless Chromium, it shows every finding with its
figures marked in their sentences and the timelines; article text in it never runs."""
import os
import re
import shutil
import struct
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED_FINDINGS = ("increment", "revision")


def _chromium() -> str:
    """The headless browser; missing, the test is skipped on a developer's machine and fails in CI."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    if os.environ.get("CI") == "true":
        pytest.fail("chromium not found: CI must install it (.ci/run does, with apt-get install chromium)")
    pytest.skip("chromium not installed (apt-get install chromium)")


def _browse(page: Path, profile: Path, *flags: str) -> str:
    """What headless Chromium prints for `flags` on the page (its DOM after scripts, for --dump-dom)."""
    command = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               f"--user-data-dir={profile}", *flags, page.as_uri()]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    return done.stdout


class _Dom(HTMLParser):
    """The rendered page's elements (tag, attributes, the ids of the elements around it) and text."""

    def __init__(self, text: str):
        super().__init__()
        self.elements: list[tuple[str, dict, tuple[str, ...]]] = []
        self.open: list[tuple[str, str]] = []
        self.texts: list[tuple[str, tuple[str, ...]]] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.elements.append((tag, attributes, tuple(i for _, i in self.open if i)))
        if tag not in ("meta", "br", "img", "input", "link", "hr"):
            self.open.append((tag, attributes.get("id") or ""))

    def handle_endtag(self, tag):
        while self.open:
            if self.open.pop()[0] == tag:
                break

    def handle_data(self, data):
        self.texts.append((data, tuple(self.open)))

    def text(self) -> str:
        return " ".join(" ".join(data.split()) for data, _ in self.texts)

    def tags(self, tag: str) -> list[dict]:
        return [attributes for name, attributes, _ in self.elements if name == tag]

    def text_inside(self, tag: str) -> list[str]:
        return [data.strip() for data, around in self.texts if any(t == tag for t, _ in around) and data.strip()]


def _render(monkeypatch, tmp_path, *paths) -> Path:
    monkeypatch.chdir(ROOT)
    page = tmp_path / "report.html"
    code = main(["check", *paths, "--format", "html", "-o", str(page), "--jobs", "1", "--fail-on", "never"])
    assert code == 0 and page.stat().st_size > 0
    return page


@pytest.fixture(scope="module")
def seeds_page(tmp_path_factory):
    monkeypatch = pytest.MonkeyPatch()
    try:
        yield _render(monkeypatch, tmp_path_factory.mktemp("html"), "seeds/")
    finally:
        monkeypatch.undo()


def test_the_page_is_self_contained_and_lets_no_script_run(seeds_page):
    html = seeds_page.read_text(encoding="utf-8")
    assert "default-src 'none'" in html                        # its policy: no script, no fetch
    # nothing fetched: no script, stylesheet, frame or source; url(#id) is the SVG's own clip path
    assert not re.search(r"<(script|link|iframe|object)\b|\bsrc=|@import|url\((?!#)", html, re.I)
    assert html.count('<article class="problem') == 2 and html.count("<svg") == 2


def test_the_page_writes_the_arithmetic_and_titles_in_the_report_language(tmp_path):
    page = tmp_path / "en.html"
    assert main(["check", str(ROOT / "seeds"), "--format", "html", "-o", str(page), "--jobs", "1", "--fail-on", "never",
                 "--report-lang", "en"]) == 0
    html = page.read_text(encoding="utf-8")
    assert '<html lang="en">' in html
    assert "17 (003:42, 2025-02-04, governor), outside 20 (003:44, 2025-02-04, governor), by 3" in html
    assert "an article revises its own figure" in html
    page = tmp_path / "fr.html"
    assert main(["check", str(ROOT / "seeds"), "--format", "html", "-o", str(page), "--jobs", "1", "--fail-on", "never"]) == 0
    html = page.read_text(encoding="utf-8")
    assert '<html lang="fr">' in html and "un article révise son propre chiffre" in html


def test_chromium_shows_every_seed_finding_and_the_deployment_timeline(seeds_page, tmp_path):
    dom = _Dom(_browse(seeds_page, tmp_path / "profile", "--dump-dom"))
    text = dom.text()
    problems = [a for a in dom.tags("article") if "problem" in a.get("class", "")]
    assert [p["class"] for p in problems] == ["problem error", "problem info"]
    for rule in SEED_FINDINGS:
        assert rule in text
    # the arithmetic in the report's language: French by default (--report-lang)
    assert "10 000 (004:4, 17/12/2024) + 3 000 (002:20, 01/2025–02/2025, south_korea) = 13 000" in text
    assert "17 (003:42, 04/02/2025, governor), hors de 20 (003:44, 04/02/2025, governor), écart 3" in text
    # every figure of both findings, marked in its sentence, with its file and line
    assert dom.text_inside("mark") == ["environ 10 000", "environ 3000", "environ 11 000", "17", "20"]
    for place in ("seeds/004_f831d786d1561823.txt:4:138", "seeds/002_26d82495710c64fb.txt:22:20",
                  "seeds/003_7ac065ceeda65fc1.txt:44:40"):
        assert place in text
    # the deployment timeline: every figure of the event, the increment and the 11 000 in the finding's colour
    svg_ids = {attributes.get("id", "") for name, attributes, around in dom.elements if "timeline-1" in around}
    assert "timeline-1-002_26d82495710c64fb-3-cited-bar" in svg_ids          # the increment, 3 000
    assert "timeline-1-002_26d82495710c64fb-4-cited-bar" in svg_ids          # the later total, 11 000
    assert "timeline-1-002_26d82495710c64fb-2-other-bar" in svg_ids          # the title's 11 000: not cited
    cited = [a for name, a, around in dom.elements
             if name == "path" and any(i.endswith("-4-cited-bar") for i in around)]
    assert cited and all("#c0392b" in a.get("style", "") for a in cited)
    labels = dom.text_inside("text")
    assert "11 000 · 002:22" in labels and "3 000 · 002:20" in labels and "10 000 · 004:4" in labels


def test_chromium_screenshot_of_the_seeds_report(seeds_page, tmp_path):
    shot = tmp_path / "report.png"
    _browse(seeds_page, tmp_path / "profile", "--window-size=1100,2400", f"--screenshot={shot}")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1100, 2400) and len(data) > 50_000      # a page drawn, not a blank one


HOSTILE = ('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>')


def test_article_markup_shows_as_text_and_never_runs(tmp_path, monkeypatch):
    name = 'a"><img src=x onerror=alert(1)>.md'           # a file name an attacker chose
    (tmp_path / name).write_text(
        "---\npublished: 2023-09-10\ntitle: '<script>alert(1)</script>'\n---\n\n"
        f"Selon le préfet {HOSTILE[0]}, le séisme a fait 12 morts {HOSTILE[1]}.\n\n"
        f"Selon le préfet, le séisme a fait 20 morts <script>document.title='pwned'</script>.\n",
        encoding="utf-8")
    page = _render(monkeypatch, tmp_path, str(tmp_path / name))
    html = page.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script" not in html
    dom = _Dom(_browse(page, tmp_path / "profile", "--dump-dom"))
    assert dom.tags("script") == [] and dom.tags("img") == []
    assert not [a for _, a, _ in dom.elements if any(key.startswith("on") for key in a)]
    assert "pwned" not in " ".join(dom.text_inside("title"))              # the page's title was not changed
    text = dom.text()
    assert HOSTILE[0] in text and HOSTILE[1] in text                     # shown, as text
    assert "problem" in " ".join(a.get("class", "") for a in dom.tags("article"))   # a finding was shown


def test_without_the_report_extra_html_exits_2_naming_the_install(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "jinja2", None)       # import jinja2 now raises ImportError
    monkeypatch.chdir(ROOT)
    assert main(["check", "seeds/", "--format", "html", "--jobs", "1"]) == 2
    err = capsys.readouterr().err
    assert "pip install 'checker[report]'" in err and "jinja2" in err


def test_a_batch_without_findings_gives_a_page_saying_so():
    from checker.model import Report
    from checker.render_html import render_html

    page = render_html(Report((), (), ()))
    assert "No problem found." in page and "<svg" not in page and 'id="timelines"' not in page
