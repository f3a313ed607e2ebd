"""desktop/app.py reads a start's usual flags without argparse (start-up time,
issue 8). Whatever it reads that way must be what argparse reads."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop import app

TOKENS = ["--data-dir", "/tmp/d", "D:\\数据", "--demo", "--self-test", "--exit-when-shown", "--data-dir=/x",
          "--data", "--dem", "-platform", "offscreen", "--", "-", "--unknown", "", "x"]


def by_argparse(argv: list[str]) -> dict:
    """What argparse alone makes of ``argv`` (the plain reading bypassed)."""
    original = app._plain_args
    app._plain_args = lambda _argv: None
    try:
        return vars(app.parse_args(argv))
    except SystemExit as exc:
        return {"exit": exc.code}
    finally:
        app._plain_args = original


def test_the_usual_starts_are_read_without_argparse():
    assert vars(app._plain_args([])) == {"data_dir": None, "demo": False, "self_test": False, "exit_when_shown": False}
    plain = app._plain_args(["--data-dir", "/tmp/数据", "--exit-when-shown"])
    assert vars(plain) == {"data_dir": "/tmp/数据", "demo": False, "self_test": False, "exit_when_shown": True}
    assert app._plain_args(["--demo", "--self-test"]).demo is True


def test_anything_else_goes_to_argparse():
    for argv in (["--help"], ["--version"], ["--dem"], ["--data-dir"], ["--data-dir", "--demo"],
                 ["--data-dir=/x"], ["-platform", "offscreen"], ["--"]):
        assert app._plain_args(argv) is None, argv
    assert by_argparse(["--data-dir=/x", "-platform", "offscreen"])["data_dir"] == "/x"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=6))
def test_what_is_read_without_argparse_is_what_argparse_reads(argv):
    plain = app._plain_args(argv)
    if plain is not None:
        assert vars(plain) == by_argparse(argv)
