from greetlint.rules_api import MeasureRule


class BackgroundNoise(MeasureRule):
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
    measure = "snr_db"
    limit = "snr_min_db"
    fails_when = "<"

    def describe(self, analysis, snr, limit):
        noise = analysis.audio.measures.noise_floor_dbfs
        return (f"Voice is only {snr:.0f} dB above the background noise ({noise:.0f} dBFS).",
                "Re-record in a quiet room with the microphone close, or apply noise reduction.")

    def span(self, analysis, snr):
        return 0.0, analysis.audio.duration_s
