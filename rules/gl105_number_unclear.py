from greetlint.model import clock
from greetlint.rules_api import Rule


class NumberUnclear(Rule):
    """Number words were said where a number is given, but they do not read as a phone number.

    The recording gives a number, and the recogniser heard its words, but not as a number
    anyone could dial (a digit swallowed, two run together, a bad line). A caller listening
    may have the same trouble. greetlint never guesses the missing digits: it says what it
    heard and where.

    **Anti-pattern**

        Call me at five five ... one nine one.   (rushed, a group swallowed)

    **Best practice**

        Call me at two oh six, five five five, oh one four two. Again, two oh six, five five five, oh one four two.
    """

    code = "GL105"
    name = "number-unclear"
    category = "name-number"
    severity = "warning"
    needs_audio = True

    def check(self, analysis):
        for unclear in analysis.facts.unclear_numbers:
            start, _ = analysis.transcript.span_times(unclear.char_start, unclear.char_end)
            at = f" at {clock(start)}" if start is not None else ""
            yield self.finding(analysis, f"Number unclear{at} (heard '{_elide(unclear.text)}').",
                               "Say the number slowly, in groups with a pause between them, and repeat it once.",
                               char_start=unclear.char_start, char_end=unclear.char_end)


def _elide(text: str, keep: int = 3) -> str:
    """'five five five two one nine one' -> 'five five ... one nine one' when long."""
    words = text.split()
    if len(words) <= 2 * keep + 1:
        return text
    return " ".join(words[:2]) + " ... " + " ".join(words[-keep:])
