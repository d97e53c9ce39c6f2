from greetlint.rules_api import Rule


class BackgroundNoise(Rule):
    """Background noise is loud next to the voice (low signal-to-noise ratio).

    Phone codecs are tuned for speech; hiss, traffic or an office behind the voice make
    names and digits hard to catch.

    **Anti-pattern**

        A greeting recorded on a laptop next to a fan (SNR 10 dB).

    **Best practice**

        Record in a quiet room with the microphone close; aim for 25 dB or more between voice and noise.
    """

    code = "GL431"
    name = "background-noise"
    category = "audio"
    severity = "warning"
    needs_audio = True

    def check(self, analysis):
        m = analysis.audio.measures
        snr = m.get("snr_db")
        if snr is None or snr >= analysis.settings.thresholds.snr_min_db:
            return
        yield self.finding(analysis, f"Voice is only {snr:.0f} dB above the background noise ({m.get('noise_floor_dbfs'):.0f} dBFS).",
                           "Re-record in a quiet room with the microphone close, or apply noise reduction.",
                           start=0.0, end=analysis.audio.duration_s)
