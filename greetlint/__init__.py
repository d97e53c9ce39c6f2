"""greetlint: a quality linter for voicemail greetings and left messages."""
__version__ = "0.1.0"
