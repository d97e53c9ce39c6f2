from greetlint.rules_api import Rule


class SpeakingPace(Rule):
    """Speech is too fast (or too slow) to follow.

    On a phone line callers cannot slow you down; above about 180 words a minute names and
    numbers blur, below 110 the greeting drags.

    **Anti-pattern**

        Reading the greeting at 220 words per minute to fit it in.

    **Best practice**

        Speak at 130-160 words per minute: cut words rather than rushing them.
    """

    code = "GL441"
    name = "speaking-pace"
    category = "clarity"
    severity = "warning"
    needs_audio = True

    def check(self, analysis):
        wpm = analysis.delivery.words_per_minute if analysis.delivery else None
        limits = analysis.settings.thresholds
        timed = [w for w in analysis.transcript.words if w.start is not None]
        if wpm is None or not timed or limits.wpm_min <= wpm <= limits.wpm_max:
            return
        if wpm > limits.wpm_max:
            message, fix = (f"Speech is fast: {wpm:.0f} words per minute.",
                            "Slow down to about 150 words per minute; cut words so it still fits.")
        else:
            message, fix = (f"Speech is slow: {wpm:.0f} words per minute.",
                            "Speak a little faster (about 150 words per minute) and cut long pauses.")
        yield self.finding(analysis, message, fix, start=timed[0].start, end=timed[-1].end)
