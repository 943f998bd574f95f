"""Any bytes as an article, a JSON Lines batch or a YAML text: a result or a located problem, never an exception."""
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.errors import printable
from checker.ingest import read_batch
from checker.yamlfile import YamlProblem, parse_yaml

FRONT = st.sampled_from([b"", b"---\n", b"---\npublished: ", b"---\ntitle: a : b\n---\n", b"---\n&a [*a]\n---\n"])
JSON_BITS = st.sampled_from([b'{"text": "', b'"}', b"\\ud800", b"[", b"]", b"\n", b'"published": "2025-02-30"', b","])


@settings(max_examples=150, deadline=None)
@given(FRONT, st.binary(max_size=300))
def test_any_bytes_as_an_article_give_a_batch(front, data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.md"
        path.write_bytes(front + data)
        batch = read_batch([str(path)])
        assert len(batch.articles) + len(batch.unread) == 1     # read, or named as not read: never lost


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(JSON_BITS, st.binary(max_size=20)), max_size=30))
def test_any_bytes_as_json_lines_give_a_batch(parts):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "b.jsonl"
        path.write_bytes(b"".join(parts))
        batch = read_batch([str(path)])
        lines = [line for line in b"".join(parts).split(b"\n") if line.strip()]
        assert len(batch.articles) + len(batch.unread) == len(lines)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_as_yaml_gives_data_or_a_located_problem(text):
    try:
        parse_yaml(text)
    except YamlProblem as problem:
        assert problem.line >= 1 and problem.col >= 1


@given(st.text())
def test_printable_text_holds_no_control_character(text):
    shown = printable(text)
    assert not any(ord(c) < 32 or 0x7f <= ord(c) < 0xa0 or 0xd800 <= ord(c) < 0xe000 for c in shown)
    shown.encode("utf-8")
