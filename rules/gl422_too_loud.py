from greetlint.rules_api import Rule


class TooLoud(Rule):
    """The recording is louder than phone systems play comfortably.

    Very loud greetings distort on phone lines and startle callers.

    **Anti-pattern**

        A greeting pushed to -6 LUFS with a limiter.

    **Best practice**

        Normalise to about -20 LUFS (ffmpeg -i in.wav -af loudnorm=I=-20 out.wav).
    """

    code = "GL422"
    name = "too-loud"
    category = "audio"
    severity = "warning"
    needs_audio = True

    def check(self, analysis):
        m = analysis.audio.measures
        loudness = m.get("loudness_lufs")
        if loudness is None or loudness <= analysis.settings.thresholds.loudness_max_lufs:
            return
        yield self.finding(analysis, f"Loudness is {loudness:.0f} LUFS; it will sound harsh on the phone.",
                           f"Lower the level by about {loudness + 20:.0f} dB (normalise to -20 LUFS).",
                           start=m.get("speech_start_s", 0.0), end=m.get("speech_end_s", analysis.audio.duration_s))
