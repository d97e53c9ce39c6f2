from greetlint.rules_api import MeasureRule


class TrailingSilence(MeasureRule):
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
    measure = "trailing_silence_s"
    requires = ("speech_end_s",)
    limit = "trailing_silence_warn"

    def describe(self, analysis, silence, limit):
        return (f"{silence:.1f} s of silence after the last word.",
                f"Trim the last {silence:.1f} s so the beep follows your last word.")

    def span(self, analysis, silence):
        return analysis.audio.measures.speech_end_s, analysis.audio.duration_s
