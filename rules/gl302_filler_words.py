import re
from functools import lru_cache

from greetlint.facts.lexicon import compile_fragments, lexicon_list
from greetlint.rules_api import Rule


class FillerWords(Rule):
    """Too many filler words ("um", "uh", "you know", "I mean").

    Fillers make a recording sound unprepared and stretch it; past about
    three in a hundred words (``filler-rate`` threshold) listeners notice.
    The list is ``greetlint/lexicon/fillers.toml``; words that are fillers only
    sometimes ("like", "well") are not counted.

    **Precision**

    Built for 0.90 or better: counted filler words against a threshold.

    **Anti-pattern**

        Hi, um, this is, uh, Mark from, you know, Acme Dental, um, about your, uh, appointment.

    **Best practice**

        Hi, this is Mark from Acme Dental about your appointment on Friday.
    """

    code = "GL302"
    name = "filler-words"
    category = "length"
    severity = "warning"
    MIN_COUNT = 3

    def check(self, analysis):
        hits = list(_filler_pattern().finditer(analysis.transcript.text))
        words = max(1, analysis.facts.word_count)
        rate = len(hits) / words
        if len(hits) < self.MIN_COUNT or rate <= analysis.settings.thresholds.filler_rate:
            return
        examples = ", ".join(sorted({h.group(0).lower() for h in hits}))
        yield self.finding(analysis, f"{len(hits)} filler words in {words} ({rate:.0%}): {examples}.",
                           "Write the script down and read it; pause silently instead of saying 'um'.",
                           char_start=hits[0].start(), char_end=hits[-1].end())


@lru_cache(maxsize=1)
def _filler_pattern() -> re.Pattern:
    """The unambiguous fillers: the lexicon's words minus its 'weak' ones."""
    weak = {w.lower() for w in lexicon_list("fillers", "weak")}
    strong = [w for w in lexicon_list("fillers", "words") if w.lower() not in weak]
    return compile_fragments(re.escape(w).replace(r"\ ", r"\s+") for w in strong)
