from greetlint.rules_api import Rule


class FillerWords(Rule):
    """Too many filler words ("um", "uh", "you know", "I mean").

    Fillers make a recording sound unprepared and stretch it; past about
    three in a hundred words (``filler-rate`` threshold) listeners notice.
    The list is ``greetlint/lexicon/fillers.toml``; words that are fillers only
    sometimes ("like", "well") are not counted. Reads the ``fillers`` fact.

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
        hits = analysis.facts.fillers
        words = max(1, analysis.facts.word_count)
        rate = len(hits) / words
        if len(hits) < self.MIN_COUNT or rate <= analysis.settings.thresholds.filler_rate:
            return
        examples = ", ".join(sorted({h.text.lower() for h in hits}))
        yield self.finding(analysis, f"{len(hits)} filler words in {words} ({rate:.0%}): {examples}.",
                           "Write the script down and read it; pause silently instead of saying 'um'.",
                           char_start=hits[0].char_start, char_end=hits[-1].char_end)
