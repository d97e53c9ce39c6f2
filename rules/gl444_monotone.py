from greetlint.rules_api import MeasureRule, Option


class Monotone(MeasureRule):
    """The voice hardly moves in pitch: a flat, monotone delivery.

    A greeting read on one note sounds bored or robotic, and callers stop listening before the
    part that matters (the number, the callback window). The measure is the speaker's pitch range
    over voiced speech: the 10th to the 90th percentile of the fundamental frequency (librosa.yin),
    in semitones, so it means the same for low and high voices.

    The default limit, 2 semitones, was set between a festival and an espeak-ng render read
    normally (3.8-4.5) and the espeak-ng one with its pitch range at zero or "x-low" (0.4-1.0).
    On fresh texts and seven synthetic voices since (``bench/pitch_range.py``), 42 normal
    readings measured 2.8-7.6 and 12 flattened ones 0.4-1.2. It has not been calibrated on human
    recordings; raise ``min-range-semitones`` to be stricter.

    **Anti-pattern**

        Reading the script on one note, every sentence at the same pitch, the way a form is read out.

    **Best practice**

        Speak as you would to a caller in front of you: let the pitch rise on the name and the
        number, and fall at the end of each sentence. Smile while you record.
    """

    code = "GL444"
    name = "monotone"
    category = "clarity"
    severity = "info"
    options = (Option("min-range-semitones", 2.0,
                      "Pitch range (10th to 90th percentile, semitones) under which the delivery is flat.",
                      low=0.0, high=24.0),)
    measure = "pitch.range_semitones"
    limit = "min-range-semitones"
    fails_when = "<"

    def describe(self, analysis, range_semitones, limit):
        pitch = analysis.audio.measures.pitch
        return (f"Flat delivery: the voice moves only {range_semitones:.1f} semitones "
                f"({pitch.p10_hz:.0f}-{pitch.p90_hz:.0f} Hz) over {pitch.voiced_s:.0f} s of voiced speech.",
                "Record it again as if talking to one caller: let the pitch rise on the name and number "
                "and fall at the end of each sentence.")
