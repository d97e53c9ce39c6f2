from greetlint.rules_api import Rule


class LeadingSilence(Rule):
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
    needs_audio = True

    def check(self, analysis):
        silence = analysis.audio.measures.get("leading_silence_s")
        limits = analysis.settings.thresholds
        if silence is None or analysis.audio.measures.get("speech_start_s") is None or silence <= limits.leading_silence_warn:
            return
        severity = "error" if silence > limits.leading_silence_error else "warning"
        yield self.finding(analysis, f"{silence:.1f} s of silence before the first word.",
                           f"Trim the first {silence:.1f} s (sox in.wav out.wav silence 1 0.1 1%), or start speaking right away.",
                           start=0.0, end=silence, severity=severity)
