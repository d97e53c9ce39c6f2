from greetlint.rules_api import Rule


class Cliche(Rule):
    """A worn phrase that spends the caller's time and says nothing.

    "I'm away from my desk" and "your call is important to us" are what
    every caller has heard a thousand times; use the seconds to say when you
    will call back. The list is ``greetlint/lexicon/cliches.toml``; reads the ``cliches`` fact.

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
        for m in analysis.facts.cliches:
            phrase = " ".join(m.text.lower().split())
            if phrase in seen:
                continue
            seen.add(phrase)
            yield self.finding(analysis, f"Cliché: {m.text!r}.",
                               "Cut it; say who you are and when you will call back instead.",
                               char_start=m.char_start, char_end=m.char_end)
