from greetlint.rules_api import MeasureRule


class LeadingSilence(MeasureRule):
    """Dead air before the first word.

    Callers who hear nothing for a second or two think the line is dead and hang up.

    **Anti-pattern**

        [4 seconds of silence] "Hi, you've reached Dana Ortiz ..."

    **Best practice**

        Start speaking within half a second of pressing record, or trim the start.
    """

    code = "GL411"
    name = "leading-silence"
    category = "audio"
    severity = "warning"
    measure = "leading_silence_s"
    requires = ("speech_start_s",)
    limit = "leading_silence_warn"

    def describe(self, analysis, silence, limit):
        return (f"{silence:.1f} s of silence before the first word.",
                f"Trim the first {silence:.1f} s (sox in.wav out.wav silence 1 0.1 1%), or start speaking right away.")

    def span(self, analysis, silence):
        return 0.0, silence

    def severity_for(self, analysis, silence):
        return "error" if silence > analysis.settings.thresholds.leading_silence_error else "warning"
