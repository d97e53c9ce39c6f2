from greetlint.rules_api import Rule


class NoSpeech(Rule):
    """The recording contains no speech a caller could understand.

    Silence, hiss, hold music or a recording made with the microphone muted
    leaves callers guessing whether they reached a working line.

    **Anti-pattern**

        Twenty seconds of silence (or music) before the beep.

    **Best practice**

        Re-record: "Hi, you've reached Dana Ortiz at Brightline ..."
    """

    code = "GL401"
    name = "no-speech"
    category = "clarity"
    severity = "error"
    needs_speech = False
    needs_audio = True

    def check(self, analysis):
        if analysis.transcript.words:
            return
        yield self.finding(analysis, "No speech detected in the recording.",
                           "Check the microphone and record the greeting again.",
                           start=0.0, end=analysis.audio.duration_s)
