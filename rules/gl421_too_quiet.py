from greetlint.rules_api import Rule


class TooQuiet(Rule):
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
    needs_audio = True

    def check(self, analysis):
        m = analysis.audio.measures
        loudness = m.get("loudness_lufs")
        if loudness is None or loudness >= analysis.settings.thresholds.loudness_min_lufs:
            return
        yield self.finding(analysis, f"Loudness is {loudness:.0f} LUFS; callers will strain to hear it.",
                           f"Raise the level by about {-20 - loudness:.0f} dB (normalise to -20 LUFS) or record closer to the microphone.",
                           start=m.get("speech_start_s", 0.0), end=m.get("speech_end_s", analysis.audio.duration_s))
