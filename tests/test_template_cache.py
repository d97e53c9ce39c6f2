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
    folders = list(default_cache_dir().glob("templates-*"))
    assert folders and list(folders[0].iterdir())  # the compiled template was kept
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


def test_the_folder_names_jinja2s_version(fresh_environment):
    rewrite.environment().get_template("rewrite_greeting.txt")
    assert any(jinja2.__version__ in p.name for p in default_cache_dir().glob("templates-*"))


def test_a_cache_that_fails_to_write_only_costs_speed(fresh_environment, monkeypatch):
    def refuse(self, bucket):
        raise PermissionError("read-only")

    monkeypatch.setattr(jinja2.FileSystemBytecodeCache, "dump_bytecode", refuse)
    template = rewrite.environment().get_template("rewrite_message.txt")
    assert template.name == "rewrite_message.txt"
