from greetlint.rules_api import MeasureRule


class TooLoud(MeasureRule):
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
    measure = "loudness_lufs"
    limit = "loudness_max_lufs"

    def describe(self, analysis, loudness, limit):
        return (f"Loudness is {loudness:.0f} LUFS; it will sound harsh on the phone.",
                f"Lower the level by about {loudness + 20:.0f} dB (normalise to -20 LUFS).")
