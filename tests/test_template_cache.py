"""The rewrite's jinja2 templates are compiled once per machine (greetlint.rewrite._bytecode_cache)."""
import jinja2
import pytest

from greetlint import rewrite
from greetlint.cache import default_cache_dir


@pytest.fixture
def fresh_environment():
    rewrite.environment.cache_clear()
    yield
    rewrite.environment.cache_clear()


def test_a_second_run_renders_from_the_compiled_template_without_compiling(fresh_environment, monkeypatch):
    first = rewrite.environment().get_template("rewrite_greeting.txt")
    assert list((default_cache_dir() / "templates").iterdir())  # the compiled template was kept
    rewrite.environment.cache_clear()  # a new run

    def no_compiling(*args, **kwargs):
        raise AssertionError("compiled again")

    monkeypatch.setattr(jinja2.Environment, "compile", no_compiling)
    again = rewrite.environment().get_template("rewrite_greeting.txt")
    assert again.name == first.name


def test_it_can_be_turned_off(fresh_environment, monkeypatch):
    monkeypatch.setenv("GREETLINT_TEMPLATE_CACHE", "0")
    assert rewrite.environment().bytecode_cache is None


def test_an_unwritable_cache_only_costs_speed(fresh_environment, monkeypatch, tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    template = rewrite.environment().get_template("rewrite_message.txt")
    assert template.name == "rewrite_message.txt"
