from greetlint.rules_api import MeasureRule


class TooQuiet(MeasureRule):
    """The recording is too quiet to hear on a phone.

    Phone lines lose level on the way; a quiet greeting becomes a whisper under the line noise.

    **Anti-pattern**

        A greeting recorded from across the room, at -50 LUFS.

    **Best practice**

        Speak close to the microphone; normalise to about -20 LUFS
        (ffmpeg -i in.wav -af loudnorm=I=-20 out.wav).
    """

    code = "GL421"
    name = "too-quiet"
    category = "audio"
    severity = "warning"
    measure = "loudness_lufs"
    limit = "loudness_min_lufs"
    fails_when = "<"

    def describe(self, analysis, loudness, limit):
        return (f"Loudness is {loudness:.0f} LUFS; callers will strain to hear it.",
                f"Raise the level by about {-20 - loudness:.0f} dB (normalise to -20 LUFS) or record closer to the microphone.")
