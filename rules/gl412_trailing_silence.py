from greetlint.rules_api import Rule


class TrailingSilence(Rule):
    """Dead air after the last word.

    Callers wait through it for the beep, unsure whether to start talking.

    **Anti-pattern**

        "... Thank you." [5 seconds of silence] [beep]

    **Best practice**

        Stop the recording right after the last word, or trim the tail.
    """

    code = "GL412"
    name = "trailing-silence"
    category = "audio"
    severity = "warning"
    needs_audio = True

    def check(self, analysis):
        m = analysis.audio.measures
        silence, speech_end = m.get("trailing_silence_s"), m.get("speech_end_s")
        if silence is None or speech_end is None or silence <= analysis.settings.thresholds.trailing_silence_warn:
            return
        yield self.finding(analysis, f"{silence:.1f} s of silence after the last word.",
                           f"Trim the last {silence:.1f} s so the beep follows your last word.",
                           start=speech_end, end=analysis.audio.duration_s)
