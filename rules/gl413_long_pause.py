from greetlint.rules_api import Rule


class LongPause(Rule):
    """A long silence in the middle of the recording.

    After two seconds of nothing callers assume the greeting is over and start talking, or hang up.

    **Anti-pattern**

        "You've reached Dana Ortiz." [3 s silence] "Please leave a message."

    **Best practice**

        Keep pauses short (under a second); re-record or cut the gap.
    """

    code = "GL413"
    name = "long-pause"
    category = "audio"
    severity = "warning"
    needs_audio = True

    def check(self, analysis):
        limit = analysis.settings.thresholds.pause_max_seconds
        for start, end in analysis.audio.measures.pauses:
            if end - start > limit:
                yield self.finding(analysis, f"{end - start:.1f} s pause in the middle of the recording.",
                                   "Cut the gap to under a second, or re-record in one take.", start=start, end=end)
