import re
from functools import lru_cache

from greetlint.facts.lexicon import compile_fragments, lexicon_list
from greetlint.rules_api import Rule


class Cliche(Rule):
    """A worn phrase that spends the caller's time and says nothing.

    "I'm away from my desk" and "your call is important to us" are what
    every caller has heard a thousand times; use the seconds to say when you
    will call back. The list is ``greetlint/lexicon/cliches.toml``.

    **Precision**

    Built for 0.90 or better: a short list of worn phrases, matched whole; info only.

    **Anti-pattern**

        I'm either away from my desk or on the other line. Your call is important to me.

    **Best practice**

        You've reached Dana Ortiz at Brightline; I'll call you back by 5 p.m. today.
    """

    code = "GL504"
    name = "cliche"
    category = "courtesy"
    severity = "info"

    def check(self, analysis):
        seen = set()
        for m in _cliche_pattern().finditer(analysis.transcript.text):
            phrase = " ".join(m.group(0).lower().split())
            if phrase in seen:
                continue
            seen.add(phrase)
            yield self.finding(analysis, f"Cliché: {m.group(0)!r}.",
                               "Cut it; say who you are and when you will call back instead.",
                               char_start=m.start(), char_end=m.end())


@lru_cache(maxsize=1)
def _cliche_pattern() -> re.Pattern:
    return compile_fragments(lexicon_list("cliches", "phrases"))
